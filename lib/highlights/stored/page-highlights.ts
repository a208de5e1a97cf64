/**
 * Changes to one page's highlights, as pure functions from the stored value to the next.
 * The storage shell (`store.ts`) runs them through `updateItem`, so each is applied to
 * the latest value and none is lost to another made at the same time.
 */
import { Problem } from '../../problems';
import {
  HIGHLIGHTS_VERSION,
  type Highlight,
  type HighlightColor,
  type PageHighlights,
} from '../model';

/**
 * The most highlights one page keeps. Re-anchoring reads the page once and places each
 * highlight in turn; a thousand stay well under a second on a long article, and no one
 * reading marks more. Beyond it a new highlight is refused with a sentence, and the
 * ones already kept stay as they are.
 */
export const MAX_HIGHLIGHTS_PER_PAGE = 1000;

/** The page with `highlight` added (unchanged when it is already there: a retry). */
export function withHighlight(
  page: PageHighlights | null,
  url: string,
  highlight: Highlight,
): PageHighlights {
  const highlights = page?.highlights ?? [];
  if (highlights.some((kept) => kept.id === highlight.id)) return page!;
  if (highlights.length >= MAX_HIGHLIGHTS_PER_PAGE)
    throw new Problem('HighlightLimitReached', { limit: String(MAX_HIGHLIGHTS_PER_PAGE) });
  return { version: HIGHLIGHTS_VERSION, url, highlights: [...highlights, highlight] };
}

/** What a person may change in a highlight after making it. */
export interface HighlightEdit {
  color?: HighlightColor;
  /** The new note; empty (after trimming) or null removes it. */
  note?: string | null;
}

/**
 * The page with highlight `id` changed by `edit` (the same value when nothing changes,
 * so nothing is written). A highlight deleted in the meantime is a Problem: the edit
 * has nothing left to apply to.
 */
export function withEdit(
  page: PageHighlights | null,
  id: string,
  edit: HighlightEdit,
  now: Date,
): PageHighlights {
  const current = page?.highlights.find((kept) => kept.id === id);
  if (!page || !current) throw new Problem('HighlightGone');
  const color = edit.color ?? current.color;
  const note = edit.note === undefined ? current.note : edit.note?.trim() || undefined;
  if (color === current.color && note === current.note) return page;
  const { note: _old, ...rest } = current;
  const next: Highlight = {
    ...rest,
    color,
    ...(note ? { note } : {}),
    updatedAt: now.toISOString(),
  };
  return { ...page, highlights: page.highlights.map((kept) => (kept.id === id ? next : kept)) };
}

/**
 * The page without highlight `id`; null when none is left (the page's key is then
 * removed). Deleting one already gone changes nothing: two windows may both delete it.
 */
export function withoutHighlight(page: PageHighlights | null, id: string): PageHighlights | null {
  if (!page || !page.highlights.some((kept) => kept.id === id)) return page;
  const highlights = page.highlights.filter((kept) => kept.id !== id);
  return highlights.length > 0 ? { ...page, highlights } : null;
}

/** The longest page title kept: enough to recognise a page in a list. */
export const MAX_PAGE_TITLE_LENGTH = 300;

/**
 * The page with its title recorded (the same value when it is unchanged, or when the
 * page has no highlights: a title alone is never stored).
 */
export function withTitle(page: PageHighlights | null, title: string): PageHighlights | null {
  const kept = title.trim().slice(0, MAX_PAGE_TITLE_LENGTH);
  if (!page || !kept || page.title === kept) return page;
  return { ...page, title: kept };
}
