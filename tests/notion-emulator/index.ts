/**
 * The local Notion API emulator: a real HTTP server on 127.0.0.1 that answers the
 * 2026-03-11 endpoints the extension uses, as strictly as Notion, plus an admin API for
 * tests (faults, state, rate limits) and a viewer for people.
 *
 *   const emulator = await startEmulator({ seed: 'demo' });
 *   const notion = new Client({ auth: DEMO.integrations.main.secret, baseUrl: emulator.url,
 *                               notionVersion: '2026-03-11', retry: false });
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { handleAdmin } from './admin/routes.ts';
import { listPages, pageWithTree, type BlockTree, type PageFilter } from './admin/inspect.ts';
import { handleApi } from './api-server.ts';
import type { CursorExpiry } from './cursors.ts';
import { inProcessFetch } from './in-process.ts';
import type { FaultSpec, ActiveFault } from './faults.ts';
import { PAYLOAD_TOO_LARGE_HTML } from './errors.ts';
import { corsHeaders, readBody, sendJson, sendText } from './http-utils.ts';
import type { JsonObject } from './json.ts';
import { DEFAULT_RATE_LIMIT, type RateLimitConfig } from './rate-limit.ts';
import type { LoggedRequest } from './request-log.ts';
import { EmulatorState, type SeedChoice } from './state.ts';
import type { Workspace } from './workspace.ts';

export { DEMO, DEMO_SEED } from './demo-seed.ts';
export { countingIds, useIdSource } from './ids.ts';
export { EMPTY_SEED } from './state.ts';
export { NOTION_VERSION, RETRY_GUIDANCE } from './api-server.ts';
export { EmulatorAdmin } from './admin-client.ts';
export type { SeedSpec, SeedPage, SeedDatabase } from './seed.ts';
export type { FaultSpec, FaultAction, ActiveFault } from './faults.ts';
export type { RateLimitConfig } from './rate-limit.ts';
export type { CursorExpiry, CursorListing } from './cursors.ts';
export type { LoggedRequest } from './request-log.ts';
export type { BlockTree, PageFilter } from './admin/inspect.ts';

export interface EmulatorOptions {
  /** 0 or absent: a free port. */
  port?: number;
  /** Default 'demo'. A SeedSpec describes a custom workspace. */
  seed?: SeedChoice;
  /** Default 180 requests / 60 s per integration; false turns rate limiting off. */
  rateLimit?: RateLimitConfig | false;
  /** Milliseconds since the epoch; inject a fake clock to test rate limits without waiting. */
  now?: () => number;
  /**
   * Makes pagination cursors expire (search, data source queries, block children, users):
   * Notion's are session-scoped. Default: they never do.
   */
  cursorExpiry?: CursorExpiry | false;
  /**
   * Sees each `/v1` request's body as it arrives, before it is answered: the benchmark
   * keeps a capture's first request to send it again directly, as the floor it compares
   * the extension's time with.
   */
  observe?: (request: { method: string; path: string; body: Buffer; arrivedAt: number }) => void;
}

export interface RunningEmulator {
  /** `http://127.0.0.1:PORT`: the `baseUrl` for `@notionhq/client`. */
  url: string;
  port: number;
  close(): Promise<void>;
  /** Direct state access (same effects as the admin API, without HTTP). */
  reset(): void;
  seed(seed: SeedChoice): void;
  injectFault(fault: FaultSpec): ActiveFault;
  /** Faults not used up yet (one leaves the list when its last request arrives). */
  listFaults(): ActiveFault[];
  clearFaults(): void;
  setRateLimit(rateLimit: RateLimitConfig | false): void;
  /** Changes cursor expiry; cursors issued so far are forgotten. */
  setCursorExpiry(expiry: CursorExpiry | false): void;
  requestLog(): LoggedRequest[];
  listPages(filter?: PageFilter): JsonObject[];
  getPageTree(pageId: string): { page: JsonObject; blocks: BlockTree[] } | null;
  /** The live workspace (replaced on reset; read it through this getter). */
  readonly workspace: Workspace;
  /**
   * The `/v1` API in this process, without a socket (`in-process.ts`): for tests that
   * hold back answers to choose the order they arrive in. Pass it as the client's `fetch`.
   */
  fetch: typeof fetch;
}

function listen(server: Server, port: number): Promise<number> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => resolve((server.address() as AddressInfo).port));
  });
}

/** Starts an emulator on 127.0.0.1 and resolves once it accepts connections. */
export async function startEmulator(options: EmulatorOptions = {}): Promise<RunningEmulator> {
  const state = new EmulatorState(
    options.seed ?? 'demo',
    options.rateLimit ?? DEFAULT_RATE_LIMIT,
    options.now ?? Date.now,
    options.cursorExpiry ?? false,
  );
  const server = createServer((req, res) => {
    void (async () => {
      const url = new URL(req.url ?? '/', state.apiBase);
      const raw = await readBody(req);
      if (raw === null)
        return sendText(
          res,
          413,
          'text/html; charset=utf-8',
          PAYLOAD_TOO_LARGE_HTML,
          corsHeaders(req),
        );
      if (req.method === 'OPTIONS') {
        res.writeHead(204, corsHeaders(req));
        return res.end();
      }
      if (url.pathname.startsWith('/__emulator')) return handleAdmin(state, req, res, url, raw);
      options.observe?.({
        method: req.method ?? 'GET',
        path: url.pathname,
        body: raw,
        arrivedAt: Date.now(),
      });
      return handleApi(state, req, res, url, raw);
    })().catch((error: unknown) => {
      // An emulator bug must be loud in test output, yet still answer like Notion's 500.
      console.error('[notion-emulator] internal error:', error);
      if (!res.headersSent)
        sendJson(
          res,
          500,
          {
            object: 'error',
            status: 500,
            code: 'internal_server_error',
            message: 'Emulator internal error.',
          },
          corsHeaders(req),
        );
    });
  });
  // Only the client closes an idle connection. With Node's default (the server drops a
  // socket idle for 5 s), a test process busy for a few seconds (parsing a large page)
  // can reuse a socket the server already closed, and the next request fails with
  // ECONNRESET: a failure of the test bed under load, never of the extension.
  server.keepAliveTimeout = 0;
  const port = await listen(server, options.port ?? 0);
  state.apiBase = `http://127.0.0.1:${port}`;
  const sockets = new Set<import('node:net').Socket>();
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  return {
    url: state.apiBase,
    port,
    close: () =>
      new Promise<void>((resolve, reject) => {
        // Keep-alive sockets would hold close() open until they time out.
        for (const socket of sockets) socket.destroy();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
    reset: () => state.reset(),
    seed: (seed) => state.reseed(seed),
    injectFault: (fault) => state.faults.add(fault),
    listFaults: () => state.faults.list(),
    clearFaults: () => state.faults.clear(),
    setRateLimit: (rateLimit) => state.limiter.set(rateLimit),
    setCursorExpiry: (expiry) => state.cursors.set(expiry),
    requestLog: () => state.log.list(),
    listPages: (filter) => listPages(state.ws, filter),
    getPageTree: (pageId) => pageWithTree(state.ws, pageId),
    get workspace() {
      return state.ws;
    },
    fetch: inProcessFetch(state),
  };
}
