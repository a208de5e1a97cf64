/**
 * The changes a page goes through between two visits, applied to a marked copy
 * (`markers.ts`) with a seeded generator:
 *
 * - `ads`: advertisement blocks inserted between blocks;
 * - `reorder`: paragraphs (or other blocks) swapped with a sibling;
 * - `edit_sentence`: words replaced, inserted or deleted in the text around passages
 *   (half of the time right next to one, where its context is);
 * - `whitespace`: whitespace runs re-indented, no-break spaces, whitespace between blocks;
 * - `edit_passage`: each passage itself lightly edited (a typo, a word replaced,
 *   inserted or dropped: at most a tenth of its characters);
 * - `combined`: ads, reorder, edit_sentence and whitespace together;
 * - `removed`: each passage's text deleted — the control: nothing may be placed.
 *
 * No change splits a passage in two (an ad inside it, half of it moved away): then no
 * placement would be "the same text".
 */
import { indexText } from '../text/text-index';
import { isBlock, isExcluded, nodeTag } from '../text/text-rules';
import { below, oneOf } from './random';
import { markersOf } from './markers';

export type MutationKind =
  'ads' | 'reorder' | 'edit_sentence' | 'whitespace' | 'edit_passage' | 'combined' | 'removed';

export const MUTATION_KINDS: readonly MutationKind[] = [
  'ads',
  'reorder',
  'edit_sentence',
  'whitespace',
  'edit_passage',
  'combined',
  'removed',
];

// prettier-ignore
const WORDS = [
  'market', 'season', 'public', 'report', 'evening', 'shared', 'local', 'rapid', 'quiet',
  'number', 'figure', 'growth', 'policy', 'winter', 'garden', 'signal', 'bridge', 'silver',
];
// prettier-ignore
const AD_LINES = [
  'Advertisement', 'Sponsored content from our partners', 'Subscribe now and save 50%',
  'Try it free for 30 days. Cancel anytime.', 'Recommended for you',
];

interface Page {
  doc: Document;
  random: () => number;
  /** Every node inside some passage (between its markers). */
  covered: Set<Node>;
  /** Every marker and ancestor of a marker: moving one would move a passage's end. */
  holdsMarker: Set<Node>;
  /** For each passage, the ancestors of its start marker and of its end marker. */
  ends: Array<[Set<Node>, Set<Node>]>;
  count: number;
}

function nextInOrder(node: Node): Node | null {
  if (node.firstChild) return node.firstChild;
  for (let at: Node | null = node; at; at = at.parentNode)
    if (at.nextSibling) return at.nextSibling;
  return null;
}

function survey(doc: Document, count: number, random: () => number): Page {
  const covered = new Set<Node>();
  const holdsMarker = new Set<Node>();
  const ends: Array<[Set<Node>, Set<Node>]> = [];
  const ancestors = (node: Node) => {
    const out = new Set<Node>();
    for (let at: Node | null = node; at; at = at.parentNode) out.add(at);
    return out;
  };
  for (let i = 0; i < count; i += 1) {
    const [start, end] = markersOf(doc, i);
    if (!start || !end) continue;
    for (let at = nextInOrder(start); at && at !== end; at = nextInOrder(at)) covered.add(at);
    ends.push([ancestors(start), ancestors(end)]);
    for (const marker of [start, end]) for (const at of ancestors(marker)) holdsMarker.add(at);
  }
  return { doc, random, covered, holdsMarker, ends, count };
}

/** Visible text nodes outside every passage, with some words in them. */
function outsideTexts(page: Page): CharacterData[] {
  return indexText(page.doc).nodes.filter(
    (node) => !page.covered.has(node) && /\S+\s+\S+\s+\S+/.test(node.data),
  );
}

const blocksIn = (page: Page) =>
  [...page.doc.body.querySelectorAll('p, div, section, article, h2, h3, li, blockquote')].filter(
    (el) => !page.covered.has(el),
  );

function insertAds(page: Page): void {
  const { doc, random } = page;
  const targets = blocksIn(page).filter((el) => nodeTag(el) !== 'li');
  for (let n = 1 + below(random, 3); n > 0 && targets.length > 0; n -= 1) {
    const ad = doc.createElement('div');
    ad.setAttribute('class', 'ad-slot');
    for (let lines = 1 + below(random, 2); lines > 0; lines -= 1) {
      const p = doc.createElement('p');
      p.appendChild(doc.createTextNode(`${oneOf(random, AD_LINES)} ${below(random, 1000)}`));
      ad.appendChild(p);
    }
    const before = oneOf(random, targets);
    before.parentNode?.insertBefore(ad, before);
  }
}

