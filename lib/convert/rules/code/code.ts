import type { CodeLanguage } from '../../../notion/api/code-languages';
import { toNotionLanguage } from './languages';

// Where highlighters leave the language: Prism and highlight.js `language-x`, older
// Prettify `lang-x`, GitHub `highlight-source-x` / `highlight-x`, SyntaxHighlighter
// `brush: x`, Pandoc `sourceCode x`, and `data-lang` / `data-language` attributes
// (defuddle writes both `data-lang` and `language-x` when it standardises code).
const CLASS_PATTERNS = [
  /^language-(.+)$/,
  /^lang-(.+)$/,
  /^highlight-source-(.+)$/,
  /^highlight-(.+)$/,
];
const ATTRIBUTES = ['data-lang', 'data-language', 'data-code-language', 'data-syntax'];

function languageName(el: Element): string | null {
  for (const name of ATTRIBUTES) {
    const value = el.getAttribute(name)?.trim();
    if (value) return value;
  }
  const classes = (el.getAttribute('class') ?? '').split(/\s+/).filter(Boolean);
  for (const cls of classes) {
    for (const pattern of CLASS_PATTERNS) {
      const match = pattern.exec(cls.toLowerCase());
      if (match?.[1]) return match[1];
    }
  }
  const brush = /brush:\s*([\w#+.-]+)/i.exec(el.getAttribute('class') ?? '');
  if (brush?.[1]) return brush[1];
  const source = classes.indexOf('sourceCode');
  if (source >= 0 && classes.length > 1) return classes.find((c) => c !== 'sourceCode') ?? null;
  return null;
}

/**
 * The Notion language of a code block, read from the `<pre>`, its `<code>` and two
 * wrapping elements (GitHub and Jekyll put the class on a wrapper `<div>`).
 */
export function codeLanguage(pre: Element): CodeLanguage {
  const candidates: (Element | null)[] = [
    pre.querySelector('code'),
    pre,
    pre.parentElement,
    pre.parentElement?.parentElement ?? null,
  ];
  for (const el of candidates) {
    const name = el ? languageName(el) : null;
    if (name) {
      const language = toNotionLanguage(name);
      if (language !== 'plain text' || /^(text|txt|plain|plaintext|none)$/i.test(name))
        return language;
    }
  }
  return 'plain text';
}

// Gutters and buttons that highlighters render inside <pre> but that are not code.
const NOT_CODE =
  /(^|\s)(line-?numbers?(-rows)?|linenos?|lineno|gutter|hljs-ln-numbers|copy(-code)?(-button)?|code-toolbar)(\s|$)/i;
const LINE_ELEMENTS = new Set(['div', 'p', 'tr', 'li']);

/**
 * The text of a code block as it reads on screen: `<br>` and per-line elements become
 * line breaks, line-number gutters and copy buttons are left out.
 */
export function codeText(pre: Element): string {
  let out = '';
  const walk = (node: Node) => {
    if (node.nodeType === 3 || node.nodeType === 4) {
      out += (node as Text).data;
      return;
    }
    if (node.nodeType !== 1) return;
    const el = node as Element;
    const tag = el.localName;
    if (tag === 'br') {
      out += '\n';
      return;
    }
    if (tag === 'button' || tag === 'script' || tag === 'style') return;
    if (NOT_CODE.test(el.getAttribute('class') ?? '')) return;
    const isLine = LINE_ELEMENTS.has(tag);
    if (isLine && out && !out.endsWith('\n')) out += '\n';
    el.childNodes.forEach(walk);
    if (isLine && !out.endsWith('\n')) out += '\n';
  };
  pre.childNodes.forEach(walk);
  // The HTML parser drops one newline right after <pre>; linkedom does not.
  return out.replace(/\r\n?/g, '\n').replace(/^\n/, '').replace(/\s+$/, '');
}
