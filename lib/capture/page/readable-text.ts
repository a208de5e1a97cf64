import { findMath } from '../../convert/rules/math/math';

// prettier-ignore
const BLOCKS = new Set([
  'address', 'article', 'aside', 'blockquote', 'body', 'dd', 'details', 'div', 'dl', 'dt',
  'figcaption', 'figure', 'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header',
  'hr', 'li', 'main', 'nav', 'ol', 'p', 'pre', 'section', 'summary', 'table', 'tr', 'ul',
]);
// Never rendered: metadata, scripts, and the fallback content of frames and media.
const SKIP = new Set(['style', 'noscript', 'template', 'head', 'iframe', 'video', 'audio']);

/** A footnote reference (`<sup><a href="#fn1">1</a></sup>`) reads `[1]`. */
function footnoteLabel(el: Element): string | null {
  const anchor = el.querySelector('a[href^="#"]');
  const label = (el.textContent ?? '').trim();
  if (!anchor || !label || label.length > 12) return null;
  return /^\[.*\]$/.test(label) ? label : `[${label}]`;
}

/**
 * The readable text of a DOM: one line per block element, whitespace collapsed outside
 * `<pre>`, table cells separated by tabs, math as its LaTeX and footnote references in
 * brackets. What `innerText` gives in a browser, written out because DOMs without
 * layout (linkedom) have no `innerText`.
 */
export function readableText(root: Node): string {
  const lines: string[] = [];
  let line = '';
  const end = () => {
    if (line.trim()) lines.push(line.replace(/[ \t]+$/, ''));
    line = '';
  };
  const walk = (node: Node, pre: boolean) => {
    if (node.nodeType === 3 || node.nodeType === 4) {
      const text = (node as Text).data;
      line += pre ? text : text.replace(/\s+/g, ' ');
      if (!pre && line.trimStart() !== line && line.trim() === '') line = '';
      return;
    }
    if (node.nodeType !== 1 && node.nodeType !== 9 && node.nodeType !== 11) return;
    const tag = node.nodeType === 1 ? (node as Element).localName.toLowerCase() : '';
    if (SKIP.has(tag)) return;
    if (tag === 'br') return end();
    if (node.nodeType === 1) {
      const math = findMath(node as Element);
      if (math === 'skip' || (tag === 'script' && !math)) return;
      if (math?.display) {
        end();
        line = math.latex;
        return end();
      }
      if (math) {
        line += ` ${math.latex} `;
        return;
      }
      const footnote = tag === 'sup' ? footnoteLabel(node as Element) : null;
      if (footnote) {
        line += footnote;
        return;
      }
    }
    const block = BLOCKS.has(tag);
    if (block) end();
    if (tag === 'td' || tag === 'th') line += '\t';
    node.childNodes.forEach((child) => walk(child, pre || tag === 'pre'));
    if (block) end();
  };
  walk(root, false);
  end();
  return lines.map((l) => l.replace(/^[ \t]+/, '')).join('\n');
}
