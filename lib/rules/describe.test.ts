import { describe, expect, it } from 'vitest';
import { FULL_SCHEMA, P } from '../notion/schema/testing/fixture';
import {
  describeMatch,
  describePatternRefusal,
  describeRuleIssue,
  describeTemplateNote,
  describeTemplateProblem,
  describeVerdict,
} from './describe';
import { matchRule } from './match';
import type { RulePattern } from './model';
import { compilePattern } from './pattern/compile';
import { checkTemplate, renderTemplate } from './template/render';
import { contextOf } from './testing/captures';
import { regex, ruleOf, site } from './testing/rules';
import { ruleValues } from './values/rule-values';

const LOCALES = ['en', 'ko'] as const;

/** A sentence has every placeholder filled, and the two languages differ. */
function expectSentences(say: (locale: 'en' | 'ko') => string) {
  const [en, ko] = LOCALES.map(say);
  for (const text of [en!, ko!]) {
    expect(text.trim()).not.toBe('');
    // Quoted template tags (`{{title}}`) are the person's text, not placeholders.
    expect(text.replace(/\{\{[^}]*\}\}/g, '')).not.toMatch(/\{\w+\}/);
  }
  expect(ko).not.toBe(en);
  expect(ko).toMatch(/[가-힣]/);
  return { en: en!, ko: ko! };
}

function refusalOf(pattern: RulePattern) {
  const outcome = compilePattern(pattern);
  if (outcome.ok) throw new Error(`expected a refusal for ${JSON.stringify(pattern)}`);
  return outcome.refusal;
}

describe('a pattern that cannot be used gets a sentence', () => {
  const refused: RulePattern[] = [
    site(''),
    site('https://example.com/a'),
    site('https:// not a url'),
    site('example.com/blog'),
    site('example.com:8080'),
    site('www.*.com'),
    site('user@example.com'),
    site('a'.repeat(300)),
    site('example.com', 'blog/*'),
    regex(''),
    regex('(unclosed'),
    regex('(a)\\1'),
    regex('a(?=b)'),
    regex('(a{100}){100}'),
    regex('^github\\.com'),
    regex('x'.repeat(501)),
  ];

  it.each(refused.map((p) => [JSON.stringify(p), p] as const))('%s', (_, pattern) => {
    const refusal = refusalOf(pattern);
    expectSentences((locale) => describePatternRefusal(refusal, locale));
  });

  it('says what to write instead, with the values the person gave', () => {
    const say = (p: RulePattern) => describePatternRefusal(refusalOf(p), 'en');
    expect(say(site('https://example.com/a'))).toContain('“example.com”');
    expect(say(site('example.com/blog'))).toMatch(/“example\.com”.*“\/blog”/);
    expect(say(site('example.com', 'blog/*'))).toContain('“/blog/*”');
    expect(say(regex('(unclosed'))).toMatch(/cannot be read \(.+\)/);
    expect(say(regex('(a)\\1'))).toContain('“\\1”');
  });
});

describe('which rule applies is said, the first of several that match', () => {
  const rules = [
    ruleOf('off', site('github.com'), { enabled: false }),
    { ...ruleOf('issues', regex('/issues/\\d+')), name: 'GitHub issues' },
    { ...ruleOf('github', site('github.com')), name: 'All of GitHub' },
    { ...ruleOf('any', site('*')), name: '' },
    ruleOf('bad', regex('(')),
  ];

  it('names the winner and the rules it beat', () => {
    const match = matchRule(rules, 'https://github.com/a/b/issues/3');
    const { en, ko } = expectSentences((locale) => describeMatch(match, rules, locale));
    expect(en).toBe(
      'The rule “GitHub issues” applies to this page. 2 other rules match too (“All of GitHub”, “Rule 4”), but “GitHub issues” comes first.',
    );
    expect(ko).toContain('“GitHub issues”');
    expect(ko).toContain('“규칙 4”');
  });

  it('one other match is named on its own', () => {
    const two = rules.slice(1, 3);
    const match = matchRule(two, 'https://github.com/a/b/issues/3');
    expect(describeMatch(match, two, 'en')).toBe(
      'The rule “GitHub issues” applies to this page. “All of GitHub” matches too, but “GitHub issues” comes first.',
    );
  });

  it('a single match, no match and an unreadable address each have their sentence', () => {
    const one = rules.slice(2, 3);
    expect(describeMatch(matchRule(one, 'https://github.com/'), one, 'en')).toBe(
      'The rule “All of GitHub” applies to this page.',
    );
    expectSentences((l) => describeMatch(matchRule(one, 'https://gitlab.com/'), one, l));
    expectSentences((l) => describeMatch(matchRule(one, 'not an address'), one, l));
  });

  it('every rule’s verdict is said, the outranked ones naming the winner', () => {
    const match = matchRule(rules, 'https://github.com/a/b/issues/3');
    const lines = match.verdicts.map((v) => describeVerdict(v, match, rules, 'en'));
    expect(lines).toEqual([
      'Would match, but the rule is turned off.',
      'Applies: the first rule that matches.',
      'Matches, but “GitHub issues” comes first and applies instead.',
      'Matches, but “GitHub issues” comes first and applies instead.',
      expect.stringMatching(/^Skipped: This regular expression cannot be read/),
    ]);
    for (const verdict of match.verdicts) {
      expectSentences((locale) => describeVerdict(verdict, match, rules, locale));
    }
  });
});

