/**
 * Failures as data. `NotionEngineError` is what the engine itself throws (a malformed
 * secret, a refused API base, an object not shared with the integration…);
 * `StoredError` is the plain, JSON-safe record of any failure that the durable queue
 * keeps and `describeError` turns into sentences later, after the worker restarted.
 */
import {
  APIErrorCode,
  APIResponseError,
  ClientErrorCode,
  RequestTimeoutError,
  UnknownHTTPResponseError,
  isNotionClientError,
} from '@notionhq/client';
import { redactText } from '../../log';
import { capabilityFor } from './capability';
import { PlanError } from '../plan/tree';
import type { SecretProblem } from '../connection/secret';

/** What an integration may be allowed to do (Notion's "capabilities"). */
export type Capability = 'read_content' | 'update_content' | 'insert_content' | 'read_users';

/** Codes of the engine's own failures, with the details each one carries. */
export interface EngineErrorParams {
  /** The pasted secret does not look like one; nothing was sent. */
  secret_format: { problem: SecretProblem };
  /** The API base is neither Notion nor this machine; nothing was sent. */
  api_base_refused: { apiBase: string };
  /** Notion answered 404: the object is missing or not shared with the integration. */
  not_shared: { integration: string };
  /** Notion answered 403 for something the integration is not allowed to do. */
  missing_capability: { capability: Capability };
  /** The id names something that cannot receive captures (a block, a trashed page…). */
  not_a_target: { id: string };
  /** The data source has no property that can hold the page address. */
  no_url_property: Record<string, never>;
  /** A listing's cursors kept expiring (Notion's session-scoped cursors); restarts ran out. */
  listing_expired: { restarts: number };
}

export type EngineErrorCode = keyof EngineErrorParams;

/** An engine failure that `describeError` explains; the background can simply throw it. */
export class NotionEngineError<C extends EngineErrorCode = EngineErrorCode> extends Error {
  override readonly name = 'NotionEngineError';
  constructor(
    readonly code: C,
    readonly params: EngineErrorParams[C],
    message: string = code,
  ) {
    super(message);
  }
}

/** The plain record of a failure: survives `JSON.stringify` and a worker restart. */
export interface StoredError {
  /** HTTP status when Notion (or something in front of it) answered; null otherwise. */
  status: number | null;
  /**
   * Notion's `code` (`rate_limited`, `bad_gateway`…), a `ClientErrorCode`, an
   * `EngineErrorCode`, or `network_error` / `offline` / `unknown`.
   */
  code: string;
  /** The original message, secrets redacted. Never shown as is: it goes into `raw`. */
  message: string;
  additional_data?: Record<string, string | string[]> | null;
  /** Notion's `Retry-After`, in seconds, for 429 and 529. */
  retry_after_seconds?: number | null;
  request_id?: string | null;
  /** Details of an engine error (`EngineErrorParams`). */
  params?: Record<string, string> | null;
}

/** True for a value shaped like a `StoredError` (e.g. read back from storage). */
export function isStoredError(value: unknown): value is StoredError {
  if (typeof value !== 'object' || value === null || value instanceof Error) return false;
  const record = value as Record<string, unknown>;
  return (
    typeof record.code === 'string' &&
    typeof record.message === 'string' &&
    (record.status === null || typeof record.status === 'number')
  );
}

function header(headers: unknown, name: string): string | undefined {
  if (typeof Headers !== 'undefined' && headers instanceof Headers) {
    return headers.get(name) ?? undefined;
  }
  if (typeof headers !== 'object' || headers === null) return undefined;
  const entry = Object.entries(headers).find(([key]) => key.toLowerCase() === name);
  return typeof entry?.[1] === 'string' ? entry[1] : undefined;
}

