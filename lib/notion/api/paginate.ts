/**
 * Every page of a Notion listing (search, a data source query, block children, users),
 * read again from the start when Notion says a cursor expired.
 *
 * Why restart rather than fail: since 2026-04-22 search and query cursors are scoped to a
 * session, so a listing read slowly (under the rate limiter, or while the worker waits)
 * can meet `400 validation_error "The start_cursor provided is invalid: …"` halfway. A
 * cursor cannot be renewed, so the only way on is a fresh pass from the first page; the
 * restarts are bounded, so a listing that keeps expiring ends in a sentence, not a loop.
 */
import { APIErrorCode, APIResponseError } from '@notionhq/client';
import { NotionEngineError } from '../errors/errors';

/** What every paginated Notion answer carries. */
export interface ListPage {
  results: readonly unknown[];
  has_more: boolean;
  next_cursor: string | null;
}

/** Fresh passes allowed after the first one meets an expired cursor. */
export const MAX_RESTARTS = 3;

export interface PaginateOptions<P extends ListPage> {
  /** Stops after the first page for which this is true (a search that found its item). */
  until?: (page: P) => boolean;
  /** Fresh passes allowed after an expired cursor (default `MAX_RESTARTS`). */
  maxRestarts?: number;
}

/** True for Notion's answer to a cursor it no longer (or never) knew. */
export function isExpiredCursor(error: unknown): boolean {
  return (
    APIResponseError.isAPIResponseError(error) &&
    error.code === APIErrorCode.ValidationError &&
    /start_cursor provided is invalid/i.test(error.message)
  );
}

/**
 * The pages of one complete pass over a listing, in order. `fetchPage` asks for the page
 * at `startCursor` (the first page when undefined). Any failure other than an expired
 * cursor is thrown as it came; a listing whose cursors expire more than `maxRestarts`
 * times in a row ends in `NotionEngineError('listing_expired')`.
 */
export async function paginate<P extends ListPage>(
  fetchPage: (startCursor: string | undefined) => Promise<P>,
  options: PaginateOptions<P> = {},
): Promise<P[]> {
  const maxRestarts = options.maxRestarts ?? MAX_RESTARTS;
  for (let restarts = 0; ; restarts++) {
    const pages: P[] = [];
    const seen = new Set<string>();
    let cursor: string | undefined;
    try {
      do {
        const page = await fetchPage(cursor);
        pages.push(page);
        if (options.until?.(page)) return pages;
        cursor = page.has_more && page.next_cursor ? page.next_cursor : undefined;
        // A cursor handed out twice in one pass would page forever.
        if (cursor !== undefined && seen.has(cursor))
          throw new Error(`Notion handed out the cursor ${cursor} twice in one listing.`);
        if (cursor !== undefined) seen.add(cursor);
      } while (cursor !== undefined);
      return pages;
    } catch (error) {
      // The first page takes no cursor: its failures are not about cursors.
      if (cursor === undefined || !isExpiredCursor(error)) throw error;
      if (restarts >= maxRestarts) {
        throw new NotionEngineError(
          'listing_expired',
          { restarts },
          'The listing’s cursors kept expiring.',
        );
      }
    }
  }
}

/** The results of every page of a listing, in order (see `paginate`). */
export async function collectAll<P extends ListPage>(
  fetchPage: (startCursor: string | undefined) => Promise<P>,
  options: PaginateOptions<P> = {},
): Promise<P['results'][number][]> {
  return (await paginate(fetchPage, options)).flatMap((page) => [...page.results]);
}
