/**
 * The places a highlight's passage may be in a page's normalised text, each with the
 * evidence for it: how closely the text there reproduces the quote, and the text around
 * it the stored prefix and suffix. Deciding between them is `locate.ts`'s job.
 *
 * Places come from three searches: every exact copy of the quote; when there is none,
 * the best approximate matches over the whole text (`approx-string-match`, at most
 * `maxErrorRate` of the quote's length in edits); and approximate matches in small
 * windows where the passage should begin — after each copy of the stored prefix,
 * before each copy of the suffix, at the old offset. The global search reports only
 * the matches with the fewest edits, so without the windows an exact copy elsewhere
 * would hide the edited passage at its own place.
 */
import type { HighlightTarget } from '../model';
import { ANCHOR_POLICY, type AnchorPolicy } from './policy';
import { bestMatches, exactMatches, similarity, type ApproximateMatch } from './similarity';

/** A place the passage may be now, with what speaks for it. */
export interface Candidate extends ApproximateMatch {
  /** 1 − edits / quote length. */
  quote: number;
  /** Mean similarity of the stored prefix and suffix to the text around it (null: none stored). */
  context: number | null;
  /** `quote + context`: what candidates are ranked by. */
  rank: number;
}

function score(text: string, match: ApproximateMatch, target: HighlightTarget): Candidate {
  const { exact, prefix, suffix } = target.quote;
  const before = similarity(
    prefix,
    text.slice(Math.max(0, match.start - prefix.length), match.start),
  );
  const after = similarity(suffix, text.slice(match.end, match.end + suffix.length));
  const sides = [before, after].filter((side): side is number => side !== null);
  const context = sides.length ? sides.reduce((a, b) => a + b, 0) / sides.length : null;
  const quote = 1 - match.errors / exact.length;
  return { ...match, quote, context, rank: quote + (context ?? quote) };
}

const isWordChar = (ch: string | undefined) => !!ch && /[\p{L}\p{N}]/u.test(ch);

/**
 * Widens a fuzzy match that starts or ends inside a word to the whole word, when the
 * highlight itself started or ended on a word's edge: edits at an edge let the search
 * drop part of a word ("te Testing" for "Web | Testing"), which a reader never selects.
 */
function snapToWords(
  text: string,
  match: ApproximateMatch,
  target: HighlightTarget,
): ApproximateMatch {
  if (match.errors === 0) return match;
  const { exact, prefix, suffix } = target.quote;
  let { start, end } = match;
  if (!isWordChar(prefix.at(-1)) && isWordChar(exact[0]))
    while (start > 0 && isWordChar(text[start - 1]) && isWordChar(text[start])) start -= 1;
  if (!isWordChar(suffix[0]) && isWordChar(exact.at(-1)))
    while (end < text.length && isWordChar(text[end]) && isWordChar(text[end - 1])) end += 1;
  if (start === match.start && end === match.end) return match;
  // The edits are counted again over the widened span.
  const [best] = bestMatches(text.slice(start, end), exact, exact.length);
  const errors = Math.max(
    match.errors,
    best ? best.errors + (end - start - (best.end - best.start)) : match.errors,
  );
  return { start, end, errors };
}

const overlaps = (a: ApproximateMatch, b: ApproximateMatch) => a.start < b.end && b.start < a.end;

/** The edits a copy of `exact` may need and still count as the passage. */
export const allowedErrors = (exact: string, policy: AnchorPolicy) =>
  Math.floor(exact.length * policy.maxErrorRate);

/** Approximate matches of the quote in the windows where the passage should begin. */
function nearAnchors(
  text: string,
  target: HighlightTarget,
  policy: AnchorPolicy,
): ApproximateMatch[] {
  const { exact, prefix, suffix } = target.quote;
  const errors = allowedErrors(exact, policy);
  const slack = errors + 2;
  const starts = new Set<number>([target.position.start]);
  if (prefix.length >= policy.minAnchor)
    for (const m of exactMatches(text, prefix, policy.maxAnchors)) starts.add(m.end);
  if (suffix.length >= policy.minAnchor)
    for (const m of exactMatches(text, suffix, policy.maxAnchors))
      starts.add(m.start - exact.length);
  const out: ApproximateMatch[] = [];
  for (const start of starts) {
    const from = Math.max(0, start - slack);
    const window = text.slice(from, start + exact.length + slack);
    for (const m of bestMatches(window, exact, errors))
      out.push({ start: m.start + from, end: m.end + from, errors: m.errors });
  }
  return out;
}

/**
 * Every place the passage may be, best first, one per place (overlapping matches are one
 * place found several ways: the best-ranked stands for it).
 */
export function candidatesFor(
  text: string,
  target: HighlightTarget,
  policy: AnchorPolicy = ANCHOR_POLICY,
): Candidate[] {
  const { exact } = target.quote;
  const exactCopies = exactMatches(text, exact, policy.maxCandidates);
  const matches: ApproximateMatch[] = [...exactCopies];
  if (allowedErrors(exact, policy) > 0) {
    matches.push(...nearAnchors(text, target, policy));
    if (exactCopies.length === 0)
      matches.push(...bestMatches(text, exact, allowedErrors(exact, policy)));
  }
  const ranked = matches
    .map((m) => score(text, snapToWords(text, m, target), target))
    .sort((a, b) => b.rank - a.rank);
  const places: Candidate[] = [];
  for (const candidate of ranked)
    if (!places.some((kept) => overlaps(kept, candidate))) places.push(candidate);
  return places;
}