function retryAfterSeconds(headers: unknown): number | null {
  const value = header(headers, 'retry-after');
  if (value === undefined) return null;
  const seconds = Number(value);
  if (Number.isFinite(seconds) && seconds >= 0) return Math.ceil(seconds);
  const date = Date.parse(value);
  return Number.isNaN(date) ? null : Math.max(0, Math.ceil((date - Date.now()) / 1000));
}

// Codes the SDK does not know (`bad_gateway`, `missing_version`…) arrive as an
// UnknownHTTPResponseError; the body still says what Notion meant.
function parseErrorBody(body: string): {
  code?: string;
  message?: string;
  additional_data?: StoredError['additional_data'];
} {
  try {
    const parsed: unknown = JSON.parse(body);
    if (typeof parsed !== 'object' || parsed === null) return {};
    const record = parsed as Record<string, unknown>;
    return {
      code: typeof record.code === 'string' ? record.code : undefined,
      message: typeof record.message === 'string' ? record.message : undefined,
      additional_data:
        typeof record.additional_data === 'object'
          ? (record.additional_data as StoredError['additional_data'])
          : undefined,
    };
  } catch {
    return {};
  }
}

function isOffline(): boolean {
  return typeof navigator !== 'undefined' && navigator.onLine === false;
}

/** What the failed request was, when the caller knows (it sharpens a 403's description). */
export interface RequestContext {
  method: string;
  path: string;
}

/**
 * Turns anything thrown into the record the queue stores. With the request's method and
 * path, a 403 records which capability the integration lacks.
 */
export function toStoredError(error: unknown, request?: RequestContext): StoredError {
  const stored = storedOf(error);
  if (request && stored.code === APIErrorCode.RestrictedResource && !stored.params?.capability) {
    stored.params = { ...stored.params, capability: capabilityFor(request.method, request.path) };
  }
  return stored;
}

function storedOf(error: unknown): StoredError {
  if (isStoredError(error)) return { ...error, message: redactText(error.message) };
  // The planner refuses a capture no request can carry (a block over 500 KB).
  if (error instanceof PlanError) {
    return { status: null, code: error.code, message: redactText(error.message) };
  }
  if (error instanceof NotionEngineError) {
    const params = Object.fromEntries(
      Object.entries(error.params as Record<string, unknown>).map(([k, v]) => [k, String(v)]),
    );
    return { status: null, code: error.code, message: redactText(error.message), params };
  }
  if (APIResponseError.isAPIResponseError(error)) {
    return {
      status: error.status,
      code: error.code,
      message: redactText(error.message),
      additional_data: error.additional_data ?? null,
      retry_after_seconds: retryAfterSeconds(error.headers),
      request_id: error.request_id ?? null,
    };
  }
  if (UnknownHTTPResponseError.isUnknownHTTPResponseError(error)) {
    const body = parseErrorBody(error.body);
    return {
      status: error.status,
      code: body.code ?? error.code,
      message: redactText(body.message ?? error.message),
      additional_data: body.additional_data ?? null,
      retry_after_seconds: retryAfterSeconds(error.headers),
      request_id: error.request_id ?? null,
    };
  }
  if (RequestTimeoutError.isRequestTimeoutError(error)) {
    return { status: null, code: ClientErrorCode.RequestTimeout, message: error.message };
  }
  if (isNotionClientError(error)) {
    return { status: null, code: error.code, message: redactText(error.message) };
  }
  const name = error instanceof Error || error instanceof DOMException ? error.name : '';
  const message = redactText(error instanceof Error ? error.message : String(error));
  // Our fetch wrapper aborts a request that outlived the timeout (see client.ts).
  if (name === 'TimeoutError' || name === 'AbortError') {
    return { status: null, code: ClientErrorCode.RequestTimeout, message };
  }
  // fetch rejects with a TypeError when no HTTP answer came back at all.
  if (error instanceof TypeError) {
    return { status: null, code: isOffline() ? 'offline' : 'network_error', message };
  }
  return { status: null, code: isOffline() ? 'offline' : 'unknown', message };
}
