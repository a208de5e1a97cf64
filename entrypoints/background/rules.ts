/**
 * Site rules: saving, removing and ordering them. Each change is a function of the
 * latest stored list (`updateItems`), so two options pages editing rules at once both
 * keep their change; a rule is read field by field before it is stored, as an imported
 * one is, so a stored rule always compiles and renders.
 */
import { currentLocale, translate } from '@/lib/i18n';
import type { Handlers } from '@/lib/messaging';
import { Problem } from '@/lib/problems';
import { moveRule as moved, putRule, removeRule } from '@/lib/rules/list';
import type { SiteRule } from '@/lib/rules/model';
import { readRule } from '@/lib/rules/read-rule';
import { rulesItem, targetsItem, updateItem, updateItems } from '@/lib/storage';

async function saveRule(input: { rule: SiteRule }): Promise<SiteRule[]> {
  const locale = currentLocale();
  const read = readRule(input?.rule, 0, locale);
  if (!read.ok) throw new Problem('RuleInvalid', { reason: read.reason }, read.reason);
  const { rule } = read;
  // The targets are held with the rules: a target removed meanwhile cannot slip in.
  const after = await updateItems({ rules: rulesItem, targets: targetsItem }, (current) => {
    const { targetId } = rule.set;
    if (targetId !== null && !current.targets.some((t) => t.id === targetId)) {
      const reason = translate(locale, 'ruleCheckMissingTarget');
      throw new Problem('RuleInvalid', { reason }, reason);
    }
    return { rules: putRule(current.rules, rule) };
  });
  return after.rules;
}

function deleteRule(input: { ruleId: string }): Promise<SiteRule[]> {
  return updateItem(rulesItem, (rules) => removeRule(rules, String(input?.ruleId)));
}

function moveRule(input: { ruleId: string; to: number }): Promise<SiteRule[]> {
  return updateItem(rulesItem, (rules) => moved(rules, String(input?.ruleId), Number(input?.to)));
}

export const ruleHandlers = { saveRule, deleteRule, moveRule } satisfies Partial<Handlers>;
