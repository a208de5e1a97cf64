/**
 * Where a highlight's passage is in a page's normalised text now, or why it cannot be
 * placed — a pure function of strings, so every decision is testable without a DOM.
 *
 * 1. **Unchanged.** The text at the stored offsets is the quote and both sides of the
 *    context match exactly: taken at once, no search.
 * 2. **Intact.** Exactly one copy of the quote has all its stored context: taken, without
 *    the approximate search (a page of a thousand highlights is placed in one pass).
 * 3. **Candidates** (`candidates.ts`): exact and approximate copies of the quote, each
 *    ranked by quote similarity + context similarity (0–2). An approximate copy whose
 *    numbers differ from the quote's is no candidate ("(7)" and "(5)" in an archive
 *    list, 2016 and 2017, are never the same passage), and when it has the best context
 *    of all, the passage itself changed its numbers: nothing is placed. When the stored
 *    prefix and suffix now meet with nothing between, the passage was cut out there:
 *    only an exact copy elsewhere may stand for it.
 * 4. **Pick** the best, unless it is not clearly the best: a sole copy with the quote
 *    and all its context wins outright; candidates ranked within `tieMargin` of each
 *    other, or a plausible one (half its context) within `rivalMargin`, are told apart
 *    only by distance to the old offset, and only when one is `proximityRatio` times
 *    nearer and ranks within `nearerMargin` of the best (nearness breaks ties, it does
 *    not overturn better context) — otherwise the answer is "ambiguous". Copies that read the same, context
 *    and all, are one passage printed twice: the nearest is drawn.
 * 5. **Trust** it or not: an exact copy needs half its context (`exactContextMin`),
 *    three quarters when the words occur more than once, or none if it is long and
 *    unique; an approximate copy needs most of its context (`fuzzyContextMin`) and a
 *    quote similarity of `fuzzyQuoteMin`.
 *
 * Every threshold leans towards "not placed" (`policy.ts`); the corpus figures are in
 * `npm run bench` (`highlights.*`).
 */
import type { HighlightTarget } from '../model';
import { candidatesFor, type Candidate } from './candidates';
import { ANCHOR_POLICY, type AnchorPolicy } from './policy';
import { exactMatches, type ApproximateMatch } from './similarity';

/** How a placed highlight was found. */
export type AnchorMethod = 'position' | 'quote' | 'fuzzy';

/**
 * Why a highlight could not be placed, each with a sentence (`highlightMiss_<reason>`):
 * - `no_text`: the page has no text (yet: an app that has not drawn itself);
 * - `not_found`: nothing in the page is close enough to the passage and its context;
 * - `ambiguous`: several places fit about equally and none is clearly where it was.
 */
export const MISS_REASONS = ['no_text', 'not_found', 'ambiguous'] as const;

export type MissReason = (typeof MISS_REASONS)[number];

export interface Found {
  found: true;
  /** Offsets in the normalised text, end exclusive. */
  start: number;
  end: number;
  method: AnchorMethod;
  /** Edits between the stored quote and the text found (0 unless `fuzzy`). */
  distance: number;
  /** 0–1: the mean of the quote's and the context's similarity. */
  confidence: number;
}

export interface Missed {
  found: false;
  reason: MissReason;
}

export type Located = Found | Missed;

/** The candidate's text with as much context as the target stores, to compare copies. */
function readingAt(text: string, match: ApproximateMatch, target: HighlightTarget): string {
  const { prefix, suffix } = target.quote;
  return text.slice(Math.max(0, match.start - prefix.length), match.end + suffix.length);
}

/** The candidate nearest the old position, if it is clearly nearer than every other. */
function clearlyNearest(places: Candidate[], hint: number, ratio: number): Candidate | null {
  const byDistance = places
    .map((candidate) => ({ candidate, distance: Math.abs(candidate.start - hint) }))
    .sort((a, b) => a.distance - b.distance);
  const [nearest, next] = byDistance;
  if (!next) return nearest?.candidate ?? null;
  return nearest!.distance * ratio <= next.distance ? nearest!.candidate : null;
}

function pick(
  text: string,
  target: HighlightTarget,
  places: Candidate[],
  policy: AnchorPolicy,
): Candidate | 'ambiguous' {
  const hint = target.position.start;
  const top = places[0]!;
  // The words and all their stored context, once: the page kept the passage as it was,
  // and no nearer, imperfect copy outweighs that.
  const perfect = places.filter((place) => place.errors === 0 && (place.context ?? 1) === 1);
  if (perfect.length === 1) return perfect[0]!;
  const close = places.filter((place) => place.rank >= top.rank - policy.tieMargin);
  if (close.length > 1) {
    // Nearness breaks a tie; it does not overturn better evidence: blocks that swapped
    // places put a look-alike where the passage was, with worse context.
    const nearest = clearlyNearest(close, hint, policy.proximityRatio);
    if (nearest && nearest.rank >= top.rank - policy.nearerMargin) return nearest;
    // Copies that read the same, context and all (a paragraph printed twice), show the
    // reader the words they marked whichever is drawn: the nearest serves as well as another.
    const reading = (c: Candidate) => readingAt(text, c, target);
    const first = reading(close[0]!);
    const same = close.every((rival) => reading(rival) === first);
    return same ? (clearlyNearest(close, hint, 1) ?? close[0]!) : 'ambiguous';
  }
  // A place further behind that still holds the words with half their context is a
  // rival too: the best is taken over it only if it is also clearly nearer.
  const plausible = places.filter(
    (place) =>
      place !== top &&
      place.rank >= top.rank - policy.rivalMargin &&
      (place.context ?? 1) >= policy.exactContextMin,
  );
  if (plausible.length === 0) return top;
  return clearlyNearest([top, ...plausible], hint, policy.proximityRatio) === top
    ? top
    : 'ambiguous';
}

