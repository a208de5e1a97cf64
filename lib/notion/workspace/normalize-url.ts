/**
 * One spelling per page address, so that "already saved" recognises a page reached
 * through a newsletter link (`?utm_source=…`), a share button (`?fbclid=…`) or an
 * anchor (`#comments`).
 */

// Parameters that only say how someone arrived; they never change what the page shows.
const TRACKING = new Set([
  'fbclid',
  'gclid',
  'gclsrc',
  'dclid',
  'gbraid',
  'wbraid',
  'msclkid',
  'yclid',
  'twclid',
  'ttclid',
  'li_fat_id',
  'igshid',
  'igsh',
  'mc_eid',
  'mc_cid',
  'ref',
  'ref_src',
  'ref_url',
  'referrer',
  '_hsenc',
  '_hsmi',
  'mkt_tok',
  'vero_id',
  'vero_conv',
  'oly_enc_id',
  'oly_anon_id',
  'rb_clickid',
  's_cid',
  'wickedid',
  '__s',
  'ncid',
  'spm',
  'scid',
  'srsltid',
]);

function isTracking(name: string): boolean {
  const lower = name.toLowerCase();
  return lower.startsWith('utm_') || TRACKING.has(lower);
}

function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text.replace(/\+/g, ' '));
  } catch {
    return text;
  }
}

/**
 * The address without fragment, tracking parameters (`utm_*`, `fbclid`, `gclid`,
 * `mc_eid`, `ref`…) and trailing slash; the meaningful query is kept in its order.
 * Fragments that are routes of single-page apps (`#/inbox`, `#!/post/1`) are kept: they
 * name different pages. Text that is not an http(s) URL comes back trimmed.
 */
export function normalizeUrl(url: string): string {
  const trimmed = url.trim();
  let parsed: URL;
  try {
    parsed = new URL(trimmed);
  } catch {
    return trimmed;
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return trimmed;
  const route = /^#!?\//.test(parsed.hash) ? parsed.hash : '';
  // Filtering the raw pairs keeps the remaining ones exactly as the site wrote them.
  const kept = parsed.search
    .slice(1)
    .split('&')
    .filter((pair) => pair !== '' && !isTracking(safeDecode(pair.split('=')[0] ?? '')));
  const query = kept.length > 0 ? `?${kept.join('&')}` : '';
  if (parsed.pathname.length > 1 && parsed.pathname.endsWith('/')) {
    parsed.pathname = parsed.pathname.replace(/\/+$/, '') || '/';
  }
  const path = parsed.pathname === '/' ? '' : parsed.pathname;
  return `${parsed.origin}${path}${query}${route}`;
}

/**
 * The spellings under which a page may already be saved: as given, normalized, and
 * normalized with a trailing slash (older saves kept what the browser showed).
 */
export function urlVariants(url: string): string[] {
  const normalized = normalizeUrl(url);
  const variants = [url.trim(), normalized];
  try {
    const parsed = new URL(normalized);
    if (parsed.search === '' && parsed.hash === '') variants.push(`${normalized}/`);
  } catch {
    // Not a URL: only the text itself can match.
  }
  return [...new Set(variants.filter((v) => v !== ''))];
}
