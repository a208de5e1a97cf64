/**
 * Which page a highlight belongs to: the address it was made on, less what does not
 * change the page. Highlights are stored one key per page under this address, so a
 * visit that reaches the same page by another link must give the same one.
 */

/**
 * The page address highlights are kept under, or null for a page the extension cannot
 * script (browser pages, the extension stores, `file:` and `data:` addresses).
 *
 * The fragment is dropped (`#section-2` is a place in the same page); the query is kept
 * (on many sites it names the article).
 */
export function highlightPageUrl(address: string): string | null {
  let url: URL;
  try {
    url = new URL(address);
  } catch {
    return null;
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return null;
  url.hash = '';
  return url.href;
}
