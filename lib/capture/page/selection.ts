import { parseHtml } from './parse-html';
import { readableText } from './readable-text';

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

/**
 * A copy of what `range` covers, made in `target`. `Range.cloneContents` would copy into
 * the page's own document, where a copied <img> starts loading at once: the capture
 * would make the page fetch images (even ones that failed before). `target` is an inert
 * document, which loads nothing.
 */
function copyRange(range: Range, target: Document): DocumentFragment {
  const out = target.createDocumentFragment();
  const copy = (node: Node, parent: Node) => {
    if (!range.intersectsNode(node)) return;
    if (node.nodeType === 3 || node.nodeType === 4) {
      const data = (node as CharacterData).data;
      const start = node === range.startContainer ? range.startOffset : 0;
      const end = node === range.endContainer ? range.endOffset : data.length;
      parent.appendChild(target.createTextNode(data.slice(start, end)));
    } else if (node.nodeType === 1) {
      const shell = target.importNode(node, false);
      parent.appendChild(shell);
      node.childNodes.forEach((child) => copy(child, shell));
    }
  };
  const common = range.commonAncestorContainer;
  if (common.nodeType === 1 || common.nodeType === 11)
    common.childNodes.forEach((child) => copy(child, out));
  else copy(common, out);
  return out;
}

function withContext(
  range: Range,
  fragment: DocumentFragment,
  page: Document,
  target: Document,
): Node {
  let current: Node = fragment;
  let node: Node | null = range.commonAncestorContainer;
  if (node.nodeType !== 1) node = node.parentNode;
  for (; node && node.nodeType === 1 && node !== page.body; node = node.parentNode) {
    const el = node as Element;
    if (!CONTEXT_TAGS.has(el.localName.toLowerCase())) continue;
    const shell = target.importNode(el, false);
    shell.appendChild(current);
    current = shell;
  }
  return current;
}

/** The content of a selection, detached from the page, and its plain text. */
export interface SelectionContent {
  /** A `<div>` in an inert document holding a copy of every selected range, in order. */
  root: Element;
  text: string;
}

/**
 * Copies what the user selected — every range of it (Firefox allows several) — into an
 * inert document the converter can read. The page is never changed and fetches
 * nothing. Null when nothing is selected.
 */
export function readSelection(doc: Document, selection: Selection | null): SelectionContent | null {
  if (!selection || selection.rangeCount === 0 || selection.isCollapsed) return null;
  const inert = parseHtml(doc, '');
  const root = inert.createElement('div');
  for (let i = 0; i < selection.rangeCount; i += 1) {
    const range = selection.getRangeAt(i);
    if (range.collapsed) continue;
    root.appendChild(withContext(range, copyRange(range, inert), doc, inert));
  }
  const text = selection.toString();
  return text.trim() || root.querySelector('img, video, iframe, math, svg') ? { root, text } : null;
}

/** The whole document treated as the selection (the command line's `--selection`). */
export function wholeDocumentAsSelection(doc: Document): SelectionContent {
  const body = doc.body ?? doc.documentElement;
  return { root: body, text: readableText(body) };
}
