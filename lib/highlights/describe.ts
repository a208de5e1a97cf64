/**
 * From a selection to the selectors that find it again (`model.ts`), or a refusal the
 * person can act on.
 *
 * A `Range` lives in one document, so a selection "across frames" never reaches this
 * function whole: each frame has a selection of its own, and the caller asks the frame
 * the person selected in. What can arrive is refused with a reason code, each with a
 * Problem and its sentences (`problems.ts`).
 */
import type { HighlightTarget } from './model';
import { CONTEXT_LENGTH, MAX_QUOTE_LENGTH } from './anchoring/policy';
import { indexText, type TextIndex } from './text/text-index';
import { offsetAt } from './text/text-map';
import { isInvisible, isSpace, nodeTag } from './text/text-rules';

/**
 * Why a selection cannot become a highlight:
 * - `empty`: nothing but spaces (or nothing) is selected;
 * - `form_field`: the selection is in a text field, whose text is not the page's;
 * - `svg`: the selection is in an SVG drawing, whose text the page's text leaves out;
 * - `too_long`: longer than `MAX_QUOTE_LENGTH` characters;
 * - `detached`: the range's nodes are no longer in the document (the page replaced them);
 * - `not_on_page`: (`describeQuote`) the selected words are nowhere in the page's text;
 * - `repeated`: (`describeQuote`) they are there more than once, and nothing says which.
 */
export const DESCRIBE_REFUSALS = [
  'empty',
  'form_field',
  'svg',
  'too_long',
  'detached',
  'not_on_page',
  'repeated',
] as const;

export type DescribeRefusal = (typeof DESCRIBE_REFUSALS)[number];

export type DescribeResult =
  { ok: true; target: HighlightTarget } | { ok: false; reason: DescribeRefusal };

const FIELDS = new Set(['input', 'textarea', 'select']);

function inside(node: Node, test: (el: Element) => boolean): boolean {
  for (let at: Node | null = node; at; at = at.parentNode) {
    if (at.nodeType === 1 && test(at as Element)) return true;
  }
  return false;
}

const isField = (el: Element) => FIELDS.has(nodeTag(el));
const isSvg = (el: Element) =>
  nodeTag(el) === 'svg' || el.namespaceURI === 'http://www.w3.org/2000/svg';

function connected(node: Node): boolean {
  let at: Node = node;
  while (at.parentNode) at = at.parentNode;
  return at.nodeType === 9;
}

/** The node a boundary point sits before (a text node itself when it points into one). */
function nodeAt(container: Node, offset: number): Node | null {
  if (container.nodeType !== 1 && container.nodeType !== 9 && container.nodeType !== 11)
    return container;
  let child = container.firstChild;
  for (let i = 0; child && i < offset; i += 1) child = child.nextSibling;
  return child;
}

/**
 * True when a field lies between the range's ends: browsers report a selection made in
 * a text field as a range around the field (or a collapsed one beside it), not in it.
 */
function coversField(range: AbstractRange): boolean {
  const active = range.startContainer.ownerDocument?.activeElement;
  if (active && isField(active)) return true;
  const end = nodeAt(range.endContainer, range.endOffset);
  let node = nodeAt(range.startContainer, range.startOffset);
  // Bounded: only reached when the range holds no text, so it spans few nodes.
  for (let steps = 0; node && node !== end && steps < 500; steps += 1) {
    if (node.nodeType === 1 && isField(node as Element)) return true;
    if (node.firstChild) node = node.firstChild;
    else {
      let at: Node | null = node;
      while (at && !at.nextSibling) at = at.parentNode;
      node = at?.nextSibling ?? null;
    }
  }
  return false;
}

/**
 * The selectors for `range` (a `Range`, a `StaticRange` or any object with its four
 * boundary fields), measured over the text of the range's document. `index` may be
 * passed when it was already built for this document as it is now.
 */
export function describe(range: AbstractRange, index?: TextIndex): DescribeResult {
  const { startContainer, endContainer } = range;
  if (!connected(startContainer) || !connected(endContainer))
    return { ok: false, reason: 'detached' };
  if (inside(startContainer, isField) || inside(endContainer, isField))
    return { ok: false, reason: 'form_field' };
  if (inside(startContainer, isSvg) || inside(endContainer, isSvg))
    return { ok: false, reason: 'svg' };
  const doc = startContainer.ownerDocument ?? (startContainer as Document);
  const texts = index ?? indexText(doc);
  const { text } = texts;
  let start = range.collapsed
    ? 0
    : offsetAt(texts, { node: startContainer, offset: range.startOffset });
  let end = range.collapsed ? 0 : offsetAt(texts, { node: endContainer, offset: range.endOffset });
  // Spaces at the edges may stand for a block's edge, which has no place in the DOM.
  while (start < end && text[start] === ' ') start += 1;
  while (end > start && text[end - 1] === ' ') end -= 1;
  if (start >= end) return { ok: false, reason: coversField(range) ? 'form_field' : 'empty' };
  if (end - start > MAX_QUOTE_LENGTH) return { ok: false, reason: 'too_long' };
  return { ok: true, target: targetAt(text, start, end) };
}

function targetAt(text: string, start: number, end: number): HighlightTarget {
  return {
    quote: {
      type: 'TextQuoteSelector',
      exact: text.slice(start, end),
      prefix: text.slice(Math.max(0, start - CONTEXT_LENGTH), start),
      suffix: text.slice(end, end + CONTEXT_LENGTH),
    },
    position: { type: 'TextPositionSelector', start, end },
  };
}

/** `words` normalised as `text-index.ts` normalises a page: spaces collapsed, edges trimmed. */
export function normaliseWords(words: string): string {
  let out = '';
  let space = false;
  for (let k = 0; k < words.length; k += 1) {
    const code = words.charCodeAt(k);
    if (isSpace(code)) space = true;
    else if (!isInvisible(code)) {
      if (space && out) out += ' ';
      space = false;
      out += words[k];
    }
  }
  return out;
}

/**
 * The selectors for words known only as text — what a context menu reports as the
 * selection when the selection itself cannot be read (it was made in a frame, or the
 * page replaced it since). Taken only when the words occur exactly once in the page:
 * guessing between copies could mark the wrong one.
 */
export function describeQuote(index: TextIndex, words: string): DescribeResult {
  const exact = normaliseWords(words);
  if (!exact) return { ok: false, reason: 'empty' };
  if (exact.length > MAX_QUOTE_LENGTH) return { ok: false, reason: 'too_long' };
  const { text } = index;
  const start = text.indexOf(exact);
  if (start === -1) return { ok: false, reason: 'not_on_page' };
  if (text.indexOf(exact, start + 1) !== -1) return { ok: false, reason: 'repeated' };
  return { ok: true, target: targetAt(text, start, start + exact.length) };
}
