/**
 * A site rule where a save is put together: the first rule that matches the page picks
 * the target and the mode (unless the person or the gesture picked one), and its values
 * fill the form the request is built from (`request.ts`) — in the popup, where every
 * value is shown and still editable, and in the context menu and the shortcuts alike.
 * Pure: the shells hand in the rules, the targets, the time and the time zone.
 */
import type { PageCapture } from '../capture/types';
import type { Target } from '../notion/types';
import { matchRule } from '../rules/match';
import type { RuleCaptureMode, SiteRule } from '../rules/model';
import { templateContext } from '../rules/template/context';
import { ruleValues, type RuleValues } from '../rules/values/rule-values';
import type { CachedSchema } from '../storage';
import { initialTargetId, type OrderedTarget } from './target-order';

/** The rule for the page at `address` (the first enabled one that matches), or null. */
export function ruleForAddress(
  rules: readonly SiteRule[],
  address: string | null | undefined,
): SiteRule | null {
  return address ? matchRule(rules, address).rule : null;
}

/**
 * The target a save goes to: the one the person or the gesture chose, else the rule's
 * (when it still exists: a removed target leaves the rule to the default), else the
 * first one offered (the default target).
 */
export function targetFor(
  ordered: readonly OrderedTarget[],
  chosenId: string | null,
  rule: SiteRule | null,
): Target | null {
  const byId = (id: string | null) =>
    id === null ? undefined : ordered.find((o) => o.target.id === id)?.target;
  return (
    byId(chosenId) ?? byId(rule?.set.targetId ?? null) ?? byId(initialTargetId(ordered)) ?? null
  );
}

/** The modes a page save (the popup's default, "save page") can start in. */
type PageSaveMode = Extract<RuleCaptureMode, 'bookmark' | 'article' | 'screenshot'>;

/**
 * The mode a page save takes: the rule's, else `fallback` (the person's default). A
 * rule for selections changes nothing here: a page has no selection to save until the
 * person makes one, and the popup offers it by itself when there is one.
 */
export function pageModeFor<M extends string>(
  rule: SiteRule | null,
  fallback: M,
): M | PageSaveMode {
  const mode = rule?.set.mode ?? null;
  return mode === null || mode === 'selection' ? fallback : mode;
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
