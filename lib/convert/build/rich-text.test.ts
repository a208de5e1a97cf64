import { describe, expect, it } from 'vitest';
import { findLimitViolations } from '../../notion/api/limit-check';
import { blocksOf, convertHtml, lossCount } from '../testing/dom';
import type { RichTextItemRequest } from '../../notion/api/request-types';

function richText(html: string): RichTextItemRequest[] {
  const [block] = blocksOf(html);
  if (!block || !('paragraph' in block)) throw new Error('expected one paragraph');
  return block.paragraph.rich_text;
}

describe('rich text', () => {
  it('carries bold, italic, strikethrough, underline, code and highlight', () => {
    const items = richText(
      '<p><b>b</b><strong>s</strong><i>i</i><em>e</em><s>s</s><del>d</del><u>u</u><code>c</code><kbd>k</kbd><mark>m</mark></p>',
    );
    expect(items.map((item) => item.annotations)).toEqual([
      { bold: true },
      { italic: true },
      { strikethrough: true },
      { underline: true },
      { code: true },
      { color: 'yellow_background' },
    ]);
  });

  it('merges neighbours that look the same into one item', () => {
    expect(richText('<p><b>a</b><strong>b</strong> c</p>')).toEqual([
      { type: 'text', text: { content: 'ab' }, annotations: { bold: true } },
      { type: 'text', text: { content: ' c' } },
    ]);
  });

  it('reads formatting written as inline CSS (Google Docs)', () => {
    const items = richText(
      '<p><span style="font-weight:700">b</span><span style="font-style:italic">i</span></p>',
    );
    expect(items.map((item) => item.annotations)).toEqual([{ bold: true }, { italic: true }]);
  });

  it('splits a block into several when it needs more than 100 items', () => {
    const html = `<p>${Array.from({ length: 250 }, (_, i) => (i % 2 ? `<b>${i}</b>` : `<i>${i}</i>`)).join('')}</p>`;
    const blocks = blocksOf(html);
    expect(blocks.length).toBe(3);
    expect(findLimitViolations(blocks)).toEqual([]);
  });

  it('keeps a long list item whole, continuing in child paragraphs', () => {
    const html = `<ul><li>${Array.from({ length: 150 }, (_, i) => `<b>${i}</b> `).join('')}</li></ul>`;
    const [item, ...rest] = blocksOf(html);
    expect(rest).toEqual([]);
    expect(item && 'bulleted_list_item' in item && item.bulleted_list_item.children?.length).toBe(
      2,
    );
  });

  it('cuts text over 2000 units into several items', () => {
    const items = richText(`<p>${'word '.repeat(1000)}</p>`);
    expect(items.length).toBe(3);
    expect(items.every((item) => 'text' in item && item.text.content.length <= 2000)).toBe(true);
  });

  it('reports nothing for plain prose', () => {
    expect(convertHtml('<p>just <b>text</b></p>').report.items).toEqual([]);
    expect(
      lossCount(convertHtml('<p><a href="javascript:x()">x</a></p>'), 'link_unsupported'),
    ).toBe(1);
  });
});
