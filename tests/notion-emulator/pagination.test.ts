/** Cursor pagination as Notion does it: page_size ≤ 100, has_more / next_cursor. */
import { collectPaginatedAPI } from '@notionhq/client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningEmulator } from './index.ts';
import { DEMO, client, expectApiError, paragraph, raw, start, text } from './test-helpers.ts';

let emulator: RunningEmulator;
let pageId: string;
beforeAll(async () => {
  emulator = await start();
  const notion = client(emulator);
  pageId = (
    await notion.pages.create({
      parent: { page_id: DEMO.ids.inboxPage },
      properties: { title: { title: text('Long') } },
    })
  ).id;
  for (let batch = 0; batch < 3; batch++) {
    const size = batch < 2 ? 100 : 50;
    await notion.blocks.children.append({
      block_id: pageId,
      children: Array.from({ length: size }, (_, i) => paragraph(`${batch * 100 + i}`)),
    });
  }
});
afterAll(() => emulator.close());

describe('block children', () => {
  it('pages through 250 blocks in order, 100 at a time', async () => {
    const notion = client(emulator);
    const first = await notion.blocks.children.list({ block_id: pageId });
    expect(first.results).toHaveLength(100);
    expect(first.has_more).toBe(true);
    const second = await notion.blocks.children.list({
      block_id: pageId,
      start_cursor: first.next_cursor ?? undefined,
    });
    const third = await notion.blocks.children.list({
      block_id: pageId,
      start_cursor: second.next_cursor ?? undefined,
    });
    expect(third.results).toHaveLength(50);
    expect(third).toMatchObject({ has_more: false, next_cursor: null });
    const all = await collectPaginatedAPI(notion.blocks.children.list, {
      block_id: pageId,
      page_size: 30,
    });
    expect(
      all.map((b) =>
        'type' in b && b.type === 'paragraph' ? b.paragraph.rich_text[0]?.plain_text : '',
      ),
    ).toEqual(Array.from({ length: 250 }, (_, i) => `${i}`));
  });

  it('refuses page_size over 100 and unknown cursors', async () => {
    await expectApiError(
      client(emulator).blocks.children.list({ block_id: pageId, page_size: 101 }),
      400,
      'validation_error',
      'body failed validation: query.page_size should be ≤ `100`, instead was `101`.',
    );
    const response = await raw(emulator, `/v1/blocks/${pageId}/children?start_cursor=nope`);
    expect(response.body).toMatchObject({
      status: 400,
      code: 'validation_error',
      message: 'The start_cursor provided is invalid: nope',
    });
  });
});

describe('queries and search', () => {
  it('pages through data source rows and search results', async () => {
    const notion = client(emulator);
    for (let i = 0; i < 5; i++) {
      await notion.pages.create({
        parent: { data_source_id: DEMO.ids.articlesDataSource },
        properties: { Name: { title: text(`Article ${i}`) } },
      });
    }
    const rows = await collectPaginatedAPI(notion.dataSources.query, {
      data_source_id: DEMO.ids.articlesDataSource,
      page_size: 2,
    });
    expect(rows).toHaveLength(5);
    const found = await collectPaginatedAPI(notion.search, { query: 'article', page_size: 2 });
    expect(found.filter((r) => r.object === 'page')).toHaveLength(5);
    await expectApiError(
      notion.search({ page_size: 101 }),
      400,
      'validation_error',
      'body failed validation: body.page_size should be ≤ `100`, instead was `101`.',
    );
  });
});
