/**
 * A site rule where a save is put together: the first rule that matches the page picks
 * the target and the mode (unless the person or the gesture picked one), and its values
 * fill the form the request is built from (`request.ts`) — in the popup, where every
 * value is shown and still editable, and in the context menu and the shortcuts alike.
 * Pure: the shells hand in the rules, the targets, the time and the time zone.
 */
import type { PageCapture } from '../capture/types';
import { matchRule } from '../rules/match';
import type { SiteRule } from '../rules/model';
import { templateContext } from '../rules/template/context';
import { ruleValues, type RuleValues } from '../rules/values/rule-values';
import type { CachedSchema } from '../storage';

// Where and how a save starts needs no rules engine: the popup imports it from there.
export { pageModeFor, targetFor, type RuleChoice } from './rule-choice';

/** The rule for the page at `address` (the first enabled one that matches), or null. */
export function ruleForAddress(
  rules: readonly SiteRule[],
  address: string | null | undefined,
): SiteRule | null {
  return address ? matchRule(rules, address).rule : null;
}

export interface RuleMoment {
  /** When the capture is made: `{{date}}`. */
  now: Date;
  /** The IANA zone dates are written in; the browser's when not given. */
  timeZone?: string;
}

/**
 * The rule's values for `capture` saved to a target whose schema is `schema` (null: a
 * page target). Each value already passed the form's own check (`ruleValues`).
 */
export function valuesOfRule(
  rule: SiteRule | null,
  capture: PageCapture,
  schema: CachedSchema | null,
  moment: RuleMoment,
): RuleValues | null {
  if (!rule) return null;
  const timeZone = moment.timeZone ?? Intl.DateTimeFormat().resolvedOptions().timeZone;
  const context = templateContext(capture, { now: moment.now, timeZone });
  return ruleValues(rule.set, context, schema);
}
