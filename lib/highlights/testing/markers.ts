/**
 * Where each passage is after a page was changed, known independently of the anchoring
 * under test: empty marker elements are put at the passage's ends in the original DOM,
 * travel with it through every change, and are read (then removed) afterwards. They
 * hold no text and are inline, so they change nothing in the page's text.
 */
import { indexText } from '../text/text-index';
import { boundsOf, offsetAt, type BoundaryPoint } from '../text/text-map';
import { nodeTag } from '../text/text-rules';
import type { Passage } from './passages';

const MARK = 'hl-test-mark';

/** Splits a text node at `offset` (linkedom has no `splitText`); returns the second half. */
function split(node: CharacterData, offset: number): Node {
  const rest = node.ownerDocument.createTextNode(node.data.slice(offset));
  node.data = node.data.slice(0, offset);
  node.parentNode!.insertBefore(rest, node.nextSibling);
  return rest;
}

/** Inserts `marker` at `point`, before any marker inserted at the same point earlier. */
function insertAt(point: BoundaryPoint, marker: Element): void {
  const { node, offset } = point;
  const parent = node.parentNode!;
  const text = node as CharacterData;
  if (offset === 0) {
    // Before the markers already put at this very point (they come later in the text).
    let ref: Node = node;
    while (ref.previousSibling && nodeTag(ref.previousSibling) === MARK) ref = ref.previousSibling;
    parent.insertBefore(marker, ref);
  } else if (offset >= text.data.length) parent.insertBefore(marker, node.nextSibling);
  else parent.insertBefore(marker, split(text, offset));
}

/** Puts start and end markers around every passage (numbered as in `passages`). */
export function markPassages(doc: Document, passages: readonly Passage[]): void {
  const index = indexText(doc);
  const points: Array<{ source: number; point: BoundaryPoint; name: string }> = [];
  passages.forEach((passage, i) => {
    const bounds = boundsOf(index, passage.start, passage.end)!;
    const at = (node: Node) => index.nodeStarts[index.positions.get(node)!]!;
    points.push(
      {
        source: at(bounds.startContainer) + bounds.startOffset,
        point: { node: bounds.startContainer, offset: bounds.startOffset },
        name: `s${i}`,
      },
      {
        source: at(bounds.endContainer) + bounds.endOffset,
        point: { node: bounds.endContainer, offset: bounds.endOffset },
        name: `e${i}`,
      },
    );
  });
  // From the last position back: a split keeps the first half in the node that earlier
  // points (in the same text node) still refer to. At one position, ends go before
  // starts so that touching passages do not overlap.
  points.sort((a, b) => b.source - a.source || (a.name < b.name ? 1 : -1));
  for (const { point, name } of points) {
    const marker = doc.createElement(MARK);
    marker.setAttribute('data-mark', name);
    insertAt(point, marker);
  }
}

/** The markers of passage `i`, in document order: [start, end]. */
export function markersOf(doc: Document, i: number): [Element | null, Element | null] {
  return [
    doc.querySelector(`${MARK}[data-mark="s${i}"]`),
    doc.querySelector(`${MARK}[data-mark="e${i}"]`),
  ];
}

function before(node: Node): BoundaryPoint {
  const parent = node.parentNode!;
  let offset = 0;
  for (let at = parent.firstChild; at && at !== node; at = at.nextSibling) offset += 1;
  return { node: parent, offset };
}

/**
 * Each passage's span in the changed page's normalised text (spaces at its edges left
 * out), then removes the markers. Null for a passage whose text is gone.
 */
export function readMarkers(
  doc: Document,
  count: number,
): Array<{ start: number; end: number } | null> {
  const index = indexText(doc);
  const spans = Array.from({ length: count }, (_, i) => {
    const [start, end] = markersOf(doc, i);
    if (!start || !end) return null;
    let from = offsetAt(index, before(start));
    let to = offsetAt(index, before(end));
    while (from < to && index.text[from] === ' ') from += 1;
    while (to > from && index.text[to - 1] === ' ') to -= 1;
    return from < to ? { start: from, end: to } : null;
  });
  for (const marker of [...doc.querySelectorAll(MARK)]) marker.remove();
  return spans;
}
