const words = new Intl.Segmenter(undefined, { granularity: 'word' });

/**
 * Pieces of `text` cut at whitespace, small enough for Intl.Segmenter: V8 iterates the
 * segments of one long string in time that grows with its length at every step (117 kB
 * of text took seconds), while cutting at whitespace changes no word.
 */
function pieces(text: string): string[] {
  const out: string[] = [];
  for (const part of text.match(/\S*\s*/g) ?? []) {
    const last = out.length - 1;
    if (last >= 0 && out[last]!.length + part.length <= 1000) out[last] += part;
    else if (part) out.push(part);
  }
  return out;
}

/** The words of `text` in order (word-like segments, lowercased). */
export function wordList(text: string): string[] {
  const out: string[] = [];
  for (const piece of pieces(text)) {
    for (const { segment, isWordLike } of words.segment(piece))
      if (isWordLike) out.push(segment.toLowerCase());
  }
  return out;
}

/** How many times each word occurs in `text` (word-like segments, lowercased). */
export function wordCounts(text: string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const word of wordList(text)) counts.set(word, (counts.get(word) ?? 0) + 1);
  return counts;
}

/**
 * The share of the words of `reference` (counted with repetition) that `candidate` also
 * has: 1 when nothing is missing. An empty reference has nothing to miss.
 */
export function wordCoverage(reference: string, candidate: string): number {
  return coverageOf(wordCounts(reference), wordCounts(candidate));
}

/** `wordCoverage` from words already counted (`wordCounts`), for texts compared both ways. */
export function coverageOf(want: Map<string, number>, have: Map<string, number>): number {
  let total = 0;
  let found = 0;
  for (const [word, count] of want) {
    total += count;
    found += Math.min(count, have.get(word) ?? 0);
  }
  return total === 0 ? 1 : found / total;
}

/** Words of `reference` that `candidate` lacks (or has fewer times), first `limit` of them. */
export function missingWords(reference: string, candidate: string, limit = 20): string[] {
  const have = wordCounts(candidate);
  const out: string[] = [];
  for (const [word, count] of wordCounts(reference)) {
    if ((have.get(word) ?? 0) < count) out.push(word);
    if (out.length >= limit) break;
  }
  return out;
}
