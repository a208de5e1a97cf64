/**
 * Which rule applies to an address: the first enabled rule whose pattern matches. Every
 * rule is still looked at, so that the options page can explain the outcome ("matched,
 * but an earlier rule won", "would match, but is off", "its pattern cannot be used").
 * Nothing here throws: a bad pattern or a bad address is a verdict.
 */
import type { SiteRule } from './model';
import { NOTION_LIMITS } from './notion-checks';
import { compilePattern } from './pattern/compile';
import type { PatternRefusal } from './refusals';

export type RuleVerdict = { ruleId: string } & (
  | { outcome: 'matched'; wins: boolean }
  | { outcome: 'notMatched' }
  | { outcome: 'disabled'; wouldMatch: boolean }
  | { outcome: 'refused'; refusal: PatternRefusal }
  /** A regular expression is not tried on an address longer than Notion keeps (`NOTION_LIMITS.url`). */
  | { outcome: 'skipped'; reason: 'addressTooLong' }
);

export interface RuleMatch {
  /** The rule that applies, or null. */
  rule: SiteRule | null;
  /** Every rule, in order, with what it made of the address. */
  verdicts: RuleVerdict[];
  /** Set when the address could not be read at all; then no rule applies. */
  addressInvalid: boolean;
}

export interface RuleMatcher {
  match(address: string): RuleMatch;
}

function readAddress(address: string): URL | null {
  try {
    return new URL(address);
  } catch {
    return null;
  }
}

/**
 * Compiles every rule's pattern once, for matching many addresses (a window of tabs).
 * Patterns are read now: edit a rule, compile again.
 */
export function compileRules(rules: readonly SiteRule[]): RuleMatcher {
  const compiled = rules.map((rule) => ({ rule, outcome: compilePattern(rule.match) }));
  return {
    match(address) {
      const url = readAddress(address);
      const verdicts: RuleVerdict[] = [];
      let winner: SiteRule | null = null;
      for (const { rule, outcome } of compiled) {
        const ruleId = rule.id;
        if (!url) {
          verdicts.push({ ruleId, outcome: 'notMatched' });
          continue;
        }
        if (!outcome.ok) {
          verdicts.push({ ruleId, outcome: 'refused', refusal: outcome.refusal });
          continue;
        }
        // Each test is linear in the address; bounding it bounds the work per rule.
        if (rule.match.kind === 'regex' && url.href.length > NOTION_LIMITS.url) {
          verdicts.push({ ruleId, outcome: 'skipped', reason: 'addressTooLong' });
          continue;
        }
        const matches = outcome.matcher.test(url);
        if (!rule.enabled) verdicts.push({ ruleId, outcome: 'disabled', wouldMatch: matches });
        else if (!matches) verdicts.push({ ruleId, outcome: 'notMatched' });
        else {
          verdicts.push({ ruleId, outcome: 'matched', wins: winner === null });
          winner ??= rule;
        }
      }
      return { rule: winner, verdicts, addressInvalid: url === null };
    },
  };
}

/** The rule that applies to `address` and how every rule judged it. */
export function matchRule(rules: readonly SiteRule[], address: string): RuleMatch {
  return compileRules(rules).match(address);
}
