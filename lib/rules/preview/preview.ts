/**
 * What the options page shows of rules for one page: which rule applies and how every
 * rule judged the address, where the capture would go, and what each of the rule's
 * values gives there — the same matching (`match.ts`) and the same values, through the
 * form's own checks (`values/rule-values.ts`), as a real capture. Pure: the shell hands
 * in the page's capture, the targets, their cached schemas and the time.
 */
import type { PageCapture } from '../../capture/types';
import type { Target } from '../../notion/types';
import { matchRule, type RuleMatch } from '../match';
import type { RuleCaptureMode, SiteRule } from '../model';
import type { CachedSchema } from '../notion-checks';
import { templateContext } from '../template/context';
import { ruleValues, type RuleValues } from '../values/rule-values';

export interface PreviewEnvironment {
  targets: readonly Target[];
  /** The target a capture without a rule goes to (the popup's preselected one), or null. */
  defaultTarget: Target | null;
  /** A database target's cached schema; null while it is not known. */
  schemaOf(target: Target): CachedSchema | null;
  now: Date;
  timeZone: string;
}

/** What one rule does on the page. */
export interface RuleOutcome {
  rule: SiteRule;
  /** Where its captures go: its target, else the default; null when there is none. */
  target: Target | null;
  /** The rule names a target that was removed: the default is used instead. */
  targetGone: boolean;
  /** The mode the rule sets; null: the person's default. */
  mode: RuleCaptureMode | null;
  /**
   * The rule's values on this page; null while the database target's schema is not
   * known (its properties cannot be checked without it).
   */
  values: RuleValues | null;
}

export interface RulesPreview {
  match: RuleMatch;
  /** What the rule that applies does; null when none applies. */
  applied: RuleOutcome | null;
}

/** What `rule` does on the page in `capture`, whether or not it matches it. */
export function previewRule(
  rule: SiteRule,
  capture: PageCapture,
  env: PreviewEnvironment,
): RuleOutcome {
  const chosen = rule.set.targetId;
  const own = chosen === null ? null : (env.targets.find((t) => t.id === chosen) ?? null);
  const target = own ?? env.defaultTarget;
  const schema = target?.kind === 'data_source' ? env.schemaOf(target) : null;
  const known = target?.kind !== 'data_source' || schema !== null;
  const context = templateContext(capture, { now: env.now, timeZone: env.timeZone });
  return {
    rule,
    target,
    targetGone: chosen !== null && own === null,
    mode: rule.set.mode,
    values: known ? ruleValues(rule.set, context, schema) : null,
  };
}

/** Which of `rules` applies to the page in `capture`, and what it does there. */
export function previewRules(
  rules: readonly SiteRule[],
  capture: PageCapture,
  env: PreviewEnvironment,
): RulesPreview {
  const match = matchRule(rules, capture.metadata.url);
  return { match, applied: match.rule ? previewRule(match.rule, capture, env) : null };
}