function reorder(page: Page): void {
  const { random } = page;
  // A block moves only whole: it holds both ends of a passage or neither.
  const movable = (el: Element) =>
    !page.covered.has(el) && page.ends.every(([start, end]) => start.has(el) === end.has(el));
  const blocks = blocksIn(page).filter((el) => el.previousElementSibling && movable(el));
  for (let n = 2; n > 0 && blocks.length > 0; n -= 1) {
    const el = oneOf(random, blocks);
    const sibling = el.previousElementSibling;
    if (!sibling || !movable(sibling) || !isBlock(sibling)) continue;
    el.parentNode!.insertBefore(el, sibling);
  }
}

function editWords(text: CharacterData, random: () => number): void {
  const words = text.data.split(/(\s+)/);
  const at = 2 * below(random, Math.ceil(words.length / 2));
  const choice = below(random, 3);
  if (choice === 0) words[at] = oneOf(random, WORDS);
  else if (choice === 1) words.splice(at, 0, oneOf(random, WORDS), ' ');
  else if (words.length > 4) words.splice(at, 2);
  text.data = words.join('');
}

function editSentences(page: Page): void {
  const { random } = page;
  const texts = outsideTexts(page);
  if (texts.length === 0) return;
  const nearPassage = texts.filter((node) => {
    const next = node.nextSibling;
    const previous = node.previousSibling;
    return (next && page.holdsMarker.has(next)) || (previous && page.holdsMarker.has(previous));
  });
  for (let n = 1 + below(random, 2); n > 0; n -= 1) {
    const pool = nearPassage.length > 0 && random() < 0.5 ? nearPassage : texts;
    editWords(oneOf(random, pool), random);
  }
}

function reindent(page: Page): void {
  const { doc, random } = page;
  for (const node of indexText(doc).nodes) {
    if (random() < 0.5) continue;
    node.data = node.data.replace(/\s+/g, (run) =>
      random() < 0.3 ? '\u00a0' : random() < 0.5 ? `\n${' '.repeat(below(random, 12))}` : run,
    );
  }
  // Whitespace between two blocks is no text of its own.
  for (const el of [...doc.body.querySelectorAll('p, div, li, h2, h3')]) {
    if (random() < 0.7 || !el.nextSibling || !isBlock(el)) continue;
    const next = el.nextElementSibling;
    if (next && next === el.nextSibling && isBlock(next))
      el.parentNode!.insertBefore(doc.createTextNode('\n\t  '), next);
  }
}

/** Text nodes of passage `i`, each visible and holding a word. */
function passageTexts(page: Page, i: number): CharacterData[] {
  const [start, end] = markersOf(page.doc, i);
  const out: CharacterData[] = [];
  if (!start || !end) return out;
  for (let at = nextInOrder(start); at && at !== end; at = nextInOrder(at)) {
    if ((at.nodeType === 3 || at.nodeType === 4) && /\S/.test((at as CharacterData).data)) {
      let hidden = false;
      for (let up = at.parentNode; up; up = up.parentNode) hidden ||= isExcluded(up);
      if (!hidden) out.push(at as CharacterData);
    }
  }
  return out;
}

function editPassages(page: Page): void {
  const { random } = page;
  for (let i = 0; i < page.count; i += 1) {
    const texts = passageTexts(page, i);
    if (texts.length === 0) continue;
    const length = texts.reduce((sum, t) => sum + t.data.length, 0);
    const node = oneOf(random, texts);
    const words = [...node.data.matchAll(/\S+/g)];
    const word = oneOf(random, words);
    const budget = Math.max(1, Math.floor(length / 10));
    const choice = below(random, 4);
    let replacement: string;
    if (choice === 0 || word[0].length > budget) {
      // A typo: one letter changed.
      const k = below(random, word[0].length);
      replacement = word[0].slice(0, k) + (word[0][k] === 'x' ? 'y' : 'x') + word[0].slice(k + 1);
    } else if (choice === 1) replacement = oneOf(random, WORDS).slice(0, budget);
    else if (choice === 2 && budget >= 4)
      replacement = `${word[0]} ${oneOf(random, WORDS).slice(0, budget - 1)}`;
    else replacement = word[0].slice(0, Math.max(1, word[0].length - budget));
    node.data =
      node.data.slice(0, word.index) + replacement + node.data.slice(word.index + word[0].length);
  }
}

function removePassages(page: Page): void {
  for (const node of page.covered) {
    if (node.nodeType === 3 || node.nodeType === 4) (node as CharacterData).data = '';
  }
}

/** Applies one kind of change to a marked copy of a page. */
export function mutate(
  doc: Document,
  kind: MutationKind,
  count: number,
  random: () => number,
): void {
  const page = () => survey(doc, count, random);
  if (kind === 'ads' || kind === 'combined') insertAds(page());
  if (kind === 'reorder' || kind === 'combined') reorder(page());
  if (kind === 'edit_sentence' || kind === 'combined') editSentences(page());
  if (kind === 'whitespace' || kind === 'combined') reindent(page());
  if (kind === 'edit_passage') editPassages(page());
  if (kind === 'removed') removePassages(page());
}
