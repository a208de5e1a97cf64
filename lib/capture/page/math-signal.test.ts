import CoreDefuddle from 'defuddle';
import FullDefuddle from 'defuddle/full';
import { describe, expect, it } from 'vitest';
import {
  CORPUS_URL,
  corpusPages,
  parseDocument,
  readCorpusFile,
} from '../../../tests/golden/corpus';
import { defuddleFor } from './article';
import { defuddleBuildFor, type DefuddleBuild } from './defuddle-build';
import { pageHasMath } from './math-signal';

const page = (body: string, head = '') =>
  parseDocument(`<!doctype html><html><head>${head}</head><body>${body}</body></html>`);

const content = (Defuddle: DefuddleBuild, html: string) =>
  new Defuddle(parseDocument(html), { url: CORPUS_URL, useAsync: false }).parse().content;

describe('pageHasMath', () => {
  it.each([
    ['MathML', '<p>Let <math><mi>x</mi></math> be.</p>'],
    ['a MathJax 3 render', '<p><mjx-container class="MathJax">x</mjx-container></p>'],
    ['a MathJax 2 render', '<p><span class="MathJax">x</span></p>'],
    ['a KaTeX render', '<p><span class="katex">x</span></p>'],
    ['a MathJax 2 source script', '<script type="math/tex">x^2</script>'],
    ['a LaTeX image', '<img class="latex" src="/latex.php?x">'],
    ['a data-latex attribute', '<span data-latex="x^2">x²</span>'],
  ])('finds %s', (_, body) => {
    expect(pageHasMath(page(body))).toBe(true);
  });

  it.each([
    ['a MathJax library', '<script src="https://cdn.example/MathJax/tex-chtml.js"></script>'],
    ['a KaTeX library', '<script src="/js/katex.min.js"></script>'],
    ['a MathJax configuration', '<script>window.MathJax = { tex: {} };</script>'],
    ['KaTeX called inline', '<script>renderMathInElement(document.body, katexOptions)</script>'],
  ])('finds %s, which makes defuddle look for raw LaTeX in the text', (_, head) => {
    expect(pageHasMath(page('<p>Where $x^2$ grows.</p>', head))).toBe(true);
  });

  it('passes over a page without math, dollar prices and other scripts included', () => {
    const doc = page(
      '<article><h1>Prices</h1><p>From $5 to $10, or \\(not math\\).</p></article>',
      '<script src="/app.js"></script><script>window.analytics = {};</script>',
    );
    expect(pageHasMath(doc)).toBe(false);
  });

  it('marks for the full build the corpus pages with math, and only them', () => {
    const marked = corpusPages().filter((name) =>
      pageHasMath(parseDocument(readCorpusFile(name, 'source.html'))),
    );
    expect(marked).toEqual(['mathjax', 'quanta-1']);
  });
});

describe('the build chosen per page', () => {
  it('is the full one on a page with math, the core elsewhere', () => {
    expect(defuddleBuildFor(page('<p><math><mi>x</mi></math></p>'))).toBe(FullDefuddle);
    expect(defuddleBuildFor(page('<p>From $5 to $10.</p>'))).toBe(CoreDefuddle);
  });

  it('is the full one on the corpus page of equations, where the two differ', () => {
    const html = readCorpusFile('mathjax', 'source.html');
    const chosen = defuddleFor(parseDocument(html), { url: CORPUS_URL, useAsync: false }).parse();
    expect(chosen.content).toBe(content(FullDefuddle, html));
    expect(content(CoreDefuddle, html)).not.toBe(chosen.content);
  });
});
