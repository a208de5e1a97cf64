import { describe, expect, it } from 'vitest';
import { MAX_RULES, readRule } from './read-rule';
import { readRules } from './read-rules';
import type { SiteRule } from './model';
import { regex, ruleOf, site } from './testing/rules';

const good: SiteRule = ruleOf('r1', site('arxiv.org', '/abs/*'), {
  set: {
    targetId: 't1',
    mode: 'article',
    title: '{{title|trim}}',
    properties: { 'Ub%3Fz': '{{url}}', Notes: 'By {{author}}' },
    tags: ['paper', '{{meta:keywords}}'],
  },
});

type Json = Record<string, unknown>;

/** `good` as JSON with the value at each dotted path replaced: what a file could hold. */
function edited(changes: Record<string, unknown>): unknown {
  const raw = JSON.parse(JSON.stringify(good)) as Json;
  for (const [path, value] of Object.entries(changes)) {
    const keys = path.split('.');
    const last = keys.pop()!;
    const parent = keys.reduce((o, key) => o[key] as Json, raw);
    parent[last] = value;
  }
  return raw;
}

function reasonOf(raw: unknown, locale: 'en' | 'ko' = 'en'): string {
  const read = readRule(raw, 2, locale);
  if (read.ok) throw new Error('expected a refusal');
  return `${read.rule}: ${read.reason}`;
}

describe('readRule', () => {
  it('reads back a rule as it was written, and nothing that was not checked', () => {
    expect(readRule(JSON.parse(JSON.stringify(good)), 0, 'en')).toEqual({ ok: true, rule: good });
    const extra = edited({ extra: 'dropped', 'set.more': 1, 'match.flags': 'g' });
    expect(readRule(extra, 0, 'en')).toEqual({ ok: true, rule: good });
    const minimal = readRule(
      { id: 'x', name: '', enabled: false, match: { kind: 'regex', pattern: 'a' }, set: {} },
      0,
      'en',
    );
    expect(minimal).toEqual({
      ok: true,
      rule: {
        id: 'x',
        name: '',
        enabled: false,
        match: { kind: 'regex', pattern: 'a' },
        set: { targetId: null, mode: null, title: null, properties: {}, tags: [] },
      },
    });
  });

  it('refuses what is not a rule, naming the field', () => {
    expect(reasonOf('a rule')).toBe('Rule 3: it is not written as a rule.');
    expect(reasonOf(null)).toBe('Rule 3: it is not written as a rule.');
    expect(reasonOf(edited({ enabled: 'yes' }))).toBe(
      'Rule r1: its “enabled” is missing or not valid.',
    );
    expect(reasonOf(edited({ id: '' }))).toMatch(/“id”/);
    expect(reasonOf(edited({ id: 'x'.repeat(101) }))).toMatch(/“id”/);
    expect(reasonOf(edited({ name: 'n'.repeat(201) }))).toMatch(/“name”/);
    expect(reasonOf(edited({ match: { kind: 'glob', host: 'a' } }))).toMatch(/“match”/);
    expect(reasonOf(edited({ 'match.path': 3 }))).toMatch(/“path”/);
    expect(reasonOf(edited({ set: [] }))).toMatch(/“set”/);
    expect(reasonOf(edited({ 'set.mode': 'link' }))).toMatch(/“mode”/);
    expect(reasonOf(edited({ 'set.targetId': 7 }))).toMatch(/“targetId”/);
    expect(reasonOf(edited({ 'set.tags': 'a, b' }))).toMatch(/“tags”/);
    expect(reasonOf(edited({ 'set.tags': [1] }))).toMatch(/“tags”/);
    expect(reasonOf(edited({ 'set.tags': Array(101).fill('t') }))).toMatch(/“tags”/);
    expect(reasonOf(edited({ 'set.properties': { a: 1 } }))).toMatch(/“properties”/);
    expect(reasonOf(edited({ 'set.properties': { '': 'x' } }))).toMatch(/“properties”/);
    expect(reasonOf(edited({ match: { kind: 'regex', pattern: 'a', ignoreCase: 'no' } }))).toMatch(
      /“ignoreCase”/,
    );
  });

  it('refuses a rule whose pattern cannot be used, with the pattern’s own sentence', () => {
    expect(reasonOf(edited({ match: regex('(unclosed') }))).toMatch(
      /^Rule r1: This regular expression cannot be read/,
    );
    expect(reasonOf(edited({ match: site('https://arxiv.org/abs') }))).toBe(
      'Rule r1: Write only the site, without “https://” and the rest of the address: “arxiv.org”.',
    );
    expect(reasonOf(edited({ match: regex('(a)\\1') }), 'ko')).toMatch(/지원하지 않는/);
  });

  it('refuses a rule whose template has a problem, naming the template', () => {
    expect(reasonOf(edited({ 'set.title': '{{titel}}' }))).toMatch(
      /^Rule r1: “\{\{titel\}\}” refers to “titel”/,
    );
    expect(reasonOf(edited({ 'set.tags': ['ok', '{{title|shout}}'] }))).toMatch(/shout/);
    expect(reasonOf(edited({ 'set.properties': { Notes: '{{url' } }))).toMatch(/not closed/);
    expect(reasonOf(edited({ 'set.title': 'x'.repeat(2001) }))).toMatch(/2001 characters/);
  });

  it('keeps a property named __proto__ as a name, never as a prototype', () => {
    const read = readRule(
      edited({ 'set.properties': JSON.parse('{"__proto__": "{{title}}"}') }),
      0,
      'en',
    );
    if (!read.ok) throw new Error(read.reason);
    expect(Object.getPrototypeOf(read.rule.set.properties)).toBe(Object.prototype);
    expect(Object.entries(read.rule.set.properties)).toEqual([['__proto__', '{{title}}']]);
  });
});

