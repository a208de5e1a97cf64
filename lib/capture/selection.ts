import { plainText } from './plain-text';

// A range's cloned contents lose the elements around them: a phrase selected inside a
// code block arrives as bare text, a few cells of a table arrive as loose <td>s. The
// ancestors that give the selection its meaning are re-created around each fragment
// (shallow copies: the tag and its attributes, e.g. the code block's language class).
// prettier-ignore
const CONTEXT_TAGS = new Set([
  'pre', 'code', 'kbd', 'samp', 'blockquote', 'q', 'ul', 'ol', 'li', 'dl', 'dt', 'dd',
  'table', 'thead', 'tbody', 'tfoot', 'tr', 'td', 'th', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6',
  'a', 'b', 'strong', 'i', 'em', 's', 'del', 'strike', 'u', 'ins', 'mark', 'sub', 'sup',
  'math', 'figure', 'details',
]);

function withContext(range: Range, fragment: DocumentFragment, doc: Document): Node {
  let current: Node = fragment;
  let node: Node | null = range.commonAncestorContainer;
  if (node.nodeType !== 1) node = node.parentNode;
  for (; node && node.nodeType === 1 && node !== doc.body; node = node.parentNode) {
    const el = node as Element;
    if (!CONTEXT_TAGS.has(el.localName.toLowerCase())) continue;
    const shell = el.cloneNode(false);
    shell.appendChild(current);
    current = shell;
  }
  return current;
}

/** The content of a selection, detached from the page, and its plain text. */
export interface SelectionContent {
  /** A detached `<div>` holding a copy of every selected range, in order. */
  root: Element;
  text: string;
}

/**
 * Copies what the user selected — every range of it (Firefox allows several) — into a
 * detached element the converter can read. The page itself is never changed. Null when
 * nothing is selected.
 */
export function readSelection(doc: Document, selection: Selection | null): SelectionContent | null {
  if (!selection || selection.rangeCount === 0 || selection.isCollapsed) return null;
  const root = doc.createElement('div');
  for (let i = 0; i < selection.rangeCount; i += 1) {
    const range = selection.getRangeAt(i);
    if (range.collapsed) continue;
    root.appendChild(withContext(range, range.cloneContents(), doc));
  }
  const text = selection.toString();
  return text.trim() || root.querySelector('img, video, iframe, math, svg') ? { root, text } : null;
}

/** The whole document treated as the selection (the command line's `--selection`). */
export function wholeDocumentAsSelection(doc: Document): SelectionContent {
  const body = doc.body ?? doc.documentElement;
  return { root: body, text: plainText(body) };
}
