/**
 * What is kept about a page's highlights in Notion: the synced state. The desired state
 * is the page's highlights (`stored/`); the planner (`plan.ts`) compares the two and the
 * engine (`engine.ts`) sends the difference, one request at a time, checkpointing here
 * before and after each one. Plain JSON, one storage key per page beside its highlights.
 */
import type { StoredError } from '../../notion/errors/errors';
import type { HighlightColor } from '../model';

/** What Notion's block of one highlight shows, as last confirmed. */
export interface SyncedBlock {
  blockId: string;
  /**
   * The colour and note the block has. Null when an update's answer never came: the
   * block may show either version, so the next plan sends the current one again.
   */
  color: HighlightColor | null;
  note: string | null;
}

/** A highlight as an append carries it. */
export interface AppendItem {
  id: string;
  color: HighlightColor;
  note: string | null;
}

/** One request of a sync. */
export type SyncOp =
  /** Several new highlights in one request, in the page's order. */
  | { kind: 'append'; items: AppendItem[] }
  | { kind: 'update'; id: string; blockId: string; color: HighlightColor; note: string | null }
  | { kind: 'delete'; id: string; blockId: string };

/** The Notion page a page's highlights go to. */
export interface SyncedPage {
  connectionId: string;
  pageId: string;
  pageUrl: string;
}

export const HIGHLIGHT_SYNC_VERSION = 1;

/** The synced state of one page. */
export interface PageSync {
  version: typeof HIGHLIGHT_SYNC_VERSION;
  /** The page's key (`highlightPageUrl`). */
  url: string;
  /** Where its highlights go; null until its Notion page is known (or made). */
  notion: SyncedPage | null;
  /** Block of each highlight Notion has, by highlight id. */
  blocks: Record<string, SyncedBlock>;
  /**
   * The request sent and not answered yet. If the worker stops or the connection drops,
   * its outcome is unknown: it is looked up in Notion before anything else is sent.
   */
  inFlight: { op: SyncOp; sentAt: number } | null;
  /** Failures in a row (the backoff grows with them). */
  attempts: number;
  /** Earliest time to send again (epoch ms). */
  notBefore: number | null;
  /** Why the last attempt failed; null after a success. */
  error: StoredError | null;
}

/** The synced state of a page nothing was sent for yet. */
export function emptySync(url: string): PageSync {
  return {
    version: HIGHLIGHT_SYNC_VERSION,
    url,
    notion: null,
    blocks: {},
    inFlight: null,
    attempts: 0,
    notBefore: null,
    error: null,
  };
}
