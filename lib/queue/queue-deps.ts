/**
 * What the queue needs from the world, and what it tells it. The background passes
 * the real ones (`shell.ts`); tests pass the emulator's client and a memory store.
 */
import type { Client } from '@notionhq/client';
import type { StoredError } from '../notion/errors/errors';
import type { PropertyInputs } from '../notion/types';
import type { Clock } from './pacing/clock';
import type { FetchImage } from './images/fetch-image';
import type { RateBudget, RateLimiter } from './pacing/limiter';
import type { PropertyDeps } from './runner/repair';
import type { RetryPolicy } from './pacing/retry-policy';
import type { HistoryEntry, JobStatus, QueueStore } from './types';

export type QueueEvent =
  | { type: 'saved'; entry: HistoryEntry }
  | { type: 'needs_attention'; entry: HistoryEntry }
  /** Something changed that the badge or an open popup may show. */
  | { type: 'changed' };

export interface QueueDeps {
  store: QueueStore;
  /** A client built with `retry: false` (this queue is the one retry layer). */
  clientFor(connectionId: string): Promise<Client>;
  clock?: Clock;
  random?: () => number;
  policy?: Partial<RetryPolicy>;
  /**
   * The connection's limiter, shared with every other caller of the connection (the
   * pages' reads): one budget per connection. Default: the queue's own, at `budgetFor`.
   */
  limiterFor?(connectionId: string): RateLimiter;
  /** The budget of the queue's own limiters. Default: Notion's 3 requests per second. */
  budgetFor?(connectionId: string): RateBudget;
  /** For data source targets: building properties and repairing them after a 400. */
  properties?: PropertyDeps;
  isOnline?(): boolean;
  /** Notion refused the secret (401): the connection needs a new one. */
  onUnauthorized?(connectionId: string, error: StoredError): void;
  onEvent?(event: QueueEvent): void;
  /** A safety net for waits the service worker may not live through (an alarm). */
  scheduleWake?(at: number): void;
  /** Captures of one connection in progress at once (they share its rate limit). */
  concurrency?: number;
  newId?(): string;
  /**
   * The workspace's upload cap (`Connection.maxUploadBytes`): a screenshot over it is
   * refused before it is queued, larger images stay linked. Default: unknown (null).
   */
  uploadLimit?(connectionId: string): Promise<number | null>;
  /** Fetches a page image at send time; default: the worker's `fetch` (`fetch-image.ts`). */
  fetchImage?: FetchImage;
}

/** Changes a person may make to a failed capture before retrying it. */
export interface CaptureEdit {
  title?: string;
  inputs?: PropertyInputs;
}

/** Statuses of captures still on their way to Notion. */
export const ACTIVE: ReadonlySet<JobStatus> = new Set(['queued', 'saving', 'waiting']);
