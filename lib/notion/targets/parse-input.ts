/**
 * What people paste to name a target: Notion links in every form the app hands out, bare
 * ids, or several of them at once. Parsing only reads the text; what an id really is
 * (page, database, view) is asked of the API afterwards (`resolveTarget`).
 */
import { translate, type Locale } from '../../i18n';
import { toDashedId } from '../api/ids';

/** What the address suggests the id is; only the API can say for sure. */
export type InputHint = 'database' | 'page' | 'unknown';

/** Why a pasted item was refused. */
export type ParseFailure = 'not_notion' | 'no_id';

export type ParsedInput =
  | {
      ok: true;
      /** Dashed lowercase id of the page or database (for a peek link, the page). */
      id: string;
      /** `?v=`: the view the link was copied from. */
      viewId?: string;
      /** `#…`: the block the link points into; the target is still `id`. */
      blockId?: string;
      hint: InputHint;
      source: string;
    }
  | { ok: false; reason: ParseFailure; source: string };

const HEX32 = '[0-9a-f]{32}';
const UUID = '[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}';
// An id ends a path segment, alone or after a title slug (`My-Page-<id>`).
const SEGMENT_ID = new RegExp(`(?:^|[-_~])(${UUID}|${HEX32})$`, 'i');
const BARE_ID = new RegExp(`^(?:${UUID}|${HEX32})$`, 'i');
const NOTION_DOMAINS = ['notion.so', 'notion.site', 'notion.com'];

function isNotionHost(host: string): boolean {
  return NOTION_DOMAINS.some((domain) => host === domain || host.endsWith(`.${domain}`));
}

function toUrl(text: string): URL | null {
  // The desktop app's links use `notion://`; people also paste without a scheme.
  const withScheme = /^notion:\/\//i.test(text)
    ? `https://${text.slice('notion://'.length)}`
    : /^[a-z][a-z0-9+.-]*:/i.test(text)
      ? text
      : `https://${text}`;
  try {
    const url = new URL(withScheme);
    return url.protocol === 'https:' || url.protocol === 'http:' ? url : null;
  } catch {
    return null;
  }
}

function idInPath(url: URL): string | null {
  const segments = url.pathname.split('/').filter(Boolean);
  for (const segment of segments.reverse()) {
    let decoded = segment;
    try {
      decoded = decodeURIComponent(segment);
    } catch {
      // A stray `%` in a title slug: read the segment as written.
    }
    const match = SEGMENT_ID.exec(decoded);
    if (match?.[1]) return toDashedId(match[1]);
  }
  return null;
}

function idParam(value: string | null): string | null {
  return value ? toDashedId(value.trim()) : null;
}

function parseOne(source: string): ParsedInput {
  const text = source.replace(/^[<("'[]+|[>)"'\]]+$/g, '');
  if (BARE_ID.test(text)) return { ok: true, id: toDashedId(text)!, hint: 'unknown', source };
  const url = toUrl(text);
  if (!url || !isNotionHost(url.hostname.toLowerCase())) {
    return { ok: false, reason: 'not_notion', source };
  }
  const pathId = idInPath(url);
  const viewId = idParam(url.searchParams.get('v'));
  const peekId = idParam(url.searchParams.get('p'));
  const blockId = idParam(url.hash.replace(/^#/, ''));
  const extra = blockId ? { blockId } : {};
  // A page opened over a database (`?p=`) is the page; the path names the database.
  if (peekId) return { ok: true, id: peekId, hint: 'page', source, ...extra };
  if (pathId && viewId) return { ok: true, id: pathId, viewId, hint: 'database', source, ...extra };
  if (pathId) return { ok: true, id: pathId, hint: blockId ? 'page' : 'unknown', source, ...extra };
  if (viewId) return { ok: true, id: viewId, viewId, hint: 'database', source, ...extra };
  return { ok: false, reason: 'no_id', source };
}

/**
 * Parses what was pasted: one item per Notion address or id, split at whitespace,
 * newlines and commas. Empty input gives an empty list.
 */
export function parseNotionInput(text: string): ParsedInput[] {
  return text
    .split(/[\s,]+/)
    .filter((item) => item !== '')
    .map(parseOne);
}

/** The sentence for a refused item. */
export function parseFailureMessage(
  failure: Extract<ParsedInput, { ok: false }>,
  locale: Locale,
): string {
  const key = failure.reason === 'no_id' ? 'notionParseNoId' : 'notionParseNotNotion';
  const source = failure.source.length > 80 ? `${failure.source.slice(0, 77)}…` : failure.source;
  return translate(locale, key, { source });
}
