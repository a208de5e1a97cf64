/** Low-level HTTP helpers: bodies, JSON answers, CORS. */
import type { IncomingMessage, ServerResponse } from 'node:http';

/** Uploads may be up to the 5 MiB workspace cap plus multipart framing; refuse far larger bodies. */
export const MAX_RAW_BODY = 25 * 1024 * 1024;

export async function readBody(req: IncomingMessage): Promise<Buffer | null> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    const buf = chunk as Buffer;
    size += buf.length;
    if (size > MAX_RAW_BODY) return null;
    chunks.push(buf);
  }
  return Buffer.concat(chunks);
}

const LOOPBACK_NAMES = new Set(['127.0.0.1', 'localhost', '[::1]']);

/** True when the `Host` header names this computer (not a name a web page rebound to it). */
export function isLoopbackHost(host: string | undefined): boolean {
  if (!host) return false;
  try {
    return LOOPBACK_NAMES.has(new URL(`http://${host}`).hostname);
  } catch {
    return false;
  }
}

/** A browser extension's origin: the only web origins the emulator answers CORS for. */
export function isExtensionOrigin(origin: string | undefined): origin is string {
  return typeof origin === 'string' && /^(chrome|moz)-extension:\/\/[a-z0-9-]+$/i.test(origin);
}

/**
 * CORS on every answer, errors included, for extension origins only: the test build's
 * service worker calls the emulator from `chrome-extension://…` (`moz-extension://…`)
 * with Authorization and Notion-Version. A web page gets no CORS headers, so a site open
 * in the demo browser cannot read what the emulator answers.
 */
export function corsHeaders(req: IncomingMessage): Record<string, string> {
  const origin = req.headers.origin;
  if (!isExtensionOrigin(origin)) return { vary: 'Origin' };
  const headers: Record<string, string> = {
    'access-control-allow-origin': origin,
    'access-control-allow-methods': 'GET, POST, PATCH, DELETE, OPTIONS',
    'access-control-allow-headers':
      req.headers['access-control-request-headers'] ??
      'authorization, notion-version, content-type',
    'access-control-expose-headers': 'retry-after, x-notion-request-id',
    'access-control-max-age': '600',
    vary: 'Origin, Access-Control-Request-Headers',
  };
  // Chrome's Private Network Access preflight for loopback targets.
  if (req.headers['access-control-request-private-network'] === 'true') {
    headers['access-control-allow-private-network'] = 'true';
  }
  return headers;
}

export function sendJson(
  res: ServerResponse,
  status: number,
  body: unknown,
  headers: Record<string, string> = {},
): void {
  const text = JSON.stringify(body);
  res.writeHead(status, {
    ...headers,
    'content-type': 'application/json; charset=utf-8',
    'content-length': Buffer.byteLength(text),
  });
  res.end(text);
}

export function sendText(
  res: ServerResponse,
  status: number,
  contentType: string,
  body: string | Buffer,
  headers: Record<string, string> = {},
): void {
  res.writeHead(status, {
    ...headers,
    'content-type': contentType,
    'content-length': Buffer.byteLength(body),
  });
  res.end(body);
}

export function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
