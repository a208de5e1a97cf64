/**
 * Whether `doc` has math that defuddle's full build reads differently from its core:
 * rendered or marked-up math (MathML, MathJax, KaTeX, LaTeX images, `data-latex`, math
 * scripts — defuddle's own `mathFastCheck`, the gate of its math rule), or a MathJax or
 * KaTeX library on the page (defuddle's `hasMathLibrary`, the gate of its search for raw
 * `$…$` LaTeX in the text). Only then does the full build's MathML → LaTeX and LaTeX →
 * MathML conversion change the extraction; on every other page both builds give the
 * same content, and the capture takes the core build, half the size to inject.
 *
 * Self-contained (no import, no module constant): the background runs it in the page
 * through `executeScript` (`doc` then defaults to the page's document), and the tests
 * and tools run it on the document they extract, so both choose alike.
 */
export function pageHasMath(doc: Document = document): boolean {
  const rendered =
    'math, mjx-container, .MathJax, .katex, img.latex, [data-math], [data-latex], script[type^="math/"]';
  if (doc.querySelector(rendered)) return true;
  for (const script of Array.from(doc.querySelectorAll('script[src]'))) {
    const src = (script.getAttribute('src') ?? '').toLowerCase();
    if (src.includes('mathjax') || src.includes('katex')) return true;
  }
  for (const script of Array.from(doc.querySelectorAll('script:not([src])'))) {
    const text = script.textContent ?? '';
    if (/MathJax\s*[.=]/.test(text) || /katex/i.test(text)) return true;
  }
  return false;
}
