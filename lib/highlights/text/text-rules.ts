/**
 * What counts as a page's text for highlights (`text-index.ts`): which elements are
 * left out, which separate words, which characters collapse or vanish.
 */

// prettier-ignore
const SKIPPED = new Set([
  'head', 'title', 'script', 'style', 'noscript', 'template', 'svg', 'annotation',
  'annotation-xml', 'textarea', 'select', 'input', 'iframe', 'frame', 'object', 'embed',
  'video', 'audio', 'canvas', 'noembed', 'noframes', 'rp',
]);

// Elements a browser lays out as blocks by default: their edges separate words.
// prettier-ignore
const BLOCKS = new Set([
  'address', 'article', 'aside', 'blockquote', 'body', 'br', 'caption', 'center', 'dd',
  'details', 'dialog', 'dir', 'div', 'dl', 'dt', 'fieldset', 'figcaption', 'figure',
  'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hgroup', 'hr', 'legend',
  'li', 'main', 'menu', 'nav', 'ol', 'p', 'pre', 'section', 'summary', 'table', 'tbody',
  'td', 'tfoot', 'th', 'thead', 'tr', 'ul',
]);

/** True for an element whose edges separate words (a block, a cell, a `<br>`). */
export const isBlock = (node: Node) => BLOCKS.has(nodeTag(node));

const HIDDEN_STYLE = /(?:^|;)\s*(?:display\s*:\s*none|visibility\s*:\s*(?:hidden|collapse))\b/i;

/** True for the characters that collapse into one space. */
export function isSpace(code: number): boolean {
  return (
    code <= 0x20 ||
    code === 0x85 ||
    code === 0xa0 ||
    code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200a) ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x3000
  );
}

/** Soft hyphen, zero-width space/joiners, word joiner, byte-order mark. */
export function isInvisible(code: number): boolean {
  return code === 0xad || (code >= 0x200b && code <= 0x200d) || code === 0x2060 || code === 0xfeff;
}

/** The element's tag in lower case, or '' for any other node. */
export function nodeTag(node: Node): string {
  return node.nodeType === 1 ? (node as Element).localName.toLowerCase() : '';
}

/** True for an element whose text a reader cannot see or select (see `text-index.ts`). */
export function isExcluded(node: Node): boolean {
  if (node.nodeType === 8 || node.nodeType === 7) return true;
  if (node.nodeType !== 1) return false;
  const el = node as Element;
  if (SKIPPED.has(nodeTag(el))) return true;
  if (el.hasAttribute('hidden')) return true;
  const style = el.getAttribute('style');
  return style !== null && HIDDEN_STYLE.test(style);
}

/** True for a text or CDATA node. */
export const isText = (node: Node) => node.nodeType === 3 || node.nodeType === 4;

/** The node after `node` in document order, not entering `node` itself. */
export function nextOutside(node: Node, root: Node): Node | null {
  for (let at: Node | null = node; at && at !== root; at = at.parentNode) {
    if (at.nextSibling) return at.nextSibling;
  }
  return null;
}
