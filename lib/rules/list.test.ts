import { describe, expect, it } from 'vitest';
import { mergeRules, moveRule, putRule, removeRule } from './list';
import { ruleOf, site } from './testing/rules';

const a = ruleOf('a', site('a.com'));
const b = ruleOf('b', site('b.com'));
const c = ruleOf('c', site('c.com'));
const ids = (rules: { id: string }[]) => rules.map((r) => r.id);

describe('rule list changes', () => {
  it('puts a rule in place of the one with its id, or at the end', () => {
    const renamed = { ...b, name: 'Renamed' };
    expect(putRule([a, b, c], renamed)).toEqual([a, renamed, c]);
    expect(ids(putRule([a, b], c))).toEqual(['a', 'b', 'c']);
  });

  it('removes a rule by id', () => {
    expect(ids(removeRule([a, b, c], 'b'))).toEqual(['a', 'c']);
    expect(ids(removeRule([a], 'zz'))).toEqual(['a']);
  });

  it('moves a rule to a position, clamped to the list', () => {
    expect(ids(moveRule([a, b, c], 'c', 0))).toEqual(['c', 'a', 'b']);
    expect(ids(moveRule([a, b, c], 'a', 1))).toEqual(['b', 'a', 'c']);
    expect(ids(moveRule([a, b, c], 'a', 99))).toEqual(['b', 'c', 'a']);
    expect(ids(moveRule([a, b, c], 'b', -5))).toEqual(['b', 'a', 'c']);
    expect(ids(moveRule([a, b, c], 'b', Number.NaN))).toEqual(['b', 'a', 'c']);
    expect(ids(moveRule([a, b, c], 'zz', 0))).toEqual(['a', 'b', 'c']);
  });
});

describe('mergeRules (an import)', () => {
  it('replaces the stored rule of the same name in place, keeping its id; adds the rest', () => {
    let n = 0;
    const fromFile = [
      { ...ruleOf('f1', site('new.com')), name: 'rule B' },
      { ...ruleOf('f2', site('d.com')), name: 'Other' },
      { ...ruleOf('f3', site('c.com')), name: '' },
    ];
    const merged = mergeRules([a, { ...c, name: '' }, b], fromFile, () => `new-${++n}`);
    expect(merged.map((r) => [r.id, r.match])).toEqual([
      ['a', site('a.com')],
      // Unnamed rules are the same when their patterns are.
      ['c', site('c.com')],
      ['b', site('new.com')],
      ['new-1', site('d.com')],
    ]);
  });
});
