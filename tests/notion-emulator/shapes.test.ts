/**
 * Response shapes: the keys of each object are those `@notionhq/client` 5.26 declares
 * (PageObjectResponse, DataSourceObjectResponse, DatabaseObjectResponse, block responses).
 */
import type { BlockObjectRequest } from '@notionhq/client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningEmulator } from './index.ts';
import { DEMO, client, start, text } from './test-helpers.ts';

let emulator: RunningEmulator;
beforeAll(async () => {
  emulator = await start();
});
afterAll(() => emulator.close());

const keys = (obj: object) => Object.keys(obj).sort();

describe('object keys', () => {
  it('pages, data sources and databases carry exactly the SDK fields of 2026-03-11', async () => {
    const notion = client(emulator);
    const page = await notion.pages.retrieve({ page_id: DEMO.ids.welcomePage });
    expect(keys(page)).toEqual(
      [
        'cover',
        'created_by',
        'created_time',
        'icon',
        'id',
        'in_trash',
        'is_archived',
        'is_locked',
        'last_edited_by',
        'last_edited_time',
        'object',
        'parent',
        'properties',
        'public_url',
        'url',
      ].sort(),
    );
    const ds = await notion.dataSources.retrieve({
      data_source_id: DEMO.ids.readingListDataSource,
    });
    expect(keys(ds)).toEqual(
      [
        'cover',
        'created_by',
        'created_time',
        'database_parent',
        'description',
        'icon',
        'id',
        'in_trash',
        'is_inline',
        'last_edited_by',
        'last_edited_time',
        'object',
        'parent',
        'properties',
        'public_url',
        'title',
        'url',
      ].sort(),
    );
    const db = await notion.databases.retrieve({ database_id: DEMO.ids.readingListDatabase });
    expect(keys(db)).toEqual(
      [
        'cover',
        'created_time',
        'data_sources',
        'description',
        'icon',
        'id',
        'in_trash',
        'is_inline',
        'is_locked',
        'last_edited_time',
        'object',
        'parent',
        'public_url',
        'title',
        'url',
      ].sort(),
    );
    expect('url' in page && page.url).toMatch(
      /^https:\/\/www\.notion\.so\/Welcome-to-Quick-Capture-7a4f65602cb3471e8a88ce109a7a918f$/,
    );
  });

  it('gives every data source property id, name, description and its type config', async () => {
    const ds = await client(emulator).dataSources.retrieve({
      data_source_id: DEMO.ids.readingListDataSource,
    });
    const tags = 'properties' in ds ? ds.properties.Tags : undefined;
    expect(tags).toMatchObject({
      id: DEMO.properties.readingList.tags,
      name: 'Tags',
      description: null,
      type: 'multi_select',
    });
    expect(tags?.type === 'multi_select' && tags.multi_select.options.map((o) => o.name)).toEqual([
      'Research',
      'Design',
      'Engineering',
      'Later',
    ]);
  });
});

describe('block content', () => {
  it("answers each block type with Notion's defaults filled in", async () => {
    const notion = client(emulator);
    const children: BlockObjectRequest[] = [
      { heading_2: { rich_text: text('H') } },
      { to_do: { rich_text: text('T') } },
      { callout: { rich_text: text('C'), icon: { emoji: '💡' } } },
      { paragraph: { rich_text: text('P'), icon: { emoji: '📌' } } },
      { code: { rich_text: text('x'), language: 'typescript' } },
      { bookmark: { url: 'https://example.com' } },
      { image: { external: { url: 'https://example.com/i.png' } } },
      { table: { table_width: 1, children: [{ table_row: { cells: [text('cell')] } }] } },
      { divider: {} },
    ];
    const page = await notion.pages.create({ parent: { page_id: DEMO.ids.inboxPage }, children });
    const blocks = (await notion.blocks.children.list({ block_id: page.id })).results.map((b) => {
      const { type } = b as { type: string };
      return {
        type,
        content: (b as unknown as Record<string, object>)[type],
        has_children: (b as { has_children: boolean }).has_children,
      };
    });
    const rt = (content: string) => [
      expect.objectContaining({
        plain_text: content,
        annotations: expect.objectContaining({ color: 'default' }),
      }),
    ];
    expect(blocks).toEqual([
      {
        type: 'heading_2',
        content: { rich_text: rt('H'), is_toggleable: false, color: 'default' },
        has_children: false,
      },
      {
        type: 'to_do',
        content: { rich_text: rt('T'), checked: false, color: 'default' },
        has_children: false,
      },
      {
        type: 'callout',
        content: { rich_text: rt('C'), icon: { type: 'emoji', emoji: '💡' }, color: 'default' },
        has_children: false,
      },
      {
        type: 'paragraph',
        content: { rich_text: rt('P'), color: 'default', icon: { type: 'emoji', emoji: '📌' } },
        has_children: false,
      },
      {
        type: 'code',
        content: { caption: [], rich_text: rt('x'), language: 'typescript' },
        has_children: false,
      },
      {
        type: 'bookmark',
        content: { caption: [], url: 'https://example.com' },
        has_children: false,
      },
      {
        type: 'image',
        content: { caption: [], type: 'external', external: { url: 'https://example.com/i.png' } },
        has_children: false,
      },
      {
        type: 'table',
        content: { table_width: 1, has_column_header: false, has_row_header: false },
        has_children: true,
      },
      { type: 'divider', content: {}, has_children: false },
    ]);
  });
});
