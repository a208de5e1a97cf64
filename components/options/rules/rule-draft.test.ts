import { describe, expect, it } from 'vitest';
import { ruleOf, regex, site } from '@/lib/rules/testing/rules';
import { draftOf, draftProblems, newDraft, ruleOfDraft } from './rule-draft';

describe('rule drafts', () => {
  it('a stored rule comes back unchanged from its draft', () => {
    const rules = [
      ruleOf('a', site('*.example.com', '/news/**'), {
        set: {
          targetId: 't',
          mode: 'article',
          title: '{{title}}',
          tags: ['x'],
          properties: { p: '{{url}}' },
        },
      }),
      ruleOf('b', regex('^https://a\\.org/', true), { enabled: false }),
    ];
    for (const rule of rules) expect(ruleOfDraft(draftOf(rule))).toEqual(rule);
  });

  it('a new draft starts from the test page’s site, and blank templates set nothing', () => {
    const draft = newDraft('n', 'https://www.example.com/a?b');
    expect(draft.host).toBe('example.com');
    const rule = ruleOfDraft({
      ...draft,
      tags: [' ', 'a'],
      properties: [{ key: 'p', template: '' }],
    });
    expect(rule.set).toMatchObject({ title: null, tags: ['a'], properties: {} });
  });

  it('says which field is wrong, keeping what was typed', () => {
    const draft = {
      ...newDraft('n'),
      host: 'https://example.com/news',
      title: '{{titel}}',
      properties: [{ key: 'p', template: '{{url' }],
    };
    const problems = draftProblems(draft, 'en');
    expect(problems.map((p) => p.field)).toEqual(['host', 'title', 'property:p']);
    expect(problems[0]!.message).toContain('example.com');
    expect(draft.host).toBe('https://example.com/news');
    expect(draftProblems({ ...newDraft('r'), kind: 'regex', pattern: '(a' }, 'en')[0]!.field).toBe(
      'pattern',
    );
    expect(draftProblems(newDraft('ok', 'https://example.com/'), 'en')).toEqual([]);
  });
});
