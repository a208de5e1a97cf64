import { describe, expect, it } from 'vitest';
import { blocksOf, outline } from '../testing/dom';

describe('lists', () => {
  it('maps ul, ol and task lists to bulleted, numbered and to_do items', () => {
    const html =
      '<ul><li>a</li></ul><ol><li>b</li></ol><ul><li><input type="checkbox" checked> done</li><li><input type="checkbox"> todo</li></ul>';
    const blocks = blocksOf(html);
    expect(outline(blocks)).toEqual([
      'bulleted_list_item: a',
      'numbered_list_item: b',
      'to_do: done',
      'to_do: todo',
    ]);
    expect(blocks.map((b) => ('to_do' in b ? b.to_do.checked : null))).toEqual([
      null,
      null,
      true,
      false,
    ]);
  });

  it('nests to any depth, emitting the whole tree', () => {
    let html = 'leaf';
    for (let i = 7; i >= 1; i -= 1)
      html = `<ul><li>level ${i}${html === 'leaf' ? '' : html}</li></ul>`;
    const lines = outline(blocksOf(html));
    expect(lines).toHaveLength(7);
    expect(lines[6]).toBe(`${'  '.repeat(6)}bulleted_list_item: level 7`);
  });

  it('puts a paragraph-first item’s first paragraph in the item and the rest under it', () => {
    const html = '<ol><li><p>first</p><p>second</p><pre>code</pre><ul><li>sub</li></ul></li></ol>';
    expect(outline(blocksOf(html))).toEqual([
      'numbered_list_item: first',
      '  paragraph: second',
      '  code: code',
      '  bulleted_list_item: sub',
    ]);
  });

  it('attaches a nested list written beside the <li>s to the item before it', () => {
    const html = '<ul><li>one</li><ul><li>one.a</li></ul><li>two</li></ul>';
    expect(outline(blocksOf(html))).toEqual([
      'bulleted_list_item: one',
      '  bulleted_list_item: one.a',
      'bulleted_list_item: two',
    ]);
  });

  it('keeps text after a nested list inside the item', () => {
    const html = '<ul><li>head<ul><li>inner</li></ul>tail</li></ul>';
    expect(outline(blocksOf(html))).toEqual([
      'bulleted_list_item: head',
      '  bulleted_list_item: inner',
      '  paragraph: tail',
    ]);
  });
});

describe('definition lists', () => {
  it('makes terms bold paragraphs with their definitions nested', () => {
    const html =
      '<dl><dt>Term</dt><dd>Meaning</dd><dd>Other</dd><div><dt>T2</dt><dd>M2</dd></div></dl>';
    const blocks = blocksOf(html);
    expect(outline(blocks)).toEqual([
      'paragraph: Term',
      '  paragraph: Meaning',
      '  paragraph: Other',
      'paragraph: T2',
      '  paragraph: M2',
    ]);
    const term = blocks[0];
    expect(term && 'paragraph' in term && term.paragraph.rich_text[0]?.annotations).toEqual({
      bold: true,
    });
  });
});
