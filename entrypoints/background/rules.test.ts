/**
 * Rules changed from several pages at once, in an order fast-check's scheduler chooses
 * (storage slow, calls applied in order): every change is kept, as if they had been
 * made one after the other in the order they were asked for.
 */
import fc from 'fast-check';
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { PageTarget } from '@/lib/notion/types';
import { Problem, describeProblem } from '@/lib/problems';
import { moveRule, putRule, removeRule } from '@/lib/rules/list';
import type { SiteRule } from '@/lib/rules/model';
import { regex, ruleOf, site } from '@/lib/rules/testing/rules';
import { scheduleStorage } from '@/lib/testing/scheduled-storage';
import { rulesItem, targetsItem, updateItem } from '@/lib/storage';
import { ruleHandlers } from './rules';

const inbox: PageTarget = {
  kind: 'page',
  id: 'inbox',
  connectionId: 'c1',
  title: 'Inbox',
  icon: null,
  url: null,
  pageId: 'd1da973d-41ae-46af-b836-e0e9a91149d5',
  pageMode: 'child',
};

beforeEach(async () => {
  fakeBrowser.reset();
  await targetsItem.setValue([inbox]);
});

type Change =
  | { kind: 'save'; rule: SiteRule }
  | { kind: 'delete'; id: string }
  | { kind: 'move'; id: string; to: number };

const ids = fc.constantFrom('a', 'b', 'c', 'd');
const change: fc.Arbitrary<Change> = fc.oneof(
  fc
    .tuple(ids, fc.constantFrom('x.com', 'y.org', '*.z.net'), fc.boolean())
    .map(([id, host, toInbox]) => ({
      kind: 'save' as const,
      rule: ruleOf(id, site(host), { set: { targetId: toInbox ? 'inbox' : null } }),
    })),
  ids.map((id) => ({ kind: 'delete' as const, id })),
  fc
    .tuple(ids, fc.integer({ min: -1, max: 4 }))
    .map(([id, to]) => ({ kind: 'move' as const, id, to })),
);

function expected(changes: readonly Change[]): SiteRule[] {
  let rules: SiteRule[] = [];
  for (const c of changes) {
    if (c.kind === 'save') rules = putRule(rules, c.rule);
    else if (c.kind === 'delete') rules = removeRule(rules, c.id);
    else rules = moveRule(rules, c.id, c.to);
  }
  return rules;
}

function apply(c: Change): Promise<SiteRule[]> {
  if (c.kind === 'save') return ruleHandlers.saveRule({ rule: c.rule });
  if (c.kind === 'delete') return ruleHandlers.deleteRule({ ruleId: c.id });
  return ruleHandlers.moveRule({ ruleId: c.id, to: c.to });
}

describe('rule handlers', () => {
  it('lose no change made at the same time, whatever order storage answers in', async () => {
    await fc.assert(
      fc.asyncProperty(fc.scheduler(), fc.array(change, { maxLength: 10 }), async (s, changes) => {
        fakeBrowser.reset();
        await targetsItem.setValue([inbox]);
        const restore = scheduleStorage(s);
        try {
          await s.waitFor(Promise.all(changes.map(apply)));
        } finally {
          restore();
        }
        expect(await rulesItem.getValue()).toEqual(expected(changes));
      }),
      { numRuns: 150, seed: 20260311 },
    );
  });

  it('refuse a rule that cannot be used with its sentence, and store nothing', async () => {
    const failure = await ruleHandlers
      .saveRule({ rule: { ...ruleOf('r', regex('(')), name: 'Broken' } })
      .catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(Problem);
    const described = describeProblem(failure as Problem, 'en');
    expect(described.title).toBe('This rule could not be saved');
    expect(described.detail).toMatch(/^This regular expression cannot be read/);
    expect(describeProblem(failure as Problem, 'ko').title).toBe('이 규칙을 저장할 수 없습니다');
    expect(await rulesItem.getValue()).toEqual([]);
  });

  it('refuse a rule whose target no longer exists, even when it went meanwhile', async () => {
    const rule = ruleOf('r', site('x.com'), { set: { targetId: 'inbox' } });
    const removal = updateItem(targetsItem, () => []);
    const saving = ruleHandlers.saveRule({ rule }).catch((error: unknown) => error);
    await removal;
    const failure = await saving;
    expect(failure).toBeInstanceOf(Problem);
    expect(describeProblem(failure as Problem, 'en').detail).toMatch(/no longer exists/);
    expect(await rulesItem.getValue()).toEqual([]);
  });
});
