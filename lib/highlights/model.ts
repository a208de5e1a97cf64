/**
 * What a highlight is, as plain JSON: it lives in extension storage (one key per page)
 * and travels in exports, so it holds no DOM object and nothing that needs a class.
 *
 * Its target is a pair of W3C Web Annotation selectors
 * (https://www.w3.org/TR/annotation-model/#selectors): a `TextQuoteSelector` — the
 * passage itself with a little text either side — and a `TextPositionSelector` — where it
 * started and ended in the page's text. The position is exact and cheap but breaks the
 * moment anything before the passage changes; the quote survives edits, moves and ads,
 * and its context tells repeats of the same words apart. Both are standard, so another
 * annotation tool could read an export, and both are measured over the same normalised
 * text (`text-index.ts`).
 */
import type { ApiColor } from '@notionhq/client';

/** Notion's own colour names (the foreground ones; a block's background is derived later). */
export const HIGHLIGHT_COLORS = [
  'default',
  'gray',
  'brown',
  'orange',
  'yellow',
  'green',
  'blue',
  'purple',
  'pink',
  'red',
] as const satisfies readonly ApiColor[];

export type HighlightColor = (typeof HIGHLIGHT_COLORS)[number];

// A colour Notion adds later fails here, so the list above cannot fall behind the SDK.
type MissingColor = Exclude<Exclude<ApiColor, `${string}_background`>, HighlightColor>;
const everyColorListed: MissingColor extends never ? true : false = true;
void everyColorListed;

/** The passage and ~32 characters of context either side, as the spec suggests. */
export interface TextQuoteSelector {
  type: 'TextQuoteSelector';
  exact: string;
  prefix: string;
  suffix: string;
}

/** Start and end (exclusive) of the passage in the page's normalised text. */
export interface TextPositionSelector {
  type: 'TextPositionSelector';
  start: number;
  end: number;
}

/** Where a highlight sits: both selectors, each a valid W3C selector on its own. */
export interface HighlightTarget {
  quote: TextQuoteSelector;
  position: TextPositionSelector;
}

export interface Highlight {
  id: string;
  color: HighlightColor;
  note?: string;
  /** ISO 8601 times, as every stored time in the extension. */
  createdAt: string;
  updatedAt: string;
  target: HighlightTarget;
}

/** The version of the stored shape; a change of shape ships with a migration. */
export const HIGHLIGHTS_VERSION = 1;

/** Everything stored for one page: the value of its storage key. */
export interface PageHighlights {
  version: typeof HIGHLIGHTS_VERSION;
  /** The page's address, as the key was made from it. */
  url: string;
  /** The page's own title when last seen, for lists and search; absent until known. */
  title?: string;
  highlights: Highlight[];
}

/**
 * A new highlight. The id and the time come from the caller (the shell has
 * `crypto.randomUUID` and a clock; this stays a pure function).
 */
export function createHighlight(input: {
  id: string;
  now: Date;
  color: HighlightColor;
  target: HighlightTarget;
  note?: string;
}): Highlight {
  const time = input.now.toISOString();
  const note = input.note?.trim();
  return {
    id: input.id,
    color: input.color,
    ...(note ? { note } : {}),
    createdAt: time,
    updatedAt: time,
    target: input.target,
  };
}
