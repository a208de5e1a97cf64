/**
 * Between the normalised text (`text-index.ts`) and the DOM: a boundary point to an
 * offset (describing a selection), offsets to a range's ends (drawing a highlight).
 */
import type { TextIndex } from './text-index';
import { isExcluded, isText, nextOutside } from './text-rules';

/** A position between two characters of a text node, as a DOM boundary point is. */
export interface BoundaryPoint {
  node: Node;
  offset: number;
}

/** A range's ends as plain data; `Range`, `StaticRange` and this all fit `AbstractRange`. */
export interface TextBounds {
  startContainer: Node;
  startOffset: number;
  endContainer: Node;
  endOffset: number;
}

/** The first index `i` with `values[i] >= target` (or `values.length`). */
function lowerBound(values: Int32Array, target: number): number {
  let low = 0;
  let high = values.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if (values[mid]! < target) low = mid + 1;
    else high = mid;
  }
  return low;
}

/** The source offset of the first included text at or after `node` in document order. */
function sourceFrom(index: TextIndex, node: Node | null, root: Node): number {
  let at = node;
  while (at) {
    const position = index.positions.get(at);
    if (position !== undefined) return index.nodeStarts[position]!;
    if (isText(at) || isExcluded(at) || !at.firstChild) at = nextOutside(at, root);
    else at = at.firstChild;
  }
  return index.sourceLength;
}

function childAt(node: Node, offset: number): Node | null {
  let child = node.firstChild;
  for (let i = 0; child && i < offset; i += 1) child = child.nextSibling;
  return child;
}

/**
 * The offset in the normalised text of a DOM boundary point: the number of normalised
 * characters that come before it. A point inside excluded content counts as the start
 * of the next included text.
 */
export function offsetAt(index: TextIndex, point: BoundaryPoint): number {
  const { root } = index;
  const { node, offset } = point;
  let source: number;
  const position = index.positions.get(node);
  if (position !== undefined) {
    const length = (node as CharacterData).data.length;
    source = index.nodeStarts[position]! + Math.max(0, Math.min(offset, length));
  } else if (isText(node)) {
    source = sourceFrom(index, nextOutside(node, root), root);
  } else {
    const child = childAt(node, offset);
    source = sourceFrom(index, child ?? nextOutside(node, root), root);
  }
  return lowerBound(index.sources, source);
}

/** The included node holding source offset `source` (which must be a real character). */
function nodeHolding(index: TextIndex, source: number): number {
  // The last node starting at or before `source`: empty nodes share their start with
  // the next one, and the last of them is the one that holds the character.
  return lowerBound(index.nodeStarts, source + 1) - 1;
}

/**
 * The DOM range covering normalised characters `[start, end)`, with the spaces at its
 * edges left out (a space may stand for no character at all: a block's edge). Null when
 * nothing but spaces is in between.
 */
export function boundsOf(index: TextIndex, start: number, end: number): TextBounds | null {
  const { text, sources, nodes, nodeStarts } = index;
  let from = Math.max(0, start);
  let to = Math.min(text.length, end);
  while (from < to && text[from] === ' ') from += 1;
  while (to > from && text[to - 1] === ' ') to -= 1;
  if (from >= to) return null;
  const first = sources[from]!;
  const last = sources[to - 1]!;
  const startNode = nodeHolding(index, first);
  const endNode = nodeHolding(index, last);
  return {
    startContainer: nodes[startNode]!,
    startOffset: first - nodeStarts[startNode]!,
    endContainer: nodes[endNode]!,
    endOffset: last + 1 - nodeStarts[endNode]!,
  };
}
