/**
 * The rules of a settings file: each read on its own (`read-rule.ts`), so that a bad
 * rule is left out with a sentence and every other rule, and the rest of the file, is
 * still imported.
 */
import { translate, type Locale } from '../i18n';
import { ruleName } from './describe';
import { ruleIdentity } from './list';
import type { SiteRule } from './model';
import { MAX_RULES, readRule } from './read-rule';

export interface ReadRules {
  rules: SiteRule[];
  /** One sentence per rule left out, in the file's order. */
  problems: string[];
}

/**
 * Reads `raw` (the file's `rules`; absent in files from before rules). `targetIds` are
 * the file's own targets: a rule naming another target would save somewhere the
 * person never chose on this browser, so it is left out.
 */
export function readRules(raw: unknown, targetIds: ReadonlySet<string>, locale: Locale): ReadRules {
  if (raw === undefined || raw === null) return { rules: [], problems: [] };
  if (!Array.isArray(raw)) return { rules: [], problems: [translate(locale, 'ruleCheckList')] };
  const rules: SiteRule[] = [];
  const problems: string[] = [];
  const seen = new Set<string>();
  raw.slice(0, MAX_RULES).forEach((item, index) => {
    const read = readRule(item, index, locale);
    if (!read.ok) {
      problems.push(
        translate(locale, 'ruleCheckNotImported', { rule: read.rule, reason: read.reason }),
      );
      return;
    }
    const { rule } = read;
    const name = ruleName(rule, index, locale);
    if (rule.set.targetId !== null && !targetIds.has(rule.set.targetId)) {
      problems.push(translate(locale, 'ruleCheckUnknownTarget', { rule: name }));
    } else if (seen.has(ruleIdentity(rule))) {
      problems.push(translate(locale, 'ruleCheckDuplicate', { rule: name }));
    } else {
      seen.add(ruleIdentity(rule));
      rules.push(rule);
    }
  });
  if (raw.length > MAX_RULES)
    problems.push(translate(locale, 'ruleCheckTooMany', { max: MAX_RULES }));
  return { rules, problems };
}
