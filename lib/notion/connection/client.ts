/**
 * The one way to build a Notion client. Only the background worker calls it: Notion
 * sends no CORS headers, and secrets never leave the worker.
 */
import { Client, LogLevel, type Logger } from '@notionhq/client';
import { log } from '../../log';
import { isUnderApiBase, normalizeApiBase } from './api-base';
import { NotionEngineError } from '../errors/errors';

/** The API version every request declares (see notion-api.md: the SDK defaults older). */
export const NOTION_VERSION = '2026-03-11';

/**
 * Chrome stops an extension service worker when a fetch response takes more than 30 s
 * to arrive. Giving up at 25 s leaves the worker alive long enough to record the failure
 * in the durable queue, which then retries; a request killed with the worker would leave
 * nothing behind. Notion answers ordinary requests in well under a second.
 */
export const REQUEST_TIMEOUT_MS = 25_000;

// The SDK's timeout only stops waiting; the fetch itself runs on. Aborting it a little
// later frees the connection without racing the SDK's own, clearer timeout error.
const ABORT_GRACE_MS = 1_000;

/**
 * Runs one request when the connection's rate budget allows (`lib/queue/pacing/limiter.ts`):
 * every call of a client built with it waits its turn, whoever makes it.
 */
export type RequestLimit = <T>(send: () => Promise<T>) => Promise<T>;

type ClientOptions = NonNullable<ConstructorParameters<typeof Client>[0]>;
type RequestArgs = Parameters<Client['request']>[0];

/** A client whose every request (endpoint helpers included) goes through `limit`. */
class LimitedClient extends Client {
  constructor(
    options: ClientOptions,
    private readonly limit: RequestLimit,
  ) {
    super(options);
  }

  // Every endpoint method of the SDK calls `request`; its own timeout starts inside, so
  // the time spent waiting for a turn never counts against it.
  override request<ResponseBody extends object>(args: RequestArgs): Promise<ResponseBody> {
    return this.limit(() => super.request<ResponseBody>(args));
  }
}

export interface NotionClientOptions {
  secret: string;
  /** Defaults to Notion. Anything else is refused (loopback is allowed in the test build). */
  apiBase?: string;
  timeoutMs?: number;
  /** For tests; defaults to the global fetch. */
  fetch?: typeof fetch;
  /** The connection's limiter: every request waits its turn there. */
  limit?: RequestLimit;
}

const LEVELS: Record<LogLevel, 'debug' | 'info' | 'warn' | 'error'> = {
  [LogLevel.DEBUG]: 'debug',
  [LogLevel.INFO]: 'info',
  [LogLevel.WARN]: 'warn',
  [LogLevel.ERROR]: 'error',
};

const sdkLogger: Logger = (level, message, extraInfo) => {
  log[LEVELS[level]](`notion: ${message}`, extraInfo);
};

/**
 * A `@notionhq/client` bound to one connection: API version 2026-03-11, no retries of
 * its own (the durable queue is the only retry layer: in-memory retries die with the
 * worker), a timeout suited to a service worker, and every request checked to go to the
 * connection's API base before the secret leaves.
 */
export function createNotionClient(options: NotionClientOptions): Client {
  const apiBase = normalizeApiBase(options.apiBase);
  if (!apiBase) {
    throw new NotionEngineError(
      'api_base_refused',
      { apiBase: String(options.apiBase) },
      `Refusing to send a Notion secret to ${String(options.apiBase)}: only https://api.notion.com is allowed (and loopback addresses in the test build).`,
    );
  }
  const timeoutMs = options.timeoutMs ?? REQUEST_TIMEOUT_MS;
  const baseFetch = options.fetch ?? ((input, init) => globalThis.fetch(input, init));
  const guardedFetch: typeof fetch = (input, init) => {
    const url = input instanceof Request ? input.url : String(input);
    if (!isUnderApiBase(url, apiBase)) {
      return Promise.reject(
        new NotionEngineError('api_base_refused', { apiBase: url }, `Refusing request to ${url}`),
      );
    }
    const timeout = AbortSignal.timeout(timeoutMs + ABORT_GRACE_MS);
    // The SDK passes no signal of its own today; keep one if a later version does.
    const signal =
      init?.signal && typeof AbortSignal.any === 'function'
        ? AbortSignal.any([init.signal, timeout])
        : timeout;
    return baseFetch(input, { ...init, signal });
  };
  const clientOptions: ClientOptions = {
    auth: options.secret,
    baseUrl: apiBase,
    notionVersion: NOTION_VERSION,
    retry: false,
    timeoutMs,
    fetch: guardedFetch,
    logger: sdkLogger,
    // Debug lines carry whole response bodies, i.e. the user's page content.
    logLevel: LogLevel.WARN,
  };
  return options.limit
    ? new LimitedClient(clientOptions, options.limit)
    : new Client(clientOptions);
}
