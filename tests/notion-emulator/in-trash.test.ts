/**
 * 2026-03-11 removed `archived` (upgrade guide; "Trash a page"): answers carry only
 * `in_trash`, and a request that still sends `archived` is refused like any unknown key.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningEmulator } from './index.ts';
import { DEMO, client, expectApiError, paragraph, raw, start } from './test-helpers.ts';

let emulator: RunningEmulator;
beforeAll(async () => {
  emulator = await start();
});
afterAll(() => emulator.close());

const bad = (detail: string) => `body failed validation: ${detail}`;

/** Every key at any depth of an answer. */
function keysDeep(value: unknown, out = new Set<string>()): Set<string> {
  if (Array.isArray(value)) value.forEach((item) => keysDeep(item, out));
  else if (typeof value === 'object' && value !== null)
    for (const [key, item] of Object.entries(value)) {
      out.add(key);
      keysDeep(item, out);
    }
  return out;
}

describe('archived (removed in 2026-03-11)', () => {
  it('appears in no answer; in_trash does', async () => {
    const notion = client(emulator);
    const page = await notion.pages.create({
      parent: { page_id: DEMO.ids.inboxPage },
      children: [paragraph('x')],
    });
    const upload = await notion.fileUploads.create({
      filename: 'a.png',
      content_type: 'image/png',
    });
    const answers: unknown[] = [
      page,
      await notion.pages.retrieve({ page_id: DEMO.ids.welcomePage }),
      await notion.databases.retrieve({ database_id: DEMO.ids.readingListDatabase }),
      await notion.dataSources.retrieve({ data_source_id: DEMO.ids.readingListDataSource }),
      await notion.dataSources.query({ data_source_id: DEMO.ids.readingListDataSource }),
      await notion.blocks.children.list({ block_id: page.id }),
      await notion.blocks.retrieve({ block_id: page.id }),
      await notion.search({ query: '' }),
      upload,
    ];
    for (const answer of answers) {
      const keys = keysDeep(answer);
      expect(keys.has('archived'), JSON.stringify(answer).slice(0, 200)).toBe(false);
    }
    expect(answers.slice(0, 4).every((a) => keysDeep(a).has('in_trash'))).toBe(true);
  });

  it('is refused in a page update, a page creation and a data source query', async () => {
    const notion = client(emulator);
    await expectApiError(
      notion.pages.update({ page_id: DEMO.ids.welcomePage, archived: true }),
      400,
      'validation_error',
      bad('body.archived should be not present, instead was `true`.'),
    );
    const created = await raw(emulator, '/v1/pages', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ parent: { page_id: DEMO.ids.inboxPage }, archived: false }),
    });
    expect(created).toMatchObject({
      status: 400,
      body: {
        code: 'validation_error',
        message: bad('body.archived should be not present, instead was `false`.'),
      },
    });
    await expectApiError(
      notion.dataSources.query({ data_source_id: DEMO.ids.readingListDataSource, archived: true }),
      400,
      'validation_error',
      bad('body.archived should be not present, instead was `true`.'),
    );
  });

  it('in_trash trashes, restores and filters', async () => {
    const notion = client(emulator);
    const row = await notion.pages.create({
      parent: { data_source_id: DEMO.ids.readingListDataSource },
      properties: { Name: { title: [{ text: { content: 'Binned' } }] } },
    });
    expect(await notion.pages.update({ page_id: row.id, in_trash: true })).toMatchObject({
      in_trash: true,
    });
    const trashed = await notion.dataSources.query({
      data_source_id: DEMO.ids.readingListDataSource,
      in_trash: true,
    });
    expect(trashed.results.map((r) => r.id)).toEqual([row.id]);
    expect(await notion.pages.update({ page_id: row.id, in_trash: false })).toMatchObject({
      in_trash: false,
    });
  });
});
