/**
 * The site rule for the page the popup shows, and its values for a capture. The rules
 * engine (pattern and regular-expression matching, templates) runs here rather than in
 * the popup: the popup is opened for every capture and loads faster without it, and the
 * context menu and the shortcuts already apply rules here.
 */
import { currentLocale } from '@/lib/i18n';
import type { Handlers, RuleMatchView, RuleValuesInput } from '@/lib/messaging';
import { isTimeZone } from '@/lib/notion/properties/date-value';
import { describeMatch } from '@/lib/rules/describe';
import { matchRule } from '@/lib/rules/match';
import type { RuleValues } from '@/lib/rules/values/rule-values';
import { valuesOfRule } from '@/lib/save/rule-defaults';
import { rulesItem, schemasItem, targetsItem } from '@/lib/storage';

async function findRule(input: { url: string }): Promise<RuleMatchView | null> {
  const url = String(input?.url ?? '');
  if (!url) return null;
  const rules = await rulesItem.getValue();
  const match = matchRule(rules, url);
  if (!match.rule) return null;
  const { id, set } = match.rule;
  return {
    ruleId: id,
    set: { targetId: set.targetId, mode: set.mode },
    sentence: describeMatch(match, rules, currentLocale()),
  };
}

async function getRuleValues(input: RuleValuesInput): Promise<RuleValues | null> {
  const [rules, targets, schemas] = await Promise.all([
    rulesItem.getValue(),
    targetsItem.getValue(),
    schemasItem.getValue(),
  ]);
  const rule = matchRule(rules, String(input?.url ?? '')).rule;
  const target = targets.find((t) => t.id === input?.targetId);
  if (!rule || !target || !input.capture) return null;
  // The cached schema, the one the popup's form is drawn from: no request to Notion here.
  const schema = target.kind === 'data_source' ? (schemas[target.dataSourceId] ?? null) : null;
  const now = new Date(input.openedAt);
  return valuesOfRule(rule, input.capture, schema, {
    now: Number.isNaN(now.getTime()) ? new Date() : now,
    // A zone this browser does not know would fail every date: the worker's own then.
    ...(typeof input.timeZone === 'string' && isTimeZone(input.timeZone)
      ? { timeZone: input.timeZone }
      : {}),
  });
}

export const ruleDefaultHandlers = { findRule, getRuleValues } satisfies Partial<Handlers>;
