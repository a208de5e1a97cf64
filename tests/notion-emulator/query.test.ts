/** Data source queries: filters, sorts, trash. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningEmulator } from './index.ts';
import { DEMO, client, expectApiError, start, text } from './test-helpers.ts';

let emulator: RunningEmulator;
beforeAll(async () => {
  emulator = await start();
  const notion = client(emulator);
  const rows = [
    { title: 'Alpha', url: 'https://a.example/', type: 'Article', day: '2026-01-01' },
    { title: 'Beta', url: 'https://b.example/', type: 'Bookmark', day: '2026-02-01' },
    { title: 'Gamma', url: 'https://c.example/', type: 'Article', day: '2026-03-01' },
  ];
  for (const r of rows) {
    await notion.pages.create({
      parent: { data_source_id: DEMO.ids.readingListDataSource },
      properties: {
        Name: { title: text(r.title) },
        URL: { url: r.url },
        Type: { select: { name: r.type } },
        'Saved at': { date: { start: r.day } },
      },
    });
  }
});
afterAll(() => emulator.close());

const titles = (results: unknown[]) =>
  results.map((p) => {
    const name = (p as { properties: { Name: { title: Array<{ plain_text: string }> } } })
      .properties.Name;
    return name.title.map((t) => t.plain_text).join('');
  });

describe('data source query', () => {
  it('finds a saved URL', async () => {
    const found = await client(emulator).dataSources.query({
      data_source_id: DEMO.ids.readingListDataSource,
      filter: { property: 'URL', url: { equals: 'https://b.example/' } },
    });
    expect(titles(found.results)).toEqual(['Beta']);
  });

  it('combines filters and sorts', async () => {
    const found = await client(emulator).dataSources.query({
      data_source_id: DEMO.ids.readingListDataSource,
      filter: {
        and: [
          { property: 'Type', select: { equals: 'Article' } },
          { property: 'Saved at', date: { on_or_after: '2026-01-01' } },
        ],
      },
      sorts: [{ property: 'Saved at', direction: 'descending' }],
    });
    expect(titles(found.results)).toEqual(['Gamma', 'Alpha']);
  });

  it('leaves trashed rows out unless asked', async () => {
    const notion = client(emulator);
    const [beta] = (
      await notion.dataSources.query({
        data_source_id: DEMO.ids.readingListDataSource,
        filter: { property: 'Name', title: { equals: 'Beta' } },
      })
    ).results;
    await notion.pages.update({ page_id: beta!.id, in_trash: true });
    const live = await notion.dataSources.query({
      data_source_id: DEMO.ids.readingListDataSource,
      filter: { property: 'Name', title: { equals: 'Beta' } },
    });
    expect(live.results).toHaveLength(0);
    await expectApiError(
      notion.blocks.children.append({ block_id: beta!.id, children: [] }),
      400,
      'validation_error',
      "Can't edit block that is archived. You must unarchive the block before editing.",
    );
  });

  it('rejects filters on unknown properties', async () => {
    await expectApiError(
      client(emulator).dataSources.query({
        data_source_id: DEMO.ids.readingListDataSource,
        filter: { property: 'Colour', rich_text: { equals: 'x' } },
      }),
      400,
      'validation_error',
      'Could not find property with name or id: Colour',
    );
  });
});
