/**
 * Approximate matching, from `approx-string-match` (Myers' bit-parallel algorithm, the
 * library the Hypothesis annotator re-anchors with). Chosen over the alternatives:
 *
 * - `@apache-annotator/dom` 0.2: exact quote matching only (no fuzzy step), async
 *   generators compiled against `@babel/runtime-corejs3` (0.2.0 is its latest release);
 * - `dom-anchor-text-quote` 4: fuzzy through `diff-match-patch`, whose Bitap matcher
 *   handles patterns of at most 32 characters, CommonJS only, and it measures offsets
 *   over raw `textContent` (scripts and styles included);
 * - `dom-anchor-text-position`: offsets over raw `textContent` as well, which is not
 *   the normalised text selectors here are measured over (`text-index.ts`);
 * - `approx-string-match` 2: MIT, ES module with its own types, no dependencies, about
 *   3 kB minified; any pattern length, and cost O(errors / 32 × text length).
 *
 * The DOM side (text and offsets) is ours because it decides what "the same text" means;
 * only the edit-distance search comes from the library.
 */
import search from 'approx-string-match';

/** A place where a pattern matched, and how many edits it took. */
export interface ApproximateMatch {
  start: number;
  end: number;
  errors: number;
}

/**
 * The places in `text` where `pattern` matches with the fewest edits (at most
 * `maxErrors`). Only the best are returned: a place that needs one edit more is not.
 */
export function bestMatches(text: string, pattern: string, maxErrors: number): ApproximateMatch[] {
  if (!pattern || !text) return [];
  return search(text, pattern, Math.max(0, Math.floor(maxErrors)));
}

/** Every exact occurrence of `pattern` in `text`, at most `limit` of them. */
export function exactMatches(text: string, pattern: string, limit: number): ApproximateMatch[] {
  const out: ApproximateMatch[] = [];
  if (!pattern) return out;
  for (let at = text.indexOf(pattern); at !== -1 && out.length < limit;) {
    out.push({ start: at, end: at + pattern.length, errors: 0 });
    at = text.indexOf(pattern, at + 1);
  }
  return out;
}

/**
 * How well `window` reproduces `expected`, from 0 (nothing in common) to 1 (equal):
 * 1 − edits / length of `expected`, the edits being those of its best alignment in the
 * window. Null when there is nothing to compare with (`expected` is empty: the passage
 * was at the very start or end of the page).
 */
export function similarity(expected: string, window: string): number | null {
  if (!expected) return null;
  if (window === expected) return 1;
  if (!window) return 0;
  const [best] = bestMatches(window, expected, expected.length);
  return best ? Math.max(0, 1 - best.errors / expected.length) : 0;
}