const numbers = (s: string) => s.match(/\p{N}+/gu)?.join(' ') ?? '';

/**
 * The candidates that say what the quote says: an approximate copy whose numbers differ
 * is another passage ("(7)" and "(5)" in an archive list, 2016 and 2017), however close.
 * But when such a copy has better context than any other candidate, it is the passage
 * itself, at its place, with its numbers changed: then nothing is (a copy of the old
 * words elsewhere, with weaker context, is another month's entry, not this one).
 */
function withSameNumbers(text: string, exact: string, places: Candidate[]): Candidate[] {
  const wanted = numbers(exact);
  const same = (place: Candidate) =>
    place.errors === 0 || numbers(text.slice(place.start, place.end)) === wanted;
  const context = (place: Candidate) => place.context ?? 1;
  const kept = places.filter(same);
  const best = (list: Candidate[]) => Math.max(-1, ...list.map(context));
  return best(places.filter((place) => !same(place))) > best(kept) ? [] : kept;
}

/** Whether the evidence for a candidate is enough to draw the highlight there. */
function trusted(
  candidate: Candidate,
  places: Candidate[],
  target: HighlightTarget,
  policy: AnchorPolicy,
): boolean {
  const { exact } = target.quote;
  if (candidate.context === null) return true;
  if (candidate.errors === 0) {
    const copies = places.filter((place) => place.errors === 0).length;
    if (copies === 1)
      return candidate.context >= policy.exactContextMin || exact.length >= policy.uniqueQuoteMin;
    // The words occur more than once: only their context tells the copies apart.
    return candidate.context >= policy.repeatedContextMin;
  }
  return candidate.quote >= policy.fuzzyQuoteMin && candidate.context >= policy.fuzzyContextMin;
}

function found(text: string, match: Candidate): Found {
  // A fuzzy match may begin or end on a space its edits absorbed; the passage does not.
  let { start, end } = match;
  while (start < end && text[start] === ' ') start += 1;
  while (end > start && text[end - 1] === ' ') end -= 1;
  return {
    found: true,
    start,
    end,
    method: match.errors === 0 ? 'quote' : 'fuzzy',
    distance: match.errors,
    confidence: (match.quote + (match.context ?? match.quote)) / 2,
  };
}

function atPosition(text: string, target: HighlightTarget): boolean {
  const { exact, prefix, suffix } = target.quote;
  const { start, end } = target.position;
  return (
    end - start === exact.length &&
    text.slice(start, end) === exact &&
    text.slice(Math.max(0, start - prefix.length), start) === prefix &&
    text.slice(end, end + suffix.length) === suffix
  );
}

/** Where the one exact copy of the quote with all its stored context starts, if one does. */
function soleIntactCopy(
  text: string,
  target: HighlightTarget,
  policy: AnchorPolicy,
): number | null {
  const { exact, prefix, suffix } = target.quote;
  let intact: number | null = null;
  for (const copy of exactMatches(text, exact, policy.maxCandidates)) {
    const before = text.slice(Math.max(0, copy.start - prefix.length), copy.start);
    if (before !== prefix || text.slice(copy.end, copy.end + suffix.length) !== suffix) continue;
    if (intact !== null) return null;
    intact = copy.start;
  }
  return intact;
}

/** True when the stored context now meets with nothing between: the passage was cut out. */
function cutOut(text: string, target: HighlightTarget, policy: AnchorPolicy): boolean {
  const { prefix, suffix } = target.quote;
  if (prefix.length < policy.minAnchor && suffix.length < policy.minAnchor) return false;
  if (!prefix) return text.startsWith(suffix.trimStart());
  if (!suffix) return text.endsWith(prefix.trimEnd());
  const before = prefix.trimEnd();
  const after = suffix.trimStart();
  return text.includes(`${before} ${after}`) || text.includes(`${before}${after}`);
}

/** Finds the highlight's passage in `text`, or says why it cannot be placed. */
export function locate(
  text: string,
  target: HighlightTarget,
  policy: AnchorPolicy = ANCHOR_POLICY,
): Located {
  const { exact } = target.quote;
  if (!text) return { found: false, reason: 'no_text' };
  if (!exact) return { found: false, reason: 'not_found' };
  if (atPosition(text, target)) {
    const { start, end } = target.position;
    return { found: true, start, end, method: 'position', distance: 0, confidence: 1 };
  }
  const intact = soleIntactCopy(text, target, policy);
  if (intact !== null)
    return {
      found: true,
      start: intact,
      end: intact + exact.length,
      method: 'quote',
      distance: 0,
      confidence: 1,
    };
  let places = withSameNumbers(text, exact, candidatesFor(text, target, policy));
  // Where the passage was, its context now meets with nothing between: it was deleted
  // there, and a similar passage elsewhere is another one. Only an exact copy may stand.
  if (cutOut(text, target, policy)) places = places.filter((place) => place.errors === 0);
  if (places.length === 0) return { found: false, reason: 'not_found' };
  const best = pick(text, target, places, policy);
  if (best === 'ambiguous') return { found: false, reason: 'ambiguous' };
  return trusted(best, places, target, policy)
    ? found(text, best)
    : { found: false, reason: 'not_found' };
}
