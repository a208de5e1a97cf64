/**
 * Rules' verdicts, refusals, problems and notes in words, in the person's language. The
 * core returns data (codes and values); this is the one place they become sentences, so
 * the options page, the popup and an import all say the same thing. Each table below is
 * typed by its code: a code without a sentence does not compile.
 */
import { translate, type Locale, type MessageKey } from '../i18n';
import type { RuleMatch, RuleVerdict } from './match';
import type { SiteRule } from './model';
import { NOTION_LIMITS, fieldErrorMessage, quoted } from './notion-checks';
import type { PatternRefusal, PatternRefusalCode } from './refusals';
import type {
  TemplateNote,
  TemplateNoteCode,
  TemplateProblem,
  TemplateProblemCode,
} from './template/problems';
import type { RuleIssue, ValueIssueCode } from './values/issues';

const PATTERN: Record<Exclude<PatternRefusalCode, 'emptyPattern'>, MessageKey> = {
  patternTooLong: 'rulePatternTooLong',
  hostHasScheme: 'rulePatternHostHasScheme',
  hostHasPath: 'rulePatternHostHasPath',
  hostHasPort: 'rulePatternHostHasPort',
  hostWildcard: 'rulePatternHostWildcard',
  hostInvalid: 'rulePatternHostInvalid',
  pathNotAbsolute: 'rulePatternPathNotAbsolute',
  regexInvalid: 'rulePatternRegexInvalid',
  regexUnsupported: 'rulePatternRegexUnsupported',
  regexTooComplex: 'rulePatternRegexTooComplex',
  regexNeverMatches: 'rulePatternRegexNeverMatches',
};

const EMPTY: Record<PatternRefusal['field'], MessageKey> = {
  host: 'rulePatternEmptyHost',
  path: 'rulePatternEmptyPath',
  pattern: 'rulePatternEmptyRegex',
};

const PROBLEM: Record<TemplateProblemCode, MessageKey> = {
  unclosedTag: 'ruleTemplateUnclosed',
  emptyTag: 'ruleTemplateEmptyTag',
  unknownVariable: 'ruleTemplateUnknownVariable',
  unknownFilter: 'ruleTemplateUnknownFilter',
  filterArguments: 'ruleTemplateFilterArguments',
  emptyMetaName: 'ruleTemplateEmptyMetaName',
  badSchemaPath: 'ruleTemplateBadSchemaPath',
  templateTooLong: 'ruleTemplateTooLong',
  badTimeZone: 'ruleTemplateBadTimeZone',
};

const NOTE: Record<TemplateNoteCode, MessageKey> = {
  noValue: 'ruleNoteNoValue',
  notRead: 'ruleNoteNotRead',
  notADate: 'ruleNoteNotADate',
  cut: 'ruleNoteCut',
};

const VALUE: Record<ValueIssueCode, MessageKey> = {
  propertyUnsupported: 'ruleValuePropertyUnsupported',
  notABoolean: 'ruleValueNotABoolean',
  propertyGone: 'ruleValuePropertyGone',
  notADatabase: 'ruleValueNotADatabase',
  titleTwice: 'ruleValueTitleTwice',
  propertyTwice: 'ruleValuePropertyTwice',
  tagTooLong: 'ruleValueTagTooLong',
  tooManyTags: 'ruleValueTooManyTags',
  valuesTooLarge: 'ruleValueTooLarge',
};

/** Why a rule's pattern cannot be used, and what to write instead. */
export function describePatternRefusal(refusal: PatternRefusal, locale: Locale): string {
  if (refusal.code === 'emptyPattern') return translate(locale, EMPTY[refusal.field]);
  // A pasted address whose host could not be read has no host to suggest.
  if (refusal.code === 'hostHasScheme' && !refusal.params.host) {
    return translate(locale, 'rulePatternHostHasSchemeNoHost');
  }
  return translate(locale, PATTERN[refusal.code], refusal.params);
}

/** What is wrong with a template on every page. */
export function describeTemplateProblem(problem: TemplateProblem, locale: Locale): string {
  return translate(locale, PROBLEM[problem.code], problem.params);
}

/** Why a template's value on this page looks as it does. */
export function describeTemplateNote(note: TemplateNote, locale: Locale): string {
  return translate(locale, NOTE[note.code], note.params);
}

/** Why one of a rule's values is not used. */
export function describeRuleIssue(issue: RuleIssue, locale: Locale): string {
  switch (issue.kind) {
    case 'template':
      return describeTemplateProblem(issue.problem, locale);
    case 'value':
      return translate(locale, VALUE[issue.code], issue.params);
    case 'refused':
      return fieldErrorMessage(issue.error, locale);
  }
}

/** A rule's name for a sentence: the person's own, or its place in the list. */
export function ruleName(rule: Pick<SiteRule, 'name'>, index: number, locale: Locale): string {
  const name = quoted(rule.name);
  return name !== '' ? name : translate(locale, 'ruleUnnamed', { n: index + 1 });
}

function namesById(rules: readonly SiteRule[], locale: Locale): Map<string, string> {
  return new Map(rules.map((rule, index) => [rule.id, ruleName(rule, index, locale)]));
}

/**
 * Which rule applies to the page, and which others matched but come later: the first
 * wins, and the sentence says so.
 */
export function describeMatch(match: RuleMatch, rules: readonly SiteRule[], locale: Locale) {
  if (match.addressInvalid) return translate(locale, 'ruleMatchAddressInvalid');
  if (!match.rule) return translate(locale, 'ruleMatchNone');
  const names = namesById(rules, locale);
  const rule = names.get(match.rule.id) ?? quoted(match.rule.name);
  const others = match.verdicts
    .filter((v) => v.outcome === 'matched' && !v.wins)
    .map((v) => `“${names.get(v.ruleId) ?? v.ruleId}”`);
  if (others.length === 0) return translate(locale, 'ruleMatchApplies', { rule });
  return translate(locale, 'ruleMatchAppliesFirst', {
    rule,
    others: others.join(', '),
    count: others.length,
  });
}

/** What one rule made of the page, for the rule's line in the options page. */
export function describeVerdict(
  verdict: RuleVerdict,
  match: RuleMatch,
  rules: readonly SiteRule[],
  locale: Locale,
): string {
  switch (verdict.outcome) {
    case 'matched': {
      if (verdict.wins || !match.rule) return translate(locale, 'ruleVerdictWins');
      const rule = namesById(rules, locale).get(match.rule.id) ?? quoted(match.rule.name);
      return translate(locale, 'ruleVerdictOutranked', { rule });
    }
    case 'notMatched':
      return translate(locale, 'ruleVerdictNotMatched');
    case 'disabled':
      return translate(
        locale,
        verdict.wouldMatch ? 'ruleVerdictDisabledMatch' : 'ruleVerdictDisabled',
      );
    case 'refused':
      return translate(locale, 'ruleVerdictRefused', {
        reason: describePatternRefusal(verdict.refusal, locale),
      });
    case 'skipped':
      return translate(locale, 'ruleVerdictAddressTooLong', { max: NOTION_LIMITS.url });
  }
}
