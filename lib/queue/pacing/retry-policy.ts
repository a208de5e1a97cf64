/**
 * What to do after a failed request: the one retry layer of the extension (the Notion
 * client is built with `retry: false`). Pure: the failure, the attempt count and a
 * random number in, a decision out.
 */
import { APIErrorCode, ClientErrorCode } from '@notionhq/client';
import type { StoredError } from '../../notion/errors/errors';

export interface RetryPolicy {
  /** First backoff ceiling; it doubles per attempt (full jitter picks below it). */
  baseDelayMs: number;
  maxDelayMs: number;
  /** Failures in a row before a capture is parked as "needs attention". */
  maxAttempts: number;
  /** Wait when a 429 or 529 names no `Retry-After`. */
  defaultRetryAfterMs: number;
  /**
   * After a timeout the request may still be running at Notion: wait this long before
   * looking whether it was saved, or the look may come too early and the write twice.
   */
  settleMs: number;
  /**
   * How often to look at the network again while offline. Service workers get no
   * `online` event in every browser, so a timer (and the wake alarm behind it) checks
   * `navigator.onLine`; nothing is sent, and no attempt is spent, until it says online.
   */
  offlineRecheckMs: number;
}

export const DEFAULT_POLICY: RetryPolicy = {
  baseDelayMs: 1_000,
  maxDelayMs: 5 * 60_000,
  maxAttempts: 10,
  defaultRetryAfterMs: 30_000,
  settleMs: 60_000,
  offlineRecheckMs: 5_000,
};

export type RetryDecision =
  /** Try again after `delayMs`; `verify`: the write may have happened, look first. */
  | { kind: 'retry'; delayMs: number; verify: boolean }
  /** Notion asked to slow down: pause the connection for exactly `delayMs`. */
  | { kind: 'rate_limited'; delayMs: number }
  /** No network: wait for it, without spending attempts. */
  | { kind: 'offline' }
  /** The secret is refused: every capture of the connection waits for a new one. */
  | { kind: 'reconnect' }
  /** Retrying cannot help: park the capture with its error. */
  | { kind: 'fail' };

const TRANSIENT_STATUS = new Set([500, 502, 503, 504]);
const TRANSIENT_CODES = new Set<string>([
  ClientErrorCode.RequestTimeout,
  'network_error',
  APIErrorCode.ConflictError,
  // A listing whose cursors kept expiring (lib/notion/api/paginate.ts) reads fine later.
  'listing_expired',
]);

/** Full-jitter exponential backoff: uniform in [0, min(max, base·2^attempt)). */
export function backoffMs(policy: RetryPolicy, attempt: number, random: () => number): number {
  const ceiling = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** Math.max(0, attempt));
  return Math.floor(random() * ceiling);
}

/**
 * Decides after `error`. `attempt`: failures of this step so far, this one included;
 * `write`: the request creates something (a read can simply be repeated).
 */
export function decide(
  error: StoredError,
  attempt: number,
  write: boolean,
  policy: RetryPolicy,
  random: () => number,
): RetryDecision {
  if (error.code === 'offline') return { kind: 'offline' };
  if (error.status === 401) return { kind: 'reconnect' };
  // 413: the body is over Notion's size limit. The same request would be refused again.
  if (error.status === 413) return { kind: 'fail' };
  if (error.status === 429 || error.status === 529) {
    // A blocked integration stays blocked whatever the wait.
    if (error.additional_data?.rate_limit_reason === 'public_api_request_blocked') {
      return { kind: 'fail' };
    }
    const seconds = error.retry_after_seconds;
    const delayMs =
      seconds === null || seconds === undefined ? policy.defaultRetryAfterMs : seconds * 1000;
    return { kind: 'rate_limited', delayMs };
  }
  const transient =
    (error.status !== null && TRANSIENT_STATUS.has(error.status)) ||
    (error.status === null && TRANSIENT_CODES.has(error.code)) ||
    error.code === APIErrorCode.ConflictError;
  if (!transient || attempt >= policy.maxAttempts) return { kind: 'fail' };
  const jitter = backoffMs(policy, attempt - 1, random);
  // No answer, or a gateway that stopped waiting: Notion may still be at work on it.
  const mayStillRun =
    error.code === ClientErrorCode.RequestTimeout ||
    error.code === 'network_error' ||
    error.status === 504;
  return {
    kind: 'retry',
    delayMs: mayStillRun && write ? Math.max(jitter, policy.settleMs) : jitter,
    verify: write,
  };
}
