/**
 * Where a connection's requests may go. A secret is sent with every request, so the API
 * base is a security boundary: Notion itself and nothing else, not even another https
 * host that claims to be a Notion proxy. Only the test build (`IS_TEST_BUILD`) also
 * accepts the local emulator on this machine, for the demo and the tests; the production
 * build refuses loopback addresses, so no page, file or person can point a secret there.
 */
import { IS_TEST_BUILD } from '../../build-mode';

export const NOTION_API_BASE = 'https://api.notion.com';

const LOOPBACK_HOSTS = new Set(['127.0.0.1', 'localhost', '[::1]']);

export interface ApiBaseRule {
  /** Accept `http://` loopback addresses (the emulator). Default: only in the test build. */
  allowLoopback?: boolean;
}

/**
 * The canonical form (`scheme://host[:port]`, no trailing slash) of an allowed API base,
 * or null when the address is not allowed. An empty value means Notion.
 */
export function normalizeApiBase(
  input: string | undefined | null,
  { allowLoopback = IS_TEST_BUILD }: ApiBaseRule = {},
): string | null {
  const text = (input ?? '').trim();
  if (text === '') return NOTION_API_BASE;
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return null;
  }
  // The SDK appends `/v1/…` itself; a base with a path, query or credentials would
  // either break every request or hide where they go.
  if (url.username || url.password || url.search || url.hash) return null;
  if (url.pathname !== '/' && url.pathname !== '/v1' && url.pathname !== '/v1/') return null;
  if (url.protocol === 'https:' && url.hostname === 'api.notion.com' && url.port === '') {
    return NOTION_API_BASE;
  }
  if (allowLoopback && url.protocol === 'http:' && LOOPBACK_HOSTS.has(url.hostname)) {
    return url.origin;
  }
  return null;
}

/** True when `url` (a full request URL) goes to `apiBase`'s `/v1/` and nowhere else. */
export function isUnderApiBase(url: string, apiBase: string): boolean {
  try {
    const parsed = new URL(url);
    return parsed.origin === new URL(apiBase).origin && parsed.pathname.startsWith('/v1/');
  } catch {
    return false;
  }
}
