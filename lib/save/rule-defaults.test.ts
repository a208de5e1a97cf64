import { describe, expect, it } from 'vitest';
import type { PageTarget } from '../notion/types';
import { ruleOf, site } from '../rules/testing/rules';
import { pageModeFor, ruleForAddress, targetFor } from './rule-defaults';
import { orderTargets } from './target-order';

const page = (id: string): PageTarget => ({
  kind: 'page',
  id,
  connectionId: 'c',
  title: id,
  icon: null,
  url: null,
  pageId: id,
  pageMode: 'child',
});

const ordered = orderTargets([page('a'), page('b'), page('c')], 'b', []);
const toC = ruleOf('r', site('e.com'), { set: { targetId: 'c', mode: 'article' } });

describe('where a rule picks', () => {
  it('the rule for an address is the first that matches; none for no address', () => {
    const rules = [ruleOf('off', site('e.com'), { enabled: false }), toC, ruleOf('x', site('*'))];
    expect(ruleForAddress(rules, 'https://e.com/a')?.id).toBe('r');
    expect(ruleForAddress(rules, undefined)).toBeNull();
    expect(ruleForAddress([toC], 'https://other.org/')).toBeNull();
  });

  it('the target: the chosen one, else the rule’s if it exists, else the default', () => {
    expect(targetFor(ordered, 'a', toC)?.id).toBe('a');
    expect(targetFor(ordered, null, toC)?.id).toBe('c');
    expect(targetFor(ordered, null, null)?.id).toBe('b');
    const gone = { ...toC, set: { ...toC.set, targetId: 'gone' } };
    expect(targetFor(ordered, null, gone)?.id).toBe('b');
    expect(targetFor(ordered, 'gone', null)?.id).toBe('b');
    expect(targetFor([], null, toC)).toBeNull();
  });

  it('the mode of a page save: the rule’s, except a selection, else the default', () => {
    expect(pageModeFor(toC, 'bookmark')).toBe('article');
    expect(pageModeFor(null, 'bookmark')).toBe('bookmark');
    const selection = { ...toC, set: { ...toC.set, mode: 'selection' as const } };
    expect(pageModeFor(selection, 'article')).toBe('article');
    const none = { ...toC, set: { ...toC.set, mode: null } };
    expect(pageModeFor(none, 'article')).toBe('article');
  });
});
