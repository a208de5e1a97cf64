import { readableText } from './readable-text';
import { wordList } from './word-coverage';

// The smallest blocks a reader sees as one piece: what is added whole or not at all.
// prettier-ignore
const UNITS = new Set([
  'p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'pre', 'table', 'figure', 'li', 'dt', 'dd',
  'blockquote', 'figcaption', 'address', 'summary',
]);
// Where a piece of content can stand on its own: an anchor inside a list or a table is
// climbed out of unless the piece added is of the same kind.
const CONTAINED: Record<string, string[]> = {
  li: ['ul', 'ol'],
  dt: ['dl'],
  dd: ['dl'],
  figcaption: ['figure'],
  summary: ['details'],
};
// A unit counts as present when the other content has most of its words.
const PRESENT = 0.6;

const tagOf = (el: Element) => el.localName.toLowerCase();

// Blocks that hold units without being one; anything else is inline and belongs to the
// unit around it.
// prettier-ignore
const CONTAINERS = new Set([
  'div', 'section', 'article', 'main', 'header', 'footer', 'aside', 'nav', 'ul', 'ol', 'dl',
  'details', 'form', 'hgroup', 'center', 'body',
]);
// Units kept whole even when they hold other units.
const WHOLE = new Set(['table', 'pre', 'figure']);
const SELECTOR = Array.from(UNITS).join(',');

/**
 * The units of `root` that have text, in document order; a unit's descendants are part
 * of it. A container without units (a `<div>` of text) is a unit too. Images alone are
 * not: the words decide what is missing, and an image found twice would be added twice.
 */
export function contentUnits(root: Element): Element[] {
  const out: Element[] = [];
  const walk = (el: Element) => {
    for (const child of Array.from(el.children)) {
      const tag = tagOf(child);
      if (!UNITS.has(tag) && !CONTAINERS.has(tag)) continue;
      const nested = child.querySelector(SELECTOR) !== null;
      if (!nested || WHOLE.has(tag)) out.push(child);
      else walk(child);
    }
  };
  walk(root);
  return out.filter((el) => readableText(el).trim() !== '');
}

const normalise = (text: string) => text.replace(/\s+/g, ' ').trim().toLowerCase();

/**
 * Pairs of neighbouring words (a lone word stands for itself), counted: single words
 * would find "the", "for" and "to" of a missing sentence anywhere in an article.
 */
function pairs(text: string): Map<string, number> {
  const words = wordList(text);
  const out = new Map<string, number>();
  const keys = words.length === 1 ? words : words.slice(1).map((w, i) => `${words[i]} ${w}`);
  for (const key of keys) out.set(key, (out.get(key) ?? 0) + 1);
  return out;
}

/** Takes `unit`'s word pairs out of `budget`; true when most of them were there. */
function consume(unit: Element, budget: Map<string, number>): boolean {
  const wanted = pairs(readableText(unit));
  let total = 0;
  let found = 0;
  for (const [key, count] of wanted) {
    total += count;
    found += Math.min(count, budget.get(key) ?? 0);
  }
  if (total === 0 || found / total < PRESENT) return false;
  for (const [key, count] of wanted) budget.set(key, Math.max(0, (budget.get(key) ?? 0) - count));
  return true;
}

/** The unit of the primary content that reads as `unit` does, or contains or is in it. */
function counterpart(unit: Element, byText: Map<string, Element>): Element | null {
  const key = normalise(readableText(unit));
  const exact = byText.get(key);
  if (exact) return exact;
  // Short texts ("By", "Share") would match anywhere.
  if (key.length < 20) return null;
  for (const [text, el] of byText)
    if (text.length >= 20 && (text.includes(key) || key.includes(text))) return el;
  return null;
}

/** Where a piece goes after `anchor`: out of a list or table unless it is of that kind. */
function placeAfter(anchor: Element, piece: Element, root: Element): Element {
  let at = anchor;
  const parents = CONTAINED[tagOf(piece)];
  while (at.parentElement && at.parentElement !== root) {
    const parentTag = tagOf(at.parentElement);
    const inContainer = ['ul', 'ol', 'dl', 'table', 'figure', 'details'].includes(parentTag);
    if (!inContainer || parents?.includes(parentTag)) break;
    at = at.parentElement;
  }
  return at;
}

/**
 * `primary` with the units of `secondary` it lacks, each put after the unit it follows
 * in `secondary` (or first, when nothing before it is shared). For two extractors that
 * chose overlapping parts of a page: the first one's reading (and its clean-up of code,
 * math and footnotes) is kept, and what only the second found is not lost. Changes
 * `primary` (a detached copy the caller owns); returns how many units were added.
 */
export function mergeContent(primary: Element, secondary: Element): number {
  // Pairs counted unit by unit, so that a lone word ("Photo") is found only as a unit.
  const budget = new Map<string, number>();
  const byText = new Map<string, Element>();
  for (const unit of contentUnits(primary)) {
    const text = readableText(unit);
    for (const [key, count] of pairs(text)) budget.set(key, (budget.get(key) ?? 0) + count);
    const key = normalise(text);
    if (key && !byText.has(key)) byText.set(key, unit);
  }
  const doc = primary.ownerDocument;
  const shownImages = new Set(
    Array.from(primary.querySelectorAll('img'), (img) => img.getAttribute('src') ?? ''),
  );
  let last: Element | null = null;
  let added = 0;
  for (const unit of contentUnits(secondary)) {
    if (consume(unit, budget)) {
      last = counterpart(unit, byText) ?? last;
      continue;
    }
    const piece = doc.importNode(unit, true) as Element;
    // Its words were missing, not its picture: an image the content shows already stays once.
    for (const img of piece.querySelectorAll('img'))
      if (shownImages.has(img.getAttribute('src') ?? '')) img.remove();
    const wrapped = wrapForPlace(piece, doc);
    if (last) placeAfter(last, wrapped, primary).after(wrapped);
    else primary.prepend(wrapped);
    last = wrapped;
    added += 1;
  }
  return added;
}

/** A list item or table part moved on its own needs its container to stay what it was. */
function wrapForPlace(piece: Element, doc: Document): Element {
  const containers = CONTAINED[tagOf(piece)];
  if (!containers) return piece;
  const wrapper = doc.createElement(containers[0]!);
  wrapper.append(piece);
  return wrapper;
}
