import { describe, expect, it } from 'vitest';
import { findLimitViolations } from '../../notion/api/limit-check';
import type { BlockOf } from '../../notion/api/request-types';
import { plainText } from '../../notion/api/text';
import { blocksOf, convertHtml, lossCount, outline } from '../testing/dom';

function tables(html: string): BlockOf<'table'>['table'][] {
  return blocksOf(html).flatMap((block) => ('table' in block ? [block.table] : []));
}
const grid = (table: BlockOf<'table'>['table']) =>
  table.children.map((row) => row.table_row.cells.map(plainText));

describe('tables', () => {
  it('keeps a header row and every row exactly table_width cells', () => {
    const [table] = tables(
      '<table><thead><tr><th>A</th><th>B</th><th>C</th></tr></thead><tbody><tr><td>1</td><td>2</td></tr><tr><td>3</td><td>4</td><td>5</td><td>6</td></tr></tbody></table>',
    );
    expect(table?.table_width).toBe(4);
    expect(table?.has_column_header).toBe(true);
    expect(grid(table!)).toEqual([
      ['A', 'B', 'C', ''],
      ['1', '2', '', ''],
      ['3', '4', '5', '6'],
    ]);
  });

  it('flattens colspan and rowspan, keeping the text in the first cell, and reports it', () => {
    const result = convertHtml(
      '<table><tr><th>x</th><th>y</th><th>z</th></tr><tr><td colspan="2">wide</td><td rowspan="2">tall</td></tr><tr><td>a</td><td>b</td></tr></table>',
    );
    const [block] = result.blocks;
    expect(block && 'table' in block && grid(block.table)).toEqual([
      ['x', 'y', 'z'],
      ['wide', '', 'tall'],
      ['a', 'b', ''],
    ]);
    expect(lossCount(result, 'table_span_flattened')).toBe(1);
  });

  it('marks a row header when every body row starts with <th>', () => {
    const [table] = tables(
      '<table><tr><th>k</th><td>v</td></tr><tr><th>k2</th><td>v2</td></tr></table>',
    );
    expect(table?.has_row_header).toBe(true);
    expect(table?.has_column_header).toBe(false);
  });

  it('splits a table of more than 100 rows, repeating the header row', () => {
    const rows = Array.from({ length: 250 }, (_, i) => `<tr><td>${i}</td><td>x</td></tr>`).join('');
    const result = convertHtml(
      `<table><thead><tr><th>n</th><th>v</th></tr></thead>${rows}</table>`,
    );
    const parts = result.blocks.flatMap((b) => ('table' in b ? [b.table] : []));
    expect(parts.map((t) => t.children.length)).toEqual([100, 100, 53]);
    expect(parts.every((t) => plainText(t.children[0]!.table_row.cells[0]!) === 'n')).toBe(true);
    expect(findLimitViolations(result.blocks)).toEqual([]);
    expect(lossCount(result, 'table_split')).toBe(1);
  });

  it('flattens lists and images inside cells to text, reported', () => {
    const result = convertHtml(
      '<table><tr><th>a</th><th>b</th></tr><tr><td><ul><li>one</li><li>two</li></ul></td><td><img src="/i.png" alt="pic"></td></tr></table>',
    );
    const [block] = result.blocks;
    expect(block && 'table' in block && grid(block.table)[1]).toEqual(['• one\n• two', 'pic']);
    expect(lossCount(result, 'table_cell_flattened')).toBe(2);
  });

  it('converts layout tables as ordinary content', () => {
    const html =
      '<table role="presentation"><tr><td><p>left</p></td><td><h2>Right</h2></td></tr></table><table><tr><td>only</td></tr><tr><td>column</td></tr></table>';
    expect(outline(blocksOf(html))).toEqual([
      'paragraph: left',
      'heading_2: Right',
      'paragraph: only',
      'paragraph: column',
    ]);
  });

  it('keeps the caption as a paragraph before the table', () => {
    expect(
      blocksOf('<table><caption>Prices</caption><tr><td>a</td><td>b</td></tr></table>').map(
        (b) => b.type,
      ),
    ).toEqual(['paragraph', 'table']);
  });
});
