import { mathmlToLatex, tidyLatex } from './mathml';

/** An equation found in the page: its LaTeX and whether it stands on its own line. */
export interface FoundMath {
  latex: string;
  display: boolean;
}

const hasClass = (el: Element, name: string) => el.classList?.contains(name) ?? false;

const TEX_ENCODINGS = new Set(['application/x-tex', 'tex', 'text/x-tex', 'application/tex']);

function texAnnotation(root: Element): string | null {
  for (const note of root.querySelectorAll('annotation')) {
    if (TEX_ENCODINGS.has((note.getAttribute('encoding') ?? '').toLowerCase()))
      return note.textContent?.trim() || null;
  }
  return null;
}

/** LaTeX of a `<math>` element, from the source pages keep beside it when they do. */
function fromMathElement(math: Element): string {
  const given =
    math.getAttribute('data-latex')?.trim() ||
    math.getAttribute('alttext')?.trim() ||
    texAnnotation(math);
  return given || tidyLatex(mathmlToLatex(math));
}

// MathJax 2 keeps the TeX in a <script type="math/tex"> and renders beside it; these
// rendered copies must be skipped or the formula would appear twice.
const MATHJAX2_RENDERED = [
  'MathJax_Preview',
  'MathJax',
  'MathJax_Display',
  'MathJax_SVG',
  'MathJax_SVG_Display',
  'MathJax_CHTML',
  'MathJax_MathML',
];

function hasTexScriptAfter(el: Element): boolean {
  let next = el.nextElementSibling;
  for (let steps = 0; next && steps < 3; steps += 1, next = next.nextElementSibling) {
    if (next.localName === 'script' && /^math\/tex/i.test(next.getAttribute('type') ?? ''))
      return true;
  }
  return false;
}

/**
 * Recognises math in its common page forms — MathML, KaTeX, MathJax 2 and 3, Wikipedia —
 * and returns its LaTeX. `'skip'` marks a rendered copy whose source is elsewhere.
 * `null`: not math.
 */
export function findMath(el: Element): FoundMath | 'skip' | null {
  const tag = el.localName;
  if (tag === 'math') {
    const display = el.getAttribute('display') === 'block' || el.getAttribute('mode') === 'display';
    return { latex: fromMathElement(el), display };
  }
  if (tag === 'script') {
    const type = (el.getAttribute('type') ?? '').toLowerCase();
    if (!type.startsWith('math/tex')) return null;
    return { latex: (el.textContent ?? '').trim(), display: type.includes('mode=display') };
  }
  if (hasClass(el, 'katex-display') || hasClass(el, 'katex')) {
    const display = hasClass(el, 'katex-display');
    const latex = texAnnotation(el);
    const math = el.querySelector('math');
    if (latex) return { latex, display };
    if (math) return { latex: fromMathElement(math), display };
    return null;
  }
  if (tag === 'mjx-container') {
    const display = el.getAttribute('display') === 'true' || el.getAttribute('display') === 'block';
    const math = el.querySelector('math');
    const latex = el.getAttribute('data-latex') || (math ? fromMathElement(math) : '');
    return latex ? { latex, display } : 'skip';
  }
  if (hasClass(el, 'mwe-math-element')) {
    const math = el.querySelector('math');
    if (!math) return null;
    const display =
      math.getAttribute('display') === 'block' ||
      el.querySelector('.mwe-math-fallback-image-display') !== null;
    return { latex: fromMathElement(math), display };
  }
  if (MATHJAX2_RENDERED.some((name) => hasClass(el, name))) {
    const math = el.querySelector('math');
    if (hasClass(el, 'MathJax_Preview') || !math || hasTexScriptAfter(el)) return 'skip';
    return { latex: fromMathElement(math), display: hasClass(el, 'MathJax_Display') };
  }
  return null;
}
