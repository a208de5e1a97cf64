/**
 * Notion's cursor pagination: `page_size` 1–100 (default 100), an opaque `start_cursor`,
 * and `has_more` / `next_cursor` in the answer. Cursors come from the `CursorBook`, which
 * ties each to its listing and may make it expire.
 */
import { invalidCursor, type CursorBook, type CursorListing } from '../cursors.ts';
import { checkMax, fail } from '../validate/check.ts';

export interface PageRequest {
  startCursor: string | undefined;
  pageSize: number;
}

/** Reads `page_size` / `start_cursor` from a JSON body (`where` = 'body') or the query string. */
export function pageRequest(
  source: Record<string, unknown> | URLSearchParams,
  where: 'body' | 'query',
): PageRequest {
  const get = (k: string): unknown =>
    source instanceof URLSearchParams ? (source.get(k) ?? undefined) : source[k];
  let size = get('page_size');
  if (where === 'query' && typeof size === 'string') size = Number(size);
  let pageSize = 100;
  if (size !== undefined) {
    if (typeof size !== 'number' || !Number.isInteger(size) || size < 1)
      fail(`${where}.page_size`, 'a positive integer', size);
    checkMax(size, 100, `${where}.page_size`);
    pageSize = size;
  }
  const cursor = get('start_cursor');
  if (cursor !== undefined && cursor !== null && typeof cursor !== 'string')
    fail(`${where}.start_cursor`, 'a string', cursor);
  return { startCursor: typeof cursor === 'string' ? cursor : undefined, pageSize };
}

/** Which listing a page belongs to: cursors work only where they were handed out. */
export interface Listing {
  book: CursorBook;
  listing: CursorListing;
  /** What is listed: a block's id, a data source's id, or the workspace. */
  scope: string;
}

export function paginate<T>(
  items: T[],
  req: PageRequest,
  idOf: (item: T) => string,
  where: Listing,
): { page: T[]; next: string | null } {
  let start = 0;
  if (req.startCursor !== undefined) {
    const nextId = where.book.redeem(req.startCursor, where.listing, where.scope);
    start = items.findIndex((item) => idOf(item) === nextId);
    // The item the cursor opened at is gone (deleted, filtered out): the cursor is void.
    if (start < 0) throw invalidCursor(req.startCursor);
  }
  const page = items.slice(start, start + req.pageSize);
  const nextItem = items[start + req.pageSize];
  return {
    page,
    next:
      nextItem === undefined ? null : where.book.issue(where.listing, where.scope, idOf(nextItem)),
  };
}