describe('template problems and notes get sentences', () => {
  it('an unknown variable names itself and the variables there are', () => {
    const [problem] = checkTemplate('{{titel}} by {{author}}');
    expect(problem?.code).toBe('unknownVariable');
    const { en } = expectSentences((locale) => describeTemplateProblem(problem!, locale));
    expect(en).toContain('“{{titel}}” refers to “titel”');
    expect(en).toContain('title, url, site');
  });

  it.each([
    '{{title',
    '{{}}',
    '{{title|shout}}',
    '{{title|slice:a}}',
    '{{meta:}}',
    '{{schema:a..b}}',
    'x'.repeat(2001),
  ])('%s', (template) => {
    const problems = checkTemplate(template);
    expect(problems).toHaveLength(1);
    expectSentences((locale) => describeTemplateProblem(problems[0]!, locale));
  });

  it('a bad time zone and each note about the page', () => {
    const context = contextOf(undefined, { meta: null, timeZone: 'Mars/Olympus' });
    const result = renderTemplate('{{meta:x}}{{schema:a}}{{title|date}}', context);
    expect(result.problems.map((p) => p.code)).toEqual(['badTimeZone']);
    expectSentences((locale) => describeTemplateProblem(result.problems[0]!, locale));
    expect(result.notes.map((n) => n.code)).toEqual(['notRead', 'noValue', 'notADate']);
    const long = renderTemplate('{{title}}'.repeat(200), {
      ...contextOf(),
      metadata: { ...contextOf().metadata, title: 'x'.repeat(2000) },
    });
    const notes = [
      ...result.notes,
      ...long.notes,
      { code: 'noValue' as const, params: { tag: '{{author}}' } },
    ];
    expect(notes.map((n) => n.code)).toContain('cut');
    for (const note of notes) expectSentences((locale) => describeTemplateNote(note, locale));
  });
});

describe('a value a rule cannot use gets a sentence', () => {
  it('a property the target no longer has is named', () => {
    const values = ruleValues(
      {
        targetId: null,
        mode: null,
        title: '{{title}}',
        tags: ['x'.repeat(101)],
        properties: {
          gone: '{{title}}',
          [P.name.id]: 'again',
          [P.formula.id]: '1',
          [P.done.id]: 'maybe',
          [P.score.id]: '{{title}}',
          [P.notes.id]: '{{nope}}',
        },
      },
      contextOf(),
      FULL_SCHEMA,
    );
    const issues = values.fields.flatMap((f) => f.issues);
    expect(issues.map((i) => (i.kind === 'value' ? i.code : i.kind))).toEqual([
      'tagTooLong',
      'propertyGone',
      'titleTwice',
      'propertyUnsupported',
      'notABoolean',
      'refused',
      'template',
    ]);
    const sentences = issues.map((issue) => expectSentences((l) => describeRuleIssue(issue, l)).en);
    expect(sentences[1]).toBe(
      'The database no longer has the property “gone”. Remove it from the rule or pick another property.',
    );
  });
});
