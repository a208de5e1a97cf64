/**
 * Cursors that expire, as Notion's session-scoped ones do: the constructor option and the
 * admin API make search, data source query, block children and users cursors answer
 * 400 `The start_cursor provided is invalid: …` after N uses, after some time, or on the
 * next N pages outright.
 */
import type { Client } from '@notionhq/client';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { EmulatorAdmin, type CursorListing, type RunningEmulator } from './index.ts';
import { DEMO, client, expectApiError, paragraph, start, text } from './test-helpers.ts';

let emulator: RunningEmulator;
let admin: EmulatorAdmin;
let pageId: string;
beforeAll(async () => {
  emulator = await start();
  admin = new EmulatorAdmin(emulator.url);
  const notion = client(emulator);
  pageId = (
    await notion.pages.create({
      parent: { page_id: DEMO.ids.inboxPage },
      properties: { title: { title: text('Cursor page') } },
      children: [paragraph('a'), paragraph('b'), paragraph('c')],
    })
  ).id;
  for (const name of ['Row one', 'Row two']) {
    await notion.pages.create({
      parent: { data_source_id: DEMO.ids.readingListDataSource },
      properties: { Name: { title: text(name) } },
    });
  }
});
afterEach(() => emulator.setCursorExpiry(false));
afterAll(() => emulator.close());

const invalid = (cursor: string) => `The start_cursor provided is invalid: ${cursor}`;

/** A first page of one item per listing, and how to ask for the next one. */
const LISTINGS: Record<
  CursorListing,
  (notion: Client, cursor?: string) => Promise<{ next_cursor: string | null }>
> = {
  search: (notion, cursor) => notion.search({ page_size: 1, start_cursor: cursor }),
  query: (notion, cursor) =>
    notion.dataSources.query({
      data_source_id: DEMO.ids.readingListDataSource,
      page_size: 1,
      start_cursor: cursor,
    }),
  children: (notion, cursor) =>
    notion.blocks.children.list({ block_id: pageId, page_size: 1, start_cursor: cursor }),
  users: (notion, cursor) => notion.users.list({ page_size: 1, start_cursor: cursor }),
};

async function firstCursor(listing: CursorListing): Promise<string> {
  const first = await LISTINGS[listing](client(emulator));
  expect(first.next_cursor, `${listing} should have a second page`).toEqual(expect.any(String));
  return first.next_cursor!;
}

describe('cursor expiry', () => {
  it('never expires by default, and a cursor works only in its own listing', async () => {
    const notion = client(emulator);
    const cursor = await firstCursor('children');
    await LISTINGS.children(notion, cursor);
    await LISTINGS.children(notion, cursor);
    await expectApiError(
      notion.blocks.children.list({ block_id: DEMO.ids.inboxPage, start_cursor: cursor }),
      400,
      'validation_error',
      invalid(cursor),
    );
    await expectApiError(LISTINGS.search(notion, cursor), 400, 'validation_error', invalid(cursor));
  });

  it('failNext: the next pages of every listing answer invalid, then cursors work again', async () => {
    const notion = client(emulator);
    for (const listing of Object.keys(LISTINGS) as CursorListing[]) {
      emulator.setCursorExpiry({ failNext: 2 });
      const cursor = await firstCursor(listing);
      await expectApiError(
        LISTINGS[listing](notion, cursor),
        400,
        'validation_error',
        invalid(cursor),
      );
      const again = await firstCursor(listing);
      await expectApiError(
        LISTINGS[listing](notion, again),
        400,
        'validation_error',
        invalid(again),
      );
      const third = await firstCursor(listing);
      expect(await LISTINGS[listing](notion, third)).toHaveProperty('results');
    }
  });

  it('maxUses: a cursor used once more than allowed answers invalid', async () => {
    emulator.setCursorExpiry({ maxUses: 1 });
    const notion = client(emulator);
    const cursor = await firstCursor('query');
    await LISTINGS.query(notion, cursor);
    await expectApiError(LISTINGS.query(notion, cursor), 400, 'validation_error', invalid(cursor));
  });

  it('maxAgeMs: a cursor older than allowed on the emulator clock answers invalid', async () => {
    let now = Date.parse('2026-05-01T00:00:00Z');
    const clocked = await start({ now: () => now, cursorExpiry: { maxAgeMs: 60_000 } });
    try {
      const notion = client(clocked);
      const fresh = await notion.users.list({ page_size: 1 });
      now += 30_000;
      await notion.users.list({ page_size: 1, start_cursor: fresh.next_cursor! });
      const stale = await notion.users.list({ page_size: 1 });
      now += 60_001;
      await expectApiError(
        notion.users.list({ page_size: 1, start_cursor: stale.next_cursor! }),
        400,
        'validation_error',
        invalid(stale.next_cursor!),
      );
    } finally {
      await clocked.close();
    }
  });

  it('listings: only the named listings expire', async () => {
    emulator.setCursorExpiry({ failNext: 5, listings: ['search'] });
    const notion = client(emulator);
    const children = await firstCursor('children');
    await LISTINGS.children(notion, children);
    const search = await firstCursor('search');
    await expectApiError(LISTINGS.search(notion, search), 400, 'validation_error');
  });
});

describe('admin API', () => {
  it('reads and sets cursor expiry, refusing settings it does not know', async () => {
    expect(await admin.getCursorExpiry()).toBe(false);
    await admin.setCursorExpiry({ failNext: 1 });
    expect(await admin.getCursorExpiry()).toEqual({ failNext: 1 });
    const cursor = await firstCursor('users');
    await expectApiError(
      LISTINGS.users(client(emulator), cursor),
      400,
      'validation_error',
      invalid(cursor),
    );
    await expect(
      admin.setCursorExpiry({ failNext: -1 } as unknown as Parameters<
        EmulatorAdmin['setCursorExpiry']
      >[0]),
    ).rejects.toThrow(/failNext must be a whole number/);
    await admin.setCursorExpiry(false);
    expect(await admin.getCursorExpiry()).toBe(false);
  });

  it('keeps the setting over a reset, with failNext starting over', async () => {
    const own = await start({ cursorExpiry: { failNext: 1 } });
    try {
      const notion = client(own);
      const list = () => notion.users.list({ page_size: 1 });
      await expectApiError(
        notion.users.list({ page_size: 1, start_cursor: (await list()).next_cursor! }),
        400,
        'validation_error',
      );
      await notion.users.list({ page_size: 1, start_cursor: (await list()).next_cursor! });
      own.reset();
      await expectApiError(
        notion.users.list({ page_size: 1, start_cursor: (await list()).next_cursor! }),
        400,
        'validation_error',
      );
    } finally {
      await own.close();
    }
  });
});
