/**
 * An id of the wrong kind: pages, databases and blocks share one id space, so Notion says
 * what a visible id is (400 `validation_error`) instead of "not found". An id the
 * integration cannot see stays a 404, which tells nothing.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningEmulator } from './index.ts';
import { DEMO, client, expectApiError, paragraph, start } from './test-helpers.ts';

let emulator: RunningEmulator;
beforeAll(async () => {
  emulator = await start();
});
afterAll(() => emulator.close());

const { ids } = DEMO;

describe('wrong kind of id', () => {
  it('a database id sent to the pages API names the database API', async () => {
    await expectApiError(
      client(emulator).pages.retrieve({ page_id: ids.readingListDatabase }),
      400,
      'validation_error',
      `Provided ID ${ids.readingListDatabase} is a database, not a page. Use the retrieve database API instead.`,
    );
  });

  it('a page id sent to the databases API names the page API', async () => {
    await expectApiError(
      client(emulator).databases.retrieve({ database_id: ids.inboxPage }),
      400,
      'validation_error',
      `Provided ID ${ids.inboxPage} is a page, not a database. Use the retrieve page API instead.`,
    );
  });

  it('a block id sent to the pages or databases API names the block API', async () => {
    const notion = client(emulator);
    const [block] = (
      await notion.blocks.children.append({
        block_id: ids.inboxPage,
        children: [paragraph('a block')],
      })
    ).results;
    for (const call of [
      () => notion.pages.retrieve({ page_id: block!.id }),
      () => notion.pages.update({ page_id: block!.id, in_trash: false }),
    ]) {
      await expectApiError(
        call(),
        400,
        'validation_error',
        `Provided ID ${block!.id} is a block, not a page. Use the retrieve block API instead.`,
      );
    }
    await expectApiError(
      notion.databases.retrieve({ database_id: block!.id }),
      400,
      'validation_error',
      `Provided ID ${block!.id} is a block, not a database. Use the retrieve block API instead.`,
    );
  });

  it('a database id given as a page parent is refused the same way', async () => {
    await expectApiError(
      client(emulator).pages.create({
        parent: { page_id: ids.readingListDatabase },
        properties: { title: { title: [{ text: { content: 'x' } }] } },
      }),
      400,
      'validation_error',
      `Provided ID ${ids.readingListDatabase} is a database, not a page. Use the retrieve database API instead.`,
    );
  });

  it('says nothing of ids the integration cannot see', async () => {
    await expectApiError(
      client(emulator).databases.retrieve({ database_id: ids.privatePage }),
      404,
      'object_not_found',
      `Could not find database with ID: ${ids.privatePage}. Make sure the relevant pages and databases are shared with your integration.`,
    );
    await expectApiError(
      client(emulator).pages.retrieve({ page_id: ids.clientsDatabase }),
      404,
      'object_not_found',
    );
  });

  it('data sources have ids of their own: other ids are not found there, nor theirs elsewhere', async () => {
    await expectApiError(
      client(emulator).pages.retrieve({ page_id: ids.readingListDataSource }),
      404,
      'object_not_found',
    );
    await expectApiError(
      client(emulator).databases.retrieve({ database_id: ids.readingListDataSource }),
      404,
      'object_not_found',
    );
    const page = await client(emulator).pages.retrieve({ page_id: ids.inboxPage });
    expect(page.id).toBe(ids.inboxPage);
  });
});
