/**
 * Host patterns: `example.com` (that host, with or without `www.`), `*.example.com` (the
 * domain and every subdomain, as in the browser's own match patterns) or `*` (any host).
 * People paste whole addresses here; each way a pasted address differs from a host gets
 * its own refusal, with the host it should have been when one can be read.
 */
import { refusal, type PatternRefusal } from '../refusals';

export type HostPattern =
  { kind: 'any' } | { kind: 'exact'; host: string } | { kind: 'domain'; domain: string };

export type HostOutcome = { ok: true; host: HostPattern } | { ok: false; refusal: PatternRefusal };

/** DNS names are at most 253 characters. */
const MAX_HOST = 253;

const refuse = (r: PatternRefusal): HostOutcome => ({ ok: false, refusal: r });

/** The host of a pasted address, for the sentence that suggests it; '' if none. */
function hostOfAddress(text: string): string {
  try {
    return new URL(text).hostname;
  } catch {
    return '';
  }
}

/** A host name as the address parser writes it (lower case, punycode), or null. */
function normalizeName(name: string): string | null {
  try {
    const parsed = new URL(`http://${name}/`);
    return parsed.hostname.replace(/\.$/, '') || null;
  } catch {
    return null;
  }
}

const withoutWww = (host: string) => host.replace(/^www\./, '');

/** Reads a host pattern as a person typed it; never throws. */
export function readHostPattern(text: string): HostOutcome {
  const trimmed = text.trim();
  if (trimmed === '') return refuse(refusal('emptyPattern', 'host'));
  if (trimmed.length > MAX_HOST) {
    return refuse(refusal('patternTooLong', 'host', { max: MAX_HOST, length: trimmed.length }));
  }
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(trimmed)) {
    return refuse(refusal('hostHasScheme', 'host', { host: hostOfAddress(trimmed) }));
  }
  const slash = trimmed.indexOf('/');
  if (slash >= 0) {
    return refuse(
      refusal('hostHasPath', 'host', { host: trimmed.slice(0, slash), path: trimmed.slice(slash) }),
    );
  }
  if (/:\d*$/.test(trimmed) && !trimmed.startsWith('[')) {
    return refuse(refusal('hostHasPort', 'host', { host: trimmed.replace(/:\d*$/, '') }));
  }
  if (trimmed === '*') return { ok: true, host: { kind: 'any' } };
  const wildcard = trimmed.startsWith('*.');
  const name = wildcard ? trimmed.slice(2) : trimmed;
  if (name.includes('*')) return refuse(refusal('hostWildcard', 'host', { host: trimmed }));
  // Characters that would make the address parser read a different host (`a@b.com` is b.com).
  const normalized = /[\s@?#\\%]/.test(name) ? null : normalizeName(name);
  if (!normalized) return refuse(refusal('hostInvalid', 'host', { host: trimmed }));
  return {
    ok: true,
    host: wildcard ? { kind: 'domain', domain: normalized } : { kind: 'exact', host: normalized },
  };
}

/** Whether `hostname` (as `URL.hostname` gives it) is one the pattern is for. */
export function hostMatches(pattern: HostPattern, hostname: string): boolean {
  const host = hostname.replace(/\.$/, '');
  if (host === '') return false;
  switch (pattern.kind) {
    case 'any':
      return true;
    case 'exact':
      return withoutWww(host) === withoutWww(pattern.host);
    case 'domain':
      return host === pattern.domain || host.endsWith(`.${pattern.domain}`);
  }
}
