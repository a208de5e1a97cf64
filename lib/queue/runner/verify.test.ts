import type { BlockObjectRequest, Client } from '@notionhq/client';
import { beforeAll, describe, expect, it } from 'vitest';
import { DEMO } from '../../../tests/notion-emulator';
import { useEmulator } from '../../notion/testing/emulator';
import { chain, para, paragraphs, table } from '../../notion/plan/testing/fixtures';
import { planRequests } from '../../notion/plan';
import type { RequestPlan } from '../../notion/plan/types';
import { blockSignature, matchesAt } from './signature';
import { childrenBefore, verifyStep, type VerifyInput } from './verify';

describe('childrenBefore', () => {
  it('counts what blocks this capture created hold before each append to them', () => {
    const plan = planRequests({ kind: 'data_source', dataSourceId: 'ds' }, {}, [
      ...paragraphs(250),
      table(150),
    ]);
    const appends = plan.steps
      .map((step, index) => ({ step, index }))
      .filter(({ step }) => step.kind === 'append');
    const counts = appends.map(({ step, index }) =>
      step.kind === 'append' ? childrenBefore(plan, index, step.parent) : null,
    );
    // The page got 100 blocks with the create, then 100, then 51 (50 + the table);
    // the table got its window of rows when it was appended.
    expect(counts.slice(0, 2)).toEqual([100, 200]);
    expect(counts[2]).toBeGreaterThan(0);
    expect(counts[2]).toBeLessThan(150);
  });

  it('does not claim to know what an existing page holds', () => {
    const plan = planRequests({ kind: 'page', pageId: 'inbox', pageMode: 'append' }, {}, [
      chain(5),
    ]);
    expect(childrenBefore(plan, 0, 'inbox')).toBeNull();
  });
});

describe('blockSignature', () => {
  it('is the same for a block as sent and as Notion returns it', () => {
    const sent = para('Hello');
    const returned = {
      object: 'block',
      id: 'x',
      type: 'paragraph',
      paragraph: {
        rich_text: [{ type: 'text', text: { content: 'Hello', link: null }, plain_text: 'Hello' }],
        color: 'default',
      },
    };
    expect(blockSignature(returned)).toBe(blockSignature(sent));
    expect(matchesAt([returned], [sent], 0)).toBe(true);
    expect(matchesAt([returned], [para('Other')], 0)).toBe(false);
    expect(matchesAt([returned], [sent], 1)).toBe(false);
  });
});

describe('verifyStep, when Notion’s cursors expire mid-listing (against the emulator)', () => {
  const emulator = useEmulator();
  let client: Client;
  beforeAll(() => {
    client = emulator.client();
  });

  const input = (plan: RequestPlan, index: number, keep?: Set<number>): VerifyInput => ({
    client,
    plan,
    index,
    step: plan.steps[index]!,
    startedAt: Date.now() - 1000,
    claimed: new Set(),
    keep,
    lastOfStep: () => undefined,
    limited: (send) => send(),
  });

  it('finds an append to a long page although the children listing restarts', async () => {
    const page = await client.pages.create({ parent: { page_id: DEMO.ids.inboxPage } });
    for (let at = 0; at < 150; at += 100)
      await client.blocks.children.append({
        block_id: page.id,
        children: paragraphs(100, `${at}-`),
      });
    const plan = planRequests({ kind: 'page', pageId: page.id, pageMode: 'append' }, {}, [
      para('saved A'),
      para('saved B'),
    ]);
    const index = plan.steps.findIndex((step) => step.kind === 'append');
    // The write went through; its answer was lost. Then every listing's next page expires once.
    const step = plan.steps[index]!;
    const written = await client.blocks.children.append({
      block_id: page.id,
      children: (step.body as { children: BlockObjectRequest[] }).children,
    });
    expect(written.results.length).toBeGreaterThanOrEqual(2);
    emulator.setCursorExpiry({ failNext: 2, listings: ['children'] });
    const verdict = await verifyStep(input(plan, index, new Set([0])));
    expect(verdict).toMatchObject({
      committed: true,
      outcome: { learned: { results: { 0: written.results[0]!.id } } },
    });
    const expired = emulator
      .requestLog()
      .filter((entry) => entry.path === `/v1/blocks/${page.id}/children` && entry.status === 400);
    expect(expired).toHaveLength(2);
  });

  it('finds a created row past the first hundred of the data source, across an expired cursor', async () => {
    for (let i = 0; i < 120; i++) {
      await client.pages.create({
        parent: { data_source_id: DEMO.ids.readingListDataSource },
        properties: { Name: { title: [{ text: { content: `Filler ${i}` } }] } },
      });
    }
    const properties = {
      title: { title: [{ type: 'text' as const, text: { content: 'Mine' } }] },
      [DEMO.properties.readingList.url]: { url: 'https://example.com/mine' },
    };
    const plan = planRequests(
      { kind: 'data_source', dataSourceId: DEMO.ids.readingListDataSource },
      properties,
      [],
    );
    const index = plan.steps.findIndex((step) => step.kind === 'create_page');
    const mine = await client.pages.create({
      parent: { data_source_id: DEMO.ids.readingListDataSource },
      properties,
    });
    emulator.setCursorExpiry({ failNext: 1, listings: ['query'] });
    const verdict = await verifyStep(input(plan, index));
    expect(verdict).toMatchObject({ committed: true, outcome: { learned: { id: mine.id } } });
  });
});
