/**
 * A rule's pattern as a test of addresses, or why it cannot be one.
 */
import type { RulePattern } from '../model';
import type { PatternRefusal } from '../refusals';
import { compileSafeRegex } from '../regex/safe-regex';
import { hostMatches, readHostPattern } from './host';
import { readPathGlob } from './path';

export interface AddressTest {
  /** Whether the rule is for this address (already parsed). */
  test(url: URL): boolean;
}

export type PatternOutcome =
  { ok: true; matcher: AddressTest } | { ok: false; refusal: PatternRefusal };

/**
 * The forms of an address a regular expression is tried on: as the browser stores it
 * (percent-encoded, punycode) and as it shows it (decoded), since people write either.
 */
function addressForms(url: URL): string[] {
  try {
    const shown = decodeURI(url.href);
    return shown === url.href ? [url.href] : [url.href, shown];
  } catch {
    return [url.href]; // a `%` sequence that is not UTF-8 has no decoded form
  }
}

/** Compiles a rule's pattern; never throws. */
export function compilePattern(pattern: RulePattern): PatternOutcome {
  if (pattern.kind === 'regex') {
    const compiled = compileSafeRegex(pattern.pattern, pattern.ignoreCase === true);
    if (!compiled.ok) return compiled;
    const { regex } = compiled;
    return { ok: true, matcher: { test: (url) => addressForms(url).some((a) => regex.test(a)) } };
  }
  const host = readHostPattern(pattern.host);
  if (!host.ok) return host;
  // A blank path is no path: every page of the host.
  const path = pattern.path?.trim() ? readPathGlob(pattern.path) : null;
  if (path && !path.ok) return path;
  const glob = path?.glob ?? null;
  return {
    ok: true,
    matcher: {
      test: (url) =>
        hostMatches(host.host, url.hostname) &&
        (!glob || glob.test(glob.withQuery ? url.pathname + url.search : url.pathname)),
    },
  };
}
