import { describe, expect, it } from 'vitest';
import { blocksOf, convertHtml, lossCount } from '../testing/dom';

const text = (content: string) => ({ type: 'text', text: { content } });

describe('headings', () => {
  it('maps h1–h3 to Notion heading levels with their inline formatting', () => {
    expect(blocksOf('<h1>One</h1><h2>Two <em>i</em></h2><h3>Three</h3>')).toEqual([
      { type: 'heading_1', heading_1: { rich_text: [text('One')] } },
      {
        type: 'heading_2',
        heading_2: { rich_text: [text('Two '), { ...text('i'), annotations: { italic: true } }] },
      },
      { type: 'heading_3', heading_3: { rich_text: [text('Three')] } },
    ]);
  });

  it('maps h4 to heading_4, with its inline formatting, and reports nothing', () => {
    const result = convertHtml('<h4>Four <code>x</code></h4>');
    expect(result.blocks).toEqual([
      {
        type: 'heading_4',
        heading_4: { rich_text: [text('Four '), { ...text('x'), annotations: { code: true } }] },
      },
    ]);
    expect(lossCount(result, 'heading_downgraded')).toBe(0);
  });

  it('shows h5–h6 as bold paragraphs and reports each downgrade', () => {
    const result = convertHtml('<h4>Four</h4><h5>Five</h5><h6>Six</h6>');
    expect(result.blocks).toEqual([
      { type: 'heading_4', heading_4: { rich_text: [text('Four')] } },
      ...['Five', 'Six'].map((content) => ({
        type: 'paragraph',
        paragraph: { rich_text: [{ ...text(content), annotations: { bold: true } }] },
      })),
    ]);
    expect(lossCount(result, 'heading_downgraded')).toBe(2);
  });

  it('puts an image inside a heading after the heading', () => {
    const blocks = blocksOf('<h2><img src="/logo.png"> Logo</h2>');
    expect(blocks.map((b) => b.type)).toEqual(['image', 'heading_2']);
  });

  it('drops an empty heading', () => {
    expect(blocksOf('<h2>  </h2><p>x</p>').map((b) => b.type)).toEqual(['paragraph']);
  });
});
