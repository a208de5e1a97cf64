/**
 * Pagination cursors as Notion hands them out: opaque, tied to one listing, and (since
 * 2026-04-22, for search and queries) scoped to a session, so that a slow reader can meet
 * `The start_cursor provided is invalid: …` halfway through. By default cursors here never
 * expire; a `CursorExpiry` makes them, so tests can prove that every paginated loop
 * recovers (restarts or resumes) instead of failing.
 */
import { ApiError } from './errors.ts';
import { newId } from './ids.ts';

/** The four listings the emulator paginates. */
export type CursorListing = 'search' | 'query' | 'children' | 'users';

export const CURSOR_LISTINGS: readonly CursorListing[] = ['search', 'query', 'children', 'users'];

export interface CursorExpiry {
  /** A cursor answers "invalid" once it was used this many times (1: each works once). */
  maxUses?: number;
  /** A cursor answers "invalid" this many milliseconds (emulator clock) after it was issued. */
  maxAgeMs?: number;
  /**
   * The next N cursors presented answer "invalid" whatever else holds, then cursors work
   * again: "expired on the very next page", N times over.
   */
  failNext?: number;
  /** Which listings expire; all four when absent. */
  listings?: CursorListing[];
}

interface IssuedCursor {
  listing: CursorListing;
  /** What the listing is of (a block, a data source, the workspace). */
  scope: string;
  /** The id of the first item of the page the cursor opens. */
  nextId: string;
  issuedAt: number;
  uses: number;
}

/** Issued cursors kept at most; the oldest are forgotten (and then answer "invalid"). */
const MAX_CURSORS = 10_000;

export function invalidCursor(cursor: string): ApiError {
  return new ApiError(400, 'validation_error', `The start_cursor provided is invalid: ${cursor}`);
}

/** Checks an expiry setting (from the admin API or an option); throws a sentence if wrong. */
export function checkCursorExpiry(value: unknown): CursorExpiry | false {
  if (value === false) return false;
  if (typeof value !== 'object' || value === null || Array.isArray(value))
    throw new Error('Cursor expiry must be {maxUses?, maxAgeMs?, failNext?, listings?} or false.');
  const spec = value as Record<string, unknown>;
  for (const key of Object.keys(spec)) {
    if (!['maxUses', 'maxAgeMs', 'failNext', 'listings'].includes(key))
      throw new Error(`Cursor expiry has no setting "${key}".`);
  }
  for (const key of ['maxUses', 'maxAgeMs', 'failNext'] as const) {
    const n = spec[key];
    if (n !== undefined && (!Number.isInteger(n) || (n as number) < 0))
      throw new Error(`Cursor expiry ${key} must be a whole number ≥ 0.`);
  }
  const listings = spec.listings;
  if (
    listings !== undefined &&
    (!Array.isArray(listings) ||
      listings.some((l) => !CURSOR_LISTINGS.includes(l as CursorListing)))
  ) {
    throw new Error(`Cursor expiry listings must be some of ${CURSOR_LISTINGS.join(', ')}.`);
  }
  return spec as CursorExpiry;
}

export class CursorBook {
  private readonly issued = new Map<string, IssuedCursor>();
  private expiry: CursorExpiry | false;
  private failuresLeft: number;

  constructor(
    expiry: CursorExpiry | false,
    private readonly now: () => number,
  ) {
    this.expiry = checkCursorExpiry(expiry);
    this.failuresLeft = this.expiry ? (this.expiry.failNext ?? 0) : 0;
  }

  get current(): CursorExpiry | false {
    return this.expiry;
  }

  /** Replaces the setting; issued cursors are forgotten and `failNext` starts over. */
  set(expiry: CursorExpiry | false): void {
    this.expiry = checkCursorExpiry(expiry);
    this.failuresLeft = this.expiry ? (this.expiry.failNext ?? 0) : 0;
    this.issued.clear();
  }

  /** A new cursor for the page of `listing` over `scope` that starts at item `nextId`. */
  issue(listing: CursorListing, scope: string, nextId: string): string {
    const cursor = newId();
    this.issued.set(cursor, { listing, scope, nextId, issuedAt: this.now(), uses: 0 });
    if (this.issued.size > MAX_CURSORS) {
      const oldest = this.issued.keys().next().value;
      if (oldest !== undefined) this.issued.delete(oldest);
    }
    return cursor;
  }

  /** The item id `cursor` opens at, or Notion's 400 when it is unknown, foreign or expired. */
  redeem(cursor: string, listing: CursorListing, scope: string): string {
    const entry = this.issued.get(cursor);
    if (!entry || entry.listing !== listing || entry.scope !== scope) throw invalidCursor(cursor);
    entry.uses += 1;
    const expiry = this.expiry;
    if (expiry && (expiry.listings ?? CURSOR_LISTINGS).includes(listing)) {
      if (this.failuresLeft > 0) {
        this.failuresLeft -= 1;
        throw invalidCursor(cursor);
      }
      if (expiry.maxUses !== undefined && entry.uses > expiry.maxUses) throw invalidCursor(cursor);
      if (expiry.maxAgeMs !== undefined && this.now() - entry.issuedAt > expiry.maxAgeMs)
        throw invalidCursor(cursor);
    }
    return entry.nextId;
  }
}
