import { describe, expect, it } from 'vitest';
import { compileRules, matchRule } from './match';
import { NOTION_LIMITS } from './notion-checks';
import { regex, ruleOf, site } from './testing/rules';

describe('matchRule', () => {
  const rules = [
    ruleOf('papers', site('arxiv.org', '/abs/*')),
    ruleOf('github-issues', regex('^https://github\\.com/[^/]+/[^/]+/issues/\\d+')),
    ruleOf('github', site('github.com')),
    ruleOf('everything', site('*')),
  ];

  it('picks the first rule that matches, and says which others matched too', () => {
    const result = matchRule(rules, 'https://github.com/a/b/issues/12');
    expect(result.rule?.id).toBe('github-issues');
    expect(result.verdicts).toEqual([
      { ruleId: 'papers', outcome: 'notMatched' },
      { ruleId: 'github-issues', outcome: 'matched', wins: true },
      { ruleId: 'github', outcome: 'matched', wins: false },
      { ruleId: 'everything', outcome: 'matched', wins: false },
    ]);
    expect(result.addressInvalid).toBe(false);
  });

  it('order decides: the same rules the other way round pick the other rule', () => {
    const reversed = [...rules].reverse();
    expect(matchRule(reversed, 'https://github.com/a/b/issues/12').rule?.id).toBe('everything');
    expect(matchRule(rules, 'https://arxiv.org/abs/2401.1').rule?.id).toBe('papers');
  });

  it('skips a disabled rule, saying whether it would have matched', () => {
    const list = [
      ruleOf('off', site('github.com'), { enabled: false }),
      ruleOf('off-elsewhere', site('gitlab.com'), { enabled: false }),
      ruleOf('on', site('*.github.com')),
    ];
    const result = matchRule(list, 'https://github.com/x');
    expect(result.rule?.id).toBe('on');
    expect(result.verdicts.slice(0, 2)).toEqual([
      { ruleId: 'off', outcome: 'disabled', wouldMatch: true },
      { ruleId: 'off-elsewhere', outcome: 'disabled', wouldMatch: false },
    ]);
  });

  it('refuses a bad pattern as a verdict, and goes on to the next rule', () => {
    const list = [
      ruleOf('bad-regex', regex('(unclosed')),
      ruleOf('scheme', site('https://github.com')),
      ruleOf('never', regex('^github\\.com')),
      ruleOf('good', site('github.com')),
    ];
    const result = matchRule(list, 'https://github.com/');
    expect(result.rule?.id).toBe('good');
    const codes = result.verdicts.map((v) =>
      v.outcome === 'refused' ? v.refusal.code : v.outcome,
    );
    expect(codes).toEqual(['regexInvalid', 'hostHasScheme', 'regexNeverMatches', 'matched']);
  });

  it('gives no rule for what is not an address, without throwing', () => {
    for (const address of ['', 'not a url', 'https://', '::']) {
      const result = matchRule(rules, address);
      expect(result.rule).toBeNull();
      expect(result.addressInvalid).toBe(true);
      expect(result.verdicts.every((v) => v.outcome === 'notMatched')).toBe(true);
    }
  });

  it('no rules, no match', () => {
    expect(matchRule([], 'https://example.com/')).toEqual({
      rule: null,
      verdicts: [],
      addressInvalid: false,
    });
  });

  it('tries no regular expression on an address longer than Notion keeps; hosts still match', () => {
    const address = `https://github.com/a/b/issues/1?q=${'x'.repeat(NOTION_LIMITS.url)}`;
    const result = matchRule(rules, address);
    expect(result.verdicts[1]).toEqual({
      ruleId: 'github-issues',
      outcome: 'skipped',
      reason: 'addressTooLong',
    });
    expect(result.rule?.id).toBe('github');
  });

  it('a compiled rule list matches many addresses with the patterns read once', () => {
    const matcher = compileRules(rules);
    const winners = ['https://arxiv.org/abs/1', 'https://github.com/', 'https://x.org/'].map(
      (address) => matcher.match(address).rule?.id,
    );
    expect(winners).toEqual(['papers', 'github', 'everything']);
  });
});
