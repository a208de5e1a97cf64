/**
 * Passages a reader might highlight on a real page, chosen at random (seeded) in four
 * kinds, each snapped to whole words as a selection by mouse usually is:
 *
 * - `sentence`: one whole sentence;
 * - `list_item_part`: some words inside one list item;
 * - `across_elements`: words on both sides of an element boundary (a link's edge, the
 *   end of a paragraph and the start of the next);
 * - `repeated_phrase`: one occurrence of a short phrase the page has more than once,
 *   which only the context tells apart.
 */
import { CONTEXT_LENGTH } from '../anchoring/policy';
import type { TextIndex } from '../text/text-index';
import { offsetAt } from '../text/text-map';
import { below, oneOf } from './random';

export type PassageKind = 'sentence' | 'list_item_part' | 'across_elements' | 'repeated_phrase';

export const PASSAGE_KINDS: readonly PassageKind[] = [
  'sentence',
  'list_item_part',
  'across_elements',
  'repeated_phrase',
];

/** Offsets in the normalised text of the original page, end exclusive. */
export interface Passage {
  kind: PassageKind;
  start: number;
  end: number;
}

interface Word {
  start: number;
  end: number;
}

function wordsOf(text: string): Word[] {
  return [...text.matchAll(/\S+/g)].map((m) => ({ start: m.index, end: m.index + m[0].length }));
}

/** The index of the first word ending after `offset`. */
function wordAt(words: Word[], offset: number): number {
  let low = 0;
  let high = words.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if (words[mid]!.end <= offset) low = mid + 1;
    else high = mid;
  }
  return low;
}

function sentences(text: string, random: () => number): Passage | null {
  const all = [...text.matchAll(/[A-Z][^.!?]{15,300}[.!?](?=\s|$)/g)];
  if (all.length === 0) return null;
  const m = oneOf(random, all);
  return { kind: 'sentence', start: m.index, end: m.index + m[0].length };
}

function listItemPart(
  doc: Document,
  index: TextIndex,
  words: Word[],
  random: () => number,
): Passage | null {
  const items = [...doc.querySelectorAll('li')].filter((li) => !li.querySelector('li'));
  for (let tries = 0; tries < 20 && items.length > 0; tries += 1) {
    const li = oneOf(random, items);
    const from = offsetAt(index, { node: li, offset: 0 });
    const to = offsetAt(index, { node: li, offset: li.childNodes.length });
    const first = wordAt(words, from);
    let last = first;
    while (last < words.length && words[last]!.end <= to) last += 1;
    const count = last - first;
    if (count < 3) continue;
    const start = first + below(random, count - 1);
    const end = Math.min(last, start + 2 + below(random, 6));
    return { kind: 'list_item_part', start: words[start]!.start, end: words[end - 1]!.end };
  }
  return null;
}

function acrossElements(index: TextIndex, words: Word[], random: () => number): Passage | null {
  for (let tries = 0; tries < 50; tries += 1) {
    const n = 1 + below(random, Math.max(1, index.nodes.length - 1));
    const node = index.nodes[n];
    const previous = index.nodes[n - 1];
    if (!node || !previous || node.parentNode === previous.parentNode) continue;
    if (!node.data.trim() || !previous.data.trim()) continue;
    const boundary = offsetAt(index, { node, offset: 0 });
    const at = wordAt(words, boundary);
    const first = at - 1 - below(random, 4);
    const last = at + 1 + below(random, 4);
    if (first < 0 || last > words.length) continue;
    const start = words[first]!.start;
    const end = words[last - 1]!.end;
    if (start < boundary && boundary < end) return { kind: 'across_elements', start, end };
  }
  return null;
}

function repeatedPhrase(text: string, words: Word[], random: () => number): Passage | null {
  for (let tries = 0; tries < 200 && words.length > 3; tries += 1) {
    const first = below(random, words.length - 2);
    const start = words[first]!.start;
    const end = words[first + 1 + below(random, 2)]!.end;
    const phrase = text.slice(start, end);
    if (phrase.length < 8 || !/[a-z]/i.test(phrase)) continue;
    if (text.indexOf(phrase) === start && text.indexOf(phrase, start + 1) === -1) continue;
    return { kind: 'repeated_phrase', start, end };
  }
  return null;
}

/**
 * Up to `perKind` passages of each kind, none near another. Pages without lists
 * or repeats give fewer.
 */
export function pickPassages(
  doc: Document,
  index: TextIndex,
  random: () => number,
  perKind: number,
): Passage[] {
  const { text } = index;
  const words = wordsOf(text);
  const chosen: Passage[] = [];
  // Apart by more than their context: a change to one passage is then no change to
  // another's context, so each mutation tests what it names (`combined` and
  // `edit_sentence` change contexts on purpose).
  const gap = 2 * CONTEXT_LENGTH;
  const free = (p: Passage) =>
    chosen.every((c) => p.end + gap <= c.start || c.end + gap <= p.start);
  for (const kind of PASSAGE_KINDS) {
    for (let made = 0, tries = 0; made < perKind && tries < perKind * 5; tries += 1) {
      const passage =
        kind === 'sentence'
          ? sentences(text, random)
          : kind === 'list_item_part'
            ? listItemPart(doc, index, words, random)
            : kind === 'across_elements'
              ? acrossElements(index, words, random)
              : repeatedPhrase(text, words, random);
      if (!passage) break;
      if (!free(passage)) continue;
      chosen.push(passage);
      made += 1;
    }
  }
  return chosen;
}
