/**
 * What the popup can do with a tab's address before it tries anything: capture the page,
 * only save it as a bookmark, or nothing at all. Browsers keep their own pages, their
 * extension stores and the PDF viewer closed to extensions; a store page or a PDF still
 * has a public web address worth bookmarking, a settings page does not.
 */

export type Capturability = 'page' | 'bookmark-only' | 'none';

// Extension galleries refuse script injection in every browser that hosts them.
const STORE_PAGES: readonly { host: string; path?: string }[] = [
  { host: 'chromewebstore.google.com' },
  { host: 'chrome.google.com', path: '/webstore' },
  { host: 'microsoftedge.microsoft.com', path: '/addons' },
  { host: 'addons.mozilla.org' },
  { host: 'addons.opera.com' },
];

/** Classifies a tab's address (undefined when the browser did not tell it). */
export function capturabilityOf(url: string | undefined | null): Capturability {
  if (!url) return 'none';
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return 'none';
  }
  // Only web pages have an address someone else can open; file:, chrome:, about: and
  // the extension's own pages do not.
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return 'none';
  const host = parsed.hostname.toLowerCase();
  const path = parsed.pathname.toLowerCase();
  if (STORE_PAGES.some((s) => s.host === host && (!s.path || path.startsWith(s.path))))
    return 'bookmark-only';
  // The PDF viewer is a browser page in the tab: scripts see an empty shell, not the text.
  if (path.endsWith('.pdf')) return 'bookmark-only';
  return 'page';
}

/** After a capture failed with "not capturable": a web address can still be bookmarked. */
export function downgrade(current: Capturability): Capturability {
  return current === 'page' ? 'bookmark-only' : current;
}
