/**
 * What a site rule decides before anything is captured: the target a save goes to and
 * the mode it starts in. Apart from `rule-defaults.ts` (which matches rules and renders
 * their templates) so that the popup, which has the background find its rule
 * (`findRule`), loads none of the rules engine. Pure.
 */
import type { Target } from '../notion/types';
import type { RuleActions, RuleCaptureMode } from '../rules/model';
import { initialTargetId, type OrderedTarget } from './target-order';

/**
 * What of a rule decides where and how a save starts: a stored rule, or the popup's view
 * of the one the background found (`findRule`).
 */
export interface RuleChoice {
  set: Pick<RuleActions, 'targetId' | 'mode'>;
}

/**
 * The target a save goes to: the one the person or the gesture chose, else the rule's
 * (when it still exists: a removed target leaves the rule to the default), else the
 * first one offered (the default target).
 */
export function targetFor(
  ordered: readonly OrderedTarget[],
  chosenId: string | null,
  rule: RuleChoice | null,
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
  rule: RuleChoice | null,
  fallback: M,
): M | PageSaveMode {
  const mode = rule?.set.mode ?? null;
  return mode === null || mode === 'selection' ? fallback : mode;
}