describe('readRules (a settings file’s rules)', () => {
  const targets = new Set(['t1']);
  const list = (...rules: unknown[]) => readRules(rules, targets, 'en');

  it('leaves out each bad rule with a sentence, and keeps every other', () => {
    const read = list(
      good,
      edited({ name: 'Broken', match: regex('(') }),
      {
        ...ruleOf('r3', site('github.com')),
        name: 'Elsewhere',
        set: { ...good.set, targetId: 'gone' },
      },
      { ...ruleOf('r4', site('github.com')), name: 'GitHub' },
      { ...ruleOf('r5', site('gitlab.com')), name: ' github ' },
      42,
    );
    expect(read.rules.map((r) => r.id)).toEqual(['r1', 'r4']);
    expect(read.problems).toEqual([
      expect.stringMatching(/^“Broken” was not imported: This regular expression cannot be read/),
      '“Elsewhere” saves to a target that is not in the file, so it was not imported. Add the rule again in the options page.',
      '“github” is listed twice; only the first was imported.',
      '“Rule 6” was not imported: it is not written as a rule.',
    ]);
  });

  it('a file without rules has none; rules that are not a list are one sentence', () => {
    expect(readRules(undefined, targets, 'en')).toEqual({ rules: [], problems: [] });
    expect(readRules({ r1: good }, targets, 'ko')).toEqual({
      rules: [],
      problems: ['파일의 규칙이 목록 형식으로 적혀 있지 않아 하나도 가져오지 않았습니다.'],
    });
  });

  it(`reads at most ${MAX_RULES} rules, and says so`, () => {
    const many = Array.from({ length: MAX_RULES + 3 }, (_, i) => ({
      ...ruleOf(`r${i}`, site(`s${i}.example`)),
    }));
    const read = readRules(many, targets, 'en');
    expect(read.rules).toHaveLength(MAX_RULES);
    expect(read.problems).toEqual([
      `The file has more than ${MAX_RULES} rules; only the first ${MAX_RULES} were imported.`,
    ]);
  });
});
