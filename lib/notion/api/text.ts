import { NOTION_LIMITS } from './limits';

// Notion measures text in UTF-16 code units (as `String#length` does) and refuses an item
// over the limit, so long text is cut into several items. Cuts fall on a word boundary
// when one is near, else on a grapheme boundary: an emoji, a Hangul syllable or a letter
// with its combining marks is never torn apart, and a surrogate pair never is.
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
 * Cuts `text` into pieces of at most `max` UTF-16 code units that join back to `text`,
 * preferring word boundaries and never splitting a grapheme cluster or surrogate pair.
 * Empty text gives no pieces.
 */
export function splitText(text: string, max: number = NOTION_LIMITS.textContent): string[] {
  if (max < 2) throw new RangeError('splitText needs room for a surrogate pair (max ≥ 2).');
  const pieces: string[] = [];
  let rest = text;
  while (rest.length > max) {
    const cut = cutPoint(rest, max);
    pieces.push(rest.slice(0, cut));
    rest = rest.slice(cut);
  }
  if (rest) pieces.push(rest);
  return pieces;
}
