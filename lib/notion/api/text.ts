/**
 * Text as Notion takes it: the one text cutter, plain text as rich text and back. Notion
 * measures text in UTF-16 code units (as `String#length` does) and refuses an item over
 * the limit, so long text is cut into several items.
 */
import { NOTION_LIMITS } from './limits';
import type { RichTextItemResponse } from '@notionhq/client';
import type { RichTextItemRequest } from './request-types';

const graphemes = new Intl.Segmenter(undefined, { granularity: 'grapheme' });
const words = new Intl.Segmenter(undefined, { granularity: 'word' });

/** A word boundary is preferred only when it keeps at least this share of the piece. */
const MIN_WORD_CUT = 0.5;

function isHighSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff;
}

/** The last code-point boundary at or before `max` (never between a surrogate pair). */
function codePointCut(text: string, max: number): number {
  return isHighSurrogate(text.charCodeAt(max - 1)) ? max - 1 : max;
}

/** The last grapheme boundary at or before `max`, or 0 when the first grapheme is longer. */
function graphemeCut(text: string, max: number): number {
  const segment = graphemes.segment(text).containing(max);
  return segment ? segment.index : max;
}

function isGraphemeBoundary(text: string, at: number): boolean {
  return graphemes.segment(text).containing(at)?.index === at;
}

/** Context past the limit that segmentation needs to see where a cluster ends. */
const LOOKAHEAD = 64;

/**
 * Where to end the first piece of `text` (longer than `max`). Only a window is
 * segmented: `text` starts on a boundary, and V8 segments long strings slowly.
 */
function cutPoint(whole: string, max: number): number {
  const text = whole.slice(0, max + LOOKAHEAD);
  const cut = graphemeCut(text, max);
  // A single grapheme longer than the limit (hundreds of stacked combining marks) can
  // only be cut inside; keep the surrogate pairs whole at least.
  if (cut === 0) return codePointCut(text, max);
  const word = words.segment(text).containing(cut - 1);
  const wordCut = word && word.index + word.segment.length === cut ? cut : (word?.index ?? 0);
  if (wordCut >= cut * MIN_WORD_CUT && isGraphemeBoundary(text, wordCut)) return wordCut;
  return cut;
}

/**
 * Where `splitText` may cut. `'word'`: on a word boundary when one is near, else on a
 * grapheme boundary, so that an emoji, a Hangul syllable or a letter with its combining
 * marks is never torn apart — for text that may be shown cut (pieces in separate blocks,
 * a truncation). `'code point'`: as late as the limit allows, only never between the two
 * halves of a surrogate pair (which would turn into two "?") — for text Notion shows
 * joined again, such as the items of one property value.
 */
export type CutAt = 'word' | 'code point';

/**
 * Cuts `text` into pieces of at most `max` UTF-16 code units that join back to `text`,
 * never splitting a surrogate pair, and cutting `at` words or code points (`CutAt`).
 * Empty text gives no pieces.
 */
export function splitText(
  text: string,
  max: number = NOTION_LIMITS.textContent,
  at: CutAt = 'word',
): string[] {
  if (max < 2) throw new RangeError('splitText needs room for a surrogate pair (max ≥ 2).');
  const pieces: string[] = [];
  let rest = text;
  while (rest.length > max) {
    const cut = at === 'word' ? cutPoint(rest, max) : codePointCut(rest, max);
    pieces.push(rest.slice(0, cut));
    rest = rest.slice(cut);
  }
  if (rest) pieces.push(rest);
  return pieces;
}

/**
 * Plain text as rich text items, within Notion's limits: cut at code points into items
 * of 2000 units; text longer than `maxItems` of them is cut short and ends with an
 * ellipsis, so the request still passes.
 */
export function toRichText(
  text: string,
  maxItems: number = NOTION_LIMITS.array,
): RichTextItemRequest[] {
  let pieces = splitText(text, NOTION_LIMITS.textContent, 'code point');
  if (pieces.length > maxItems) {
    pieces = pieces.slice(0, maxItems);
    const last = pieces[maxItems - 1]!;
    pieces[maxItems - 1] = `${splitText(last, NOTION_LIMITS.textContent - 1, 'code point')[0]}…`;
  }
  return pieces.map((content) => ({ type: 'text', text: { content } }));
}

/**
 * The plain text of rich text items, as Notion answered them (`plain_text`) or as a
 * request holds them (text content, equations as their LaTeX).
 */
export function plainText(
  items: readonly (RichTextItemResponse | RichTextItemRequest)[] | undefined,
): string {
  return (items ?? [])
    .map((item) => {
      if ('plain_text' in item) return item.plain_text;
      if ('text' in item && item.text) return item.text.content;
      if ('equation' in item && item.equation) return item.equation.expression;
      return '';
    })
    .join('');
}
