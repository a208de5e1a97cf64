/**
 * The popup's view of the tab's rule: asked of the background once per address and
 * rule list, not at all without rules, and its values asked only when a rule applies.
 */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { tabCapture } from '@/lib/capture/tab-capture';
import { ruleOf, site } from '@/lib/rules/testing/rules';

vi.mock('@/lib/messaging', async (original) => ({
  ...(await original<typeof import('@/lib/messaging')>()),
  sendMessage: vi.fn(),
}));

const { sendMessage } = await import('@/lib/messaging');
const { ruleFor, ruleValuesFor, usePageRule } = await import('./page-rule');
const { useRulesStore } = await import('./stores');

const ADDRESS = 'https://arxiv.org/abs/1';
const match = { ruleId: 'a', set: { targetId: null, mode: null }, sentence: 'The rule applies.' };
const values = { title: 'T', tags: [], inputs: {}, fields: [] };
const request = (title: string) => ({
  url: ADDRESS,
  capture: tabCapture({ title, url: ADDRESS }, 'bookmark'),
  targetId: 'inbox',
  schema: null,
  openedAt: new Date('2026-03-11T00:00:00Z'),
});

/** The rules as the popup's store mirrors them from storage. */
function storeRules(rules: ReturnType<typeof ruleOf>[]) {
  useRulesStore.setState({ value: rules, loaded: true });
}

beforeEach(() => {
  vi.mocked(sendMessage).mockReset();
  vi.mocked(sendMessage).mockImplementation(
    async (verb) => (verb === 'findRule' ? match : values) as never,
  );
});

describe('the tab’s rule', () => {
  it('asks nothing when no rule is stored', async () => {
    storeRules([]);
    expect(await ruleFor(ADDRESS)).toBeNull();
    expect(await ruleValuesFor(request('A'))).toBeNull();
    expect(sendMessage).not.toHaveBeenCalled();
  });

  it('asks once per address and rule list, and again when the rules change', async () => {
    storeRules([ruleOf('a', site('arxiv.org'))]);
    expect(await ruleFor(ADDRESS)).toEqual(match);
    expect(await ruleFor(ADDRESS)).toEqual(match);
    expect(vi.mocked(sendMessage).mock.calls.filter(([v]) => v === 'findRule')).toHaveLength(1);
    expect(usePageRule.getState().match?.value).toEqual(match);
    storeRules([ruleOf('b', site('arxiv.org'))]);
    await ruleFor(ADDRESS);
    expect(vi.mocked(sendMessage).mock.calls.filter(([v]) => v === 'findRule')).toHaveLength(2);
  });

  it('asks the values once per capture, without the capture’s blocks', async () => {
    storeRules([ruleOf('c', site('arxiv.org'))]);
    const withBlocks = request('A');
    withBlocks.capture.blocks = [{ type: 'divider', divider: {} }];
    expect(await ruleValuesFor(withBlocks)).toEqual(values);
    await ruleValuesFor(request('A'));
    await ruleValuesFor(request('B'));
    const asked = vi.mocked(sendMessage).mock.calls.filter(([v]) => v === 'getRuleValues');
    expect(asked).toHaveLength(2);
    expect(asked[0]![1]).toMatchObject({
      url: ADDRESS,
      targetId: 'inbox',
      capture: { blocks: [] },
    });
  });
});
