/**
 * What the extraction benchmark compares: the words a reader sees, measured so that
 * two renderings of the same content count the same. Two differences are not losses:
 *
 * - An equation is one token ("equation"): the reference keeps MathML that the text
 *   reader spells as LaTeX one way, defuddle keeps the page's own TeX, and `\vec{B}`
 *   against `\overset{\rightarrow}{\mathbf{B}}` is the same formula.
 * - A reference word glued from two elements (`<span>Credit</span>Ellen` reads
 *   "CreditEllen" in `textContent`) is found when the candidate has both halves.
 */
import { parseHtml } from '../../lib/capture/page/parse-html';
import { readableText } from '../../lib/capture/page/readable-text';
import { wordCounts } from '../../lib/capture/page/word-coverage';
import { findMath } from '../../lib/convert/rules/math/math';

const EQUATION = ' equation ';

function replaceMath(el: Element): void {
  for (const child of Array.from(el.children)) {
    const math = findMath(child);
    if (math === 'skip') child.remove();
    else if (math) child.replaceWith(child.ownerDocument.createTextNode(EQUATION));
    else replaceMath(child);
  }
}

/** The readable text of extracted HTML, each equation one token. */
export function htmlReaderText(doc: Document, html: string): string {
  const body = parseHtml(doc, html).body;
  replaceMath(body);
  return readableText(body);
}

type Json = Record<string, unknown>;
const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null;

function richText(items: unknown): string {
  if (!Array.isArray(items)) return '';
  return items
    .map((item: unknown) => {
      if (!isObject(item)) return '';
      if (isObject(item.text)) return String(item.text.content ?? '');
      return isObject(item.equation) ? EQUATION : '';
    })
    .join('');
}

/**
 * The text of Notion blocks as a reader sees it, one line per block, each equation one
 * token; an image or file shows its caption only (its address is not text on the page).
 */
export function blocksReaderText(blocks: readonly unknown[]): string {
  const lines: string[] = [];
  for (const block of blocks) {
    if (!isObject(block)) continue;
    const type = typeof block.type === 'string' ? block.type : (Object.keys(block)[0] ?? '');
    const body = block[type];
    if (!isObject(body)) continue;
    lines.push(richText(body.rich_text), richText(body.caption));
    if (type === 'equation') lines.push(EQUATION);
    if (type === 'table_row' && Array.isArray(body.cells))
      lines.push(body.cells.map(richText).join('\t'));
    if (Array.isArray(body.children)) lines.push(blocksReaderText(body.children));
  }
  return lines.filter((line) => line.trim() !== '').join('\n');
}

/**
 * The share of the words of `reference` (with repetition) that `candidate` has, a word
 * glued from two of the candidate's counted as found.
 */
export function readerRecall(reference: string, candidate: string): number {
  const want = wordCounts(reference);
  const spare = wordCounts(candidate);
  let total = 0;
  let found = 0;
  const short: [string, number][] = [];
  for (const [word, count] of want) {
    total += count;
    const direct = Math.min(count, spare.get(word) ?? 0);
    found += direct;
    spare.set(word, (spare.get(word) ?? 0) - direct);
    if (direct < count) short.push([word, count - direct]);
  }
  const has = (word: string, n = 1) => (spare.get(word) ?? 0) >= n;
  const split = (word: string): [string, string] | null => {
    for (let i = 1; i < word.length; i += 1) {
      const [a, b] = [word.slice(0, i), word.slice(i)];
      if (a === b ? has(a, 2) : has(a) && has(b)) return [a, b];
    }
    return null;
  };
  for (const [word, missing] of short) {
    for (let left = missing; left > 0; left -= 1) {
      const halves = split(word);
      if (!halves) break;
      for (const half of halves) spare.set(half, spare.get(half)! - 1);
      found += 1;
    }
  }
  return total === 0 ? 1 : found / total;
}
