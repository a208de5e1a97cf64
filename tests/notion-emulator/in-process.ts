/**
 * The emulator's `/v1` API without a socket: a `fetch` that hands the request to the
 * same pipeline the HTTP server uses, in this process. Tests that choose the order in
 * which answers arrive (fast-check's scheduler) need every answer to come from a
 * promise they can hold; a real socket would add timing no test controls.
 *
 * The request is handled when `fetch` is called, as Notion handles it on arrival; only
 * its answer can be held back. A dropped connection rejects as a browser's fetch does.
 * JSON bodies and answers never go through web streams, whose reads take turns of the
 * event loop: every step is a microtask, so a seeded schedule replays the same way.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { handleApi } from './api-server.ts';
import type { EmulatorState } from './state.ts';

export function inProcessFetch(state: EmulatorState): typeof fetch {
  return async (input, init) => {
    const url = new URL(input instanceof Request ? input.url : String(input));
    const method = (init?.method ?? 'GET').toUpperCase();
    const headers: Record<string, string> = {};
    new Headers(init?.headers).forEach((value, key) => (headers[key.toLowerCase()] = value));
    let raw: Buffer;
    if (typeof init?.body === 'string' || init?.body == null) raw = Buffer.from(init?.body ?? '');
    else {
      // Multipart uploads: let the platform frame the form (and name its boundary).
      const request = new Request(url, { method, headers: init.headers, body: init.body });
      raw = Buffer.from(await request.arrayBuffer());
      headers['content-type'] = request.headers.get('content-type') ?? '';
    }
    let status = 0;
    let answerHeaders: Record<string, string | number> = {};
    let body: Buffer = Buffer.alloc(0);
    let dropped = false;
    const req = { method, headers, url: url.pathname + url.search };
    const res = {
      headersSent: false,
      writeHead(code: number, values: Record<string, string | number>) {
        status = code;
        answerHeaders = values;
        res.headersSent = true;
        return res;
      },
      end(chunk?: string | Buffer) {
        if (chunk !== undefined) body = Buffer.from(chunk);
        return res;
      },
      socket: { destroy: () => (dropped = true) },
    };
    await handleApi(
      state,
      req as unknown as IncomingMessage,
      res as unknown as ServerResponse,
      url,
      raw,
    );
    if (dropped) throw new TypeError('fetch failed: the connection was closed');
    const responseHeaders = new Headers();
    for (const [key, value] of Object.entries(answerHeaders)) {
      responseHeaders.set(key, String(value));
    }
    const text = body.toString('utf8');
    // What the SDK reads of an answer, without a body stream.
    const answer = {
      ok: status >= 200 && status < 300,
      status,
      statusText: '',
      url: url.href,
      headers: responseHeaders,
      text: async () => text,
      json: async () => JSON.parse(text) as unknown,
    };
    return answer as unknown as Response;
  };
}
