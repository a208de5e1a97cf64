import { NOTION_LIMITS, isNotionUrl } from '../../notion/api/limits';

/** Why an address could not be used as a Notion link or file. */
export type UrlProblem = 'missing' | 'unsupported' | 'too_long';

export type ResolvedUrl = { ok: true; url: string } | { ok: false; problem: UrlProblem };

/**
 * Resolves an attribute value (relative, protocol-relative or absolute) against the
 * document's base URL and checks that Notion accepts it: absolute http(s), ≤2000 units.
 * `javascript:`, `data:`, `mailto:` and unparsable values are `unsupported`.
 */
export function resolveUrl(raw: string | null | undefined, baseUrl: string): ResolvedUrl {
  // Browsers strip leading/trailing ASCII whitespace and newlines inside URLs.
  const value = (raw ?? '').trim().replace(/[\t\n\r]/g, '');
  if (!value) return { ok: false, problem: 'missing' };
  let url: string;
  try {
    url = new URL(value, baseUrl || undefined).href;
  } catch {
    return { ok: false, problem: 'unsupported' };
  }
  if (!/^https?:\/\/[^/?#]/i.test(url)) return { ok: false, problem: 'unsupported' };
  if (url.length > NOTION_LIMITS.url) return { ok: false, problem: 'too_long' };
  return isNotionUrl(url) ? { ok: true, url } : { ok: false, problem: 'unsupported' };
}

/** True when `raw` only points inside the same document (`#section`). */
export function isSamePageAnchor(raw: string | null | undefined, baseUrl: string): boolean {
  const value = (raw ?? '').trim();
  if (value.startsWith('#')) return true;
  try {
    const target = new URL(value, baseUrl);
    const base = new URL(baseUrl);
    return target.hash !== '' && target.href.split('#')[0] === base.href.split('#')[0];
  } catch {
    return false;
  }
}

/**
 * The base URL a document's relative addresses resolve against: its `<base href>`
 * resolved against the page address, else the page address. Browsers expose this as
 * `document.baseURI`; DOM implementations without a URL (linkedom) do not.
 */
export function documentBaseUrl(doc: Document, pageUrl: string): string {
  const href = doc.querySelector('base[href]')?.getAttribute('href');
  if (href) {
    try {
      return new URL(href.trim(), pageUrl).href;
    } catch {
      // An unparsable <base> is ignored by browsers too.
    }
  }
  return pageUrl;
}
