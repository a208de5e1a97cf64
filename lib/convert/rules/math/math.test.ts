import { describe, expect, it } from 'vitest';
import { blocksOf, convertHtml, lossCount } from '../../testing/dom';

const equation = (expression: string) => ({ type: 'equation', equation: { expression } });

describe('math', () => {
  it('turns display MathML into an equation block, from its TeX annotation', () => {
    const html =
      '<math display="block"><semantics><mrow><mi>x</mi></mrow><annotation encoding="application/x-tex">x^2</annotation></semantics></math>';
    expect(blocksOf(html)).toEqual([equation('x^2')]);
  });

  it('converts MathML without a source to LaTeX', () => {
    const html =
      '<math display="block"><mi>x</mi><mo>=</mo><mfrac><mrow><mo>−</mo><mi>b</mi><mo>±</mo><msqrt><msup><mi>b</mi><mn>2</mn></msup></msqrt></mrow><mrow><mn>2</mn><mi>a</mi></mrow></mfrac></math>';
    expect(blocksOf(html)).toEqual([equation('x = \\frac{- b \\pm \\sqrt{{b}^{2}}}{2 a}')]);
  });

  it('keeps inline math inline, as an equation item', () => {
    const [block] = blocksOf('<p>Let <math><mi>α</mi></math> be small.</p>');
    expect(block && 'paragraph' in block && block.paragraph.rich_text).toEqual([
      { type: 'text', text: { content: 'Let ' } },
      { type: 'equation', equation: { expression: '\\alpha' } },
      { type: 'text', text: { content: ' be small.' } },
    ]);
  });

  it('reads KaTeX, MathJax 2 and 3 and Wikipedia without duplicating the rendering', () => {
    const katex =
      '<span class="katex-display"><span class="katex"><span class="katex-mathml"><math><semantics><mi>y</mi><annotation encoding="application/x-tex">\\sqrt{y}</annotation></semantics></math></span><span class="katex-html">√y</span></span></span>';
    const mathjax2 =
      '<span class="MathJax_Preview">z</span><span class="MathJax">rendered</span><script type="math/tex; mode=display">z_1</script>';
    const mathjax3 =
      '<mjx-container display="true"><mjx-math>r</mjx-math><mjx-assistive-mml><math><mi>r</mi></math></mjx-assistive-mml></mjx-container>';
    const wikipedia =
      '<span class="mwe-math-element"><span style="display:none"><math alttext="{\\displaystyle E=mc^{2}}"><mi>E</mi></math></span><img class="mwe-math-fallback-image-display" src="/e.svg"></span>';
    expect(blocksOf(katex + mathjax2 + mathjax3 + wikipedia)).toEqual([
      equation('\\sqrt{y}'),
      equation('z_1'),
      equation('r'),
      equation('{\\displaystyle E=mc^{2}}'),
    ]);
  });

  it('keeps an equation longer than 1000 characters as LaTeX code, reported', () => {
    const long = 'x+'.repeat(600) + 'x';
    const result = convertHtml(`<math display="block" data-latex="${long}"><mi>x</mi></math>`);
    expect(result.blocks).toEqual([
      {
        type: 'code',
        code: { rich_text: [{ type: 'text', text: { content: long } }], language: 'latex' },
      },
    ]);
    expect(lossCount(result, 'equation_too_long')).toBe(1);
  });

  it('leaves out math with no expression at all, which Notion would refuse', () => {
    expect(blocksOf('<p>a <math data-latex=""></math> b</p><math display="block"></math>')).toEqual(
      [
        {
          type: 'paragraph',
          paragraph: { rich_text: [{ type: 'text', text: { content: 'a b' } }] },
        },
      ],
    );
  });
});
