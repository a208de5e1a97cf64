import { APIResponseError, type Client } from '@notionhq/client';
import { beforeAll, describe, expect, it } from 'vitest';
import { DEMO } from '../../../tests/notion-emulator';
import { NotionEngineError } from '../errors/errors';
import { useEmulator } from '../testing/emulator';
import { MAX_RESTARTS, collectAll, isExpiredCursor, paginate } from './paginate';

// The page made before the first test stays: each test only turns faults off.
const emulator = useEmulator({ eachTest: 'faults off' });
let notion: Client;
let pageId: string;
const TEXTS = Array.from({ length: 250 }, (_, i) => `${i}`);

beforeAll(async () => {
  notion = emulator.client();
  pageId = (await notion.pages.create({ parent: { page_id: DEMO.ids.inboxPage } })).id;
  for (let at = 0; at < TEXTS.length; at += 100) {
    await notion.blocks.children.append({
      block_id: pageId,
      children: TEXTS.slice(at, at + 100).map((content) => ({
        paragraph: { rich_text: [{ text: { content } }] },
      })),
    });
  }
});

const children = (cursor: string | undefined) =>
  notion.blocks.children.list({ block_id: pageId, page_size: 100, start_cursor: cursor });
const textOf = (block: unknown) =>
  (block as { paragraph: { rich_text: Array<{ plain_text: string }> } }).paragraph.rich_text[0]
    ?.plain_text;
const childRequests = () =>
  emulator.requestLog().filter((entry) => entry.path === `/v1/blocks/${pageId}/children`);

describe('paginate (against the emulator)', () => {
  it('reads every page in order', async () => {
    const pages = await paginate(children);
    expect(pages.map((page) => page.results.length)).toEqual([100, 100, 50]);
    expect((await collectAll(children)).map(textOf)).toEqual(TEXTS);
  });

  it('starts over when a cursor expires, and returns one complete pass', async () => {
    emulator.setCursorExpiry({ failNext: 2 });
    const before = childRequests().length;
    expect((await collectAll(children)).map(textOf)).toEqual(TEXTS);
    // page 1, page 2 expired; page 1, page 2 expired; page 1, 2, 3.
    expect(
      childRequests()
        .slice(before)
        .map((entry) => entry.status),
    ).toEqual([200, 400, 200, 400, 200, 200, 200]);
  });

  it('gives up after a bounded number of fresh passes', async () => {
    emulator.setCursorExpiry({ maxUses: 0 });
    const before = childRequests().length;
    const failure = await paginate(children).then(
      () => null,
      (error: unknown) => error,
    );
    expect(failure).toBeInstanceOf(NotionEngineError);
    expect(failure).toMatchObject({ code: 'listing_expired', params: { restarts: MAX_RESTARTS } });
    expect(childRequests().length - before).toBe(2 * (MAX_RESTARTS + 1));
  });

  it('stops at the page that holds what it looks for', async () => {
    const before = childRequests().length;
    const pages = await paginate(children, {
      until: (page) => page.results.some((block) => textOf(block) === '120'),
    });
    expect(pages).toHaveLength(2);
    expect(childRequests().length - before).toBe(2);
  });

  it('throws any other failure as it came, without starting over', async () => {
    const pages: string[] = [];
    const failure = await paginate(async (cursor) => {
      if (cursor !== undefined) {
        // The second page meets a server error, not an expired cursor.
        emulator.injectFault({
          method: 'GET',
          path: `/v1/blocks/${pageId}/children`,
          times: 1,
          action: { type: 'status', status: 500 },
        });
      }
      const page = await children(cursor);
      pages.push(cursor ?? 'first');
      return page;
    }).then(
      () => null,
      (error: unknown) => error,
    );
    expect(failure).toMatchObject({ status: 500, code: 'internal_server_error' });
    expect(isExpiredCursor(failure)).toBe(false);
    expect(pages).toEqual(['first']);
    const missing = await paginate((cursor) =>
      notion.blocks.children.list({ block_id: DEMO.ids.privatePage, start_cursor: cursor }),
    ).then(
      () => null,
      (error: unknown) => error,
    );
    expect(APIResponseError.isAPIResponseError(missing)).toBe(true);
    expect(missing).toMatchObject({ status: 404, code: 'object_not_found' });
  });

  it('refuses a listing that hands out the same cursor twice', async () => {
    const looping = async () => ({ results: [1], has_more: true, next_cursor: 'again' });
    await expect(paginate(looping)).rejects.toThrow(/cursor again twice/);
  });
});
