/**
 * Which addresses count as Notion's, for what the extension opens in a tab, links to or
 * shows as an image. Target addresses and icons can come from an imported file and page
 * addresses from Notion's answers: the extension opens only https pages on Notion's own
 * hosts, so a file (or an answer) cannot send a person to a site of its choosing.
 *
 * Pages: notion.so and www.notion.so (the app, and the `url` of every API page),
 * notion.com, www.notion.com and app.notion.com (Notion's newer domain), and public
 * pages on `<workspace>.notion.site`. Other subdomains of notion.so (`file.`, `api.`)
 * serve files and data, never a page to open.
 *
 * Icons: Notion's own icon set (`www.notion.so/icons/…`, any page host above) and its
 * custom emoji, kept on `public.notion-static.com` (on S3, or its own host). Emoji text
 * is no address and is always kept.
 */

import { notionUrlOf } from './ids';

const PAGE_HOSTS = new Set([
  'notion.so',
  'www.notion.so',
  'notion.com',
  'www.notion.com',
  'app.notion.com',
]);

function httpsUrl(text: unknown): URL | null {
  if (typeof text !== 'string') return null;
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return null;
  }
  // Credentials or a port hide where the address goes; Notion's addresses have neither.
  if (url.protocol !== 'https:' || url.username || url.password || url.port) return null;
  return url;
}

function isPageHost(host: string): boolean {
  return PAGE_HOSTS.has(host) || (host.endsWith('.notion.site') && host !== '.notion.site');
}

/** True for an https address of a Notion page (see the hosts above). */
export function isNotionPageUrl(text: unknown): text is string {
  const url = httpsUrl(text);
  return url !== null && isPageHost(url.hostname);
}

/** `text` when it is a Notion page address, else null. */
export function notionPageUrlOrNull(text: unknown): string | null {
  return isNotionPageUrl(text) ? text : null;
}

/**
 * The address to open for a saved page: `url` when it is a Notion page, else the page's
 * own notion.so address by id, else null (nothing to open).
 */
export function notionPageToOpen(url: unknown, pageId: string | null): string | null {
  if (isNotionPageUrl(url)) return url;
  return pageId ? notionUrlOf(pageId) : null;
}

/** True for an https address of an icon Notion itself serves. */
export function isNotionIconUrl(text: unknown): text is string {
  const url = httpsUrl(text);
  if (!url) return false;
  const host = url.hostname;
  if (isPageHost(host) || host === 'public.notion-static.com') return true;
  return (
    /^s3[.-]us-west-2\.amazonaws\.com$/.test(host) &&
    url.pathname.startsWith('/public.notion-static.com/')
  );
}

/** True for a stored icon that is an address (else it is an emoji, shown as text). */
export function isIconAddress(icon: string): boolean {
  return /^[a-z][a-z0-9+.-]*:/i.test(icon.trim());
}

/**
 * The icon to keep: an emoji as it is, a Notion icon address, or null for any other
 * address (the target then shows a neutral glyph).
 */
export function notionIconOrNull(icon: unknown): string | null {
  if (typeof icon !== 'string' || icon.trim() === '') return null;
  if (!isIconAddress(icon)) return icon.length <= 32 ? icon : null;
  return isNotionIconUrl(icon) ? icon : null;
}
