/**
 * The thresholds re-anchoring decides by. They lean one way on purpose: a highlight
 * drawn on the wrong words misinforms the reader and, synced to Notion, says the page
 * said something it did not; a highlight reported as "could not be placed" is kept and
 * shown in the list. So every rule below prefers a miss to a guess. The figures they
 * give on the corpus are in `npm run bench` (`highlights.*`).
 */

/** Characters of context kept either side of the passage (the W3C spec's suggestion). */
export const CONTEXT_LENGTH = 32;

/**
 * The longest passage a highlight may hold. Fuzzy search costs grow with the quote's
 * length; a highlight is a passage, not the page (saving a long selection is what the
 * selection capture does).
 */
export const MAX_QUOTE_LENGTH = 5000;

export interface AnchorPolicy {
  /**
   * The share of the quote's characters that may differ when the page's copy was
   * edited: one word in a sentence, a few in a paragraph. Beyond that it is a
   * different sentence, even if it is where the old one was.
   */
  maxErrorRate: number;
  /**
   * How much of the context (0–1, the mean of prefix and suffix similarity) must agree
   * for an exact copy of the quote to be taken: one side may have been rewritten (the
   * next sentence edited, an ad inserted right after) but not both.
   */
  exactContextMin: number;
  /**
   * A quote at least this long that occurs exactly once is taken even when its context
   * changed on both sides (its paragraph moved): that many characters in that order are
   * not a coincidence. Shorter quotes ("in 2019", "the results") need their context.
   */
  uniqueQuoteMin: number;
  /**
   * When the quote occurs more than once, the context is all that tells the copies
   * apart, so more of it must agree for an exact copy to be taken.
   */
  repeatedContextMin: number;
  /**
   * For an approximate copy the context must agree more: two uncertain signals together
   * would otherwise let a similar sentence elsewhere pass for an edited one.
   */
  fuzzyContextMin: number;
  /**
   * How similar (1 − edits / length) an approximate copy must be to be taken: the
   * search's own bound, checked again because widening a match to whole words
   * (`candidates.ts`) may add edits.
   */
  fuzzyQuoteMin: number;
  /**
   * Candidates ranked this close are told apart only by how near each is to where the
   * passage used to be, and only if the nearer is at least `proximityRatio` times
   * nearer; otherwise the answer is "ambiguous".
   */
  tieMargin: number;
  proximityRatio: number;
  /**
   * How far below the best a clearly nearer candidate may rank and still be taken for
   * the passage: nearness decides between equals, never against better context.
   */
  nearerMargin: number;
  /**
   * A place that holds the words with at least `exactContextMin` of their context is a
   * rival of the best if it ranks within this much of it: then the best is taken only
   * if it is also clearly nearer the old position (`locate.ts`).
   */
  rivalMargin: number;
  /**
   * Context used to look for an edited passage where it should be: a stored prefix or
   * suffix at least `minAnchor` long (shorter ones, at the page's edges, match too
   * often), at most `maxAnchors` of its occurrences.
   */
  minAnchor: number;
  maxAnchors: number;
  /** Exact occurrences examined at most (a one-letter highlight on a long page). */
  maxCandidates: number;
}

export const ANCHOR_POLICY: AnchorPolicy = {
  maxErrorRate: 0.2,
  exactContextMin: 0.5,
  uniqueQuoteMin: 32,
  repeatedContextMin: 0.75,
  fuzzyContextMin: 0.8,
  fuzzyQuoteMin: 0.8,
  tieMargin: 0.15,
  proximityRatio: 4,
  nearerMargin: 0.05,
  rivalMargin: 0.35,
  minAnchor: 16,
  maxAnchors: 20,
  maxCandidates: 2000,
};
