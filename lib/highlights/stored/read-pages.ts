/**
 * The highlights of an imported settings file, checked field by field. The file comes
 * from outside the extension: a page address is later opened in a tab and a passage is
 * searched for in a page, so nothing is kept that was not checked, and every record is
 * rebuilt from its checked fields (a field this version does not know is dropped).
 *
 * A page whose address is not a web page's (`javascript:`, `file:`, a bare word) is
 * left out whole; a highlight that is not written as expected is left out alone, and
 * the rest of its page is kept. What was left out is counted, for the sentence the
 * import ends with.
 */
import { MAX_QUOTE_LENGTH } from '../anchoring/policy';
import {
  HIGHLIGHT_COLORS,
  HIGHLIGHTS_VERSION,
  type Highlight,
  type HighlightColor,
  type PageHighlights,
} from '../model';
import { MAX_HIGHLIGHTS_PER_PAGE, MAX_PAGE_TITLE_LENGTH } from './page-highlights';
import { highlightPageUrl } from './page-url';

/** The longest note kept: Notion holds 2,000 characters in one piece of rich text. */
export const MAX_NOTE_LENGTH = 2000;
/** The longest prefix or suffix kept (the extension writes 32 characters). */
export const MAX_CONTEXT_LENGTH = 200;
/** Ids are the extension's UUIDs; anything else plain and short is accepted. */
const ID_PATTERN = /^[A-Za-z0-9_.:-]{1,100}$/;

/** What reading the file's highlights kept and left out. */
export interface ReadPages {
  /** One entry per page address (two entries of the same page in the file are joined). */
  pages: PageHighlights[];
  /** Pages left out whole: no web address, or not written as expected. */
  skippedPages: number;
  /** Highlights left out of pages that were kept. */
  skippedHighlights: number;
}

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);

const isTime = (v: unknown): v is string =>
  typeof v === 'string' && v.length <= 40 && Number.isFinite(Date.parse(v));

const isOffset = (v: unknown): v is number =>
  typeof v === 'number' && Number.isSafeInteger(v) && v >= 0;

const text = (v: unknown, max: number): string | null =>
  typeof v === 'string' && v.length <= max ? v : null;

/** One highlight rebuilt from its checked fields, or null when one of them fails. */
export function readHighlight(raw: unknown): Highlight | null {
  if (!isObj(raw)) return null;
  const { id, color, note, createdAt, updatedAt, target } = raw;
  if (typeof id !== 'string' || !ID_PATTERN.test(id)) return null;
  if (!HIGHLIGHT_COLORS.includes(color as HighlightColor)) return null;
  if (note !== undefined && note !== null && text(note, MAX_NOTE_LENGTH) === null) return null;
  if (!isTime(createdAt) || !isTime(updatedAt)) return null;
  if (!isObj(target) || !isObj(target.quote) || !isObj(target.position)) return null;
  const { quote, position } = target;
  const exact = text(quote.exact, MAX_QUOTE_LENGTH);
  const prefix = text(quote.prefix, MAX_CONTEXT_LENGTH);
  const suffix = text(quote.suffix, MAX_CONTEXT_LENGTH);
  if (quote.type !== 'TextQuoteSelector' || !exact?.trim() || prefix === null || suffix === null)
    return null;
  if (position.type !== 'TextPositionSelector') return null;
  if (!isOffset(position.start) || !isOffset(position.end) || position.end <= position.start)
    return null;
  const kept = typeof note === 'string' ? note.trim() : '';
  return {
    id,
    color: color as HighlightColor,
    ...(kept ? { note: kept } : {}),
    createdAt: new Date(createdAt).toISOString(),
    updatedAt: new Date(updatedAt).toISOString(),
    target: {
      quote: { type: 'TextQuoteSelector', exact, prefix, suffix },
      position: { type: 'TextPositionSelector', start: position.start, end: position.end },
    },
  };
}

const newer = (a: Highlight, b: Highlight) => Date.parse(a.updatedAt) > Date.parse(b.updatedAt);

/**
 * Reads `raw` (the file's `highlights`; absent in files from before highlights). Within
 * the file, one id on one page twice keeps its newer copy.
 */
export function readHighlightPages(raw: unknown): ReadPages {
  const out: ReadPages = { pages: [], skippedPages: 0, skippedHighlights: 0 };
  if (raw === undefined || raw === null) return out;
  if (!Array.isArray(raw)) return { ...out, skippedPages: 1 };
  const byUrl = new Map<string, { title?: string; highlights: Map<string, Highlight> }>();
  for (const page of raw) {
    const url = isObj(page) && typeof page.url === 'string' ? highlightPageUrl(page.url) : null;
    if (!url || !isObj(page) || page.version !== HIGHLIGHTS_VERSION) {
      out.skippedPages += 1;
      continue;
    }
    if (!Array.isArray(page.highlights)) {
      out.skippedPages += 1;
      continue;
    }
    const entry = byUrl.get(url) ?? { highlights: new Map<string, Highlight>() };
    byUrl.set(url, entry);
    const title = text(page.title, 10_000)?.trim().slice(0, MAX_PAGE_TITLE_LENGTH);
    if (title && !entry.title) entry.title = title;
    for (const item of page.highlights) {
      const highlight = readHighlight(item);
      if (!highlight) {
        out.skippedHighlights += 1;
        continue;
      }
      const known = entry.highlights.get(highlight.id);
      if (known) out.skippedHighlights += 1;
      if (!known || newer(highlight, known)) entry.highlights.set(highlight.id, highlight);
    }
  }
  for (const [url, entry] of byUrl) {
    const highlights = [...entry.highlights.values()];
    if (highlights.length === 0) continue;
    const kept = highlights.slice(0, MAX_HIGHLIGHTS_PER_PAGE);
    out.skippedHighlights += highlights.length - kept.length;
    out.pages.push({
      version: HIGHLIGHTS_VERSION,
      url,
      ...(entry.title ? { title: entry.title } : {}),
      highlights: kept,
    });
  }
  return out;
}
