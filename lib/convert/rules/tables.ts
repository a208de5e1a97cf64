import type { BlockObjectRequest } from '@notionhq/client';
import { tagOf, type Context } from '../context';
import { flattenBlocks } from '../build/flatten';
import type { Rule } from '../flow';
import type { InlineStyle } from '../inline-buffer';
import { NOTION_LIMITS } from '../../notion/api/limits';
import type { RichTextItemRequest, TableRowRequest } from '../../notion/api/request-types';

const MAX = NOTION_LIMITS.array;

/** The rows of `table` itself (not of tables nested in its cells), header rows first. */
function tableRows(table: Element): { rows: Element[]; headRows: number } {
  const head: Element[] = [];
  const body: Element[] = [];
  const foot: Element[] = [];
  for (const child of table.children) {
    const tag = tagOf(child);
    const rows = tag === 'tr' ? [child] : [...child.children].filter((r) => tagOf(r) === 'tr');
    if (tag === 'thead') head.push(...rows);
    else if (tag === 'tfoot') foot.push(...rows);
    else if (tag === 'tbody' || tag === 'tr') body.push(...rows);
  }
  return { rows: [...head, ...body, ...foot], headRows: head.length };
}

const cellsOf = (row: Element) => [...row.children].filter((c) => /^t[dh]$/.test(tagOf(c)));

const BLOCKS_IN_CELL = 'p, div, ul, ol, h1, h2, h3, h4, h5, h6, blockquote, pre, figure';

/**
 * Tables used for page layout are not data: their cells are converted as ordinary
 * content instead. Layout: a presentation role, a table inside a cell, a single column,
 * or (without header cells or a caption) a cell holding several paragraphs or blocks.
 */
function isLayoutTable(table: Element, rows: Element[]): boolean {
  const role = table.getAttribute('role');
  if (role === 'presentation' || role === 'none') return true;
  if (table.querySelector('table')) return true;
  const cells = rows.flatMap(cellsOf);
  const widest = Math.max(0, ...rows.map((row) => cellsOf(row).length));
  if (widest <= 1) return true;
  if (table.querySelector('th, thead, caption, col, colgroup') || table.hasAttribute('summary'))
    return false;
  return cells.some((cell) => cell.querySelectorAll(BLOCKS_IN_CELL).length >= 2);
}

type Grid = (Element | null)[][];

/** Lays cells on a grid as a browser does: a spanned cell keeps its text in its first slot. */
function layOut(rows: Element[]): { grid: Grid; spanned: boolean } {
  const grid: Grid = rows.map(() => []);
  let spanned = false;
  rows.forEach((row, r) => {
    let c = 0;
    for (const cell of cellsOf(row)) {
      while (grid[r]![c] !== undefined) c += 1;
      const colspan = Math.min(Math.max(1, Number(cell.getAttribute('colspan')) || 1), MAX);
      const rowspan = Math.max(1, Number(cell.getAttribute('rowspan')) || 1);
      if (colspan > 1 || rowspan > 1) spanned = true;
      for (let dr = 0; dr < rowspan && r + dr < rows.length; dr += 1)
        for (let dc = 0; dc < colspan; dc += 1)
          grid[r + dr]![c + dc] = dr === 0 && dc === 0 ? cell : null;
      c += colspan;
    }
  });
  return { grid, spanned };
}

function cellText(cell: Element | null, style: InlineStyle, ctx: Context): RichTextItemRequest[] {
  if (!cell) return [];
  const { runs, lossy } = flattenBlocks(ctx.blocks(cell.childNodes, style));
  if (lossy) ctx.losses.add('table_cell_flattened');
  const items = ctx.richText(runs);
  if (items.length > MAX) ctx.losses.add('text_truncated');
  return items.slice(0, MAX);
}

/**
 * Data tables become Notion tables with every row exactly `table_width` cells; spans
 * are flattened (the text stays in the first cell), more than 100 columns are cut, and
 * more than 100 rows continue in further tables that repeat the header row.
 */
export const tableRule: Rule = (el, flow, style, ctx) => {
  const { rows, headRows } = tableRows(el);
  if (isLayoutTable(el, rows)) {
    for (const row of rows)
      for (const cell of cellsOf(row)) flow.push(...ctx.blocks(cell.childNodes, style));
    return;
  }
  const caption = [...el.children].find((child) => tagOf(child) === 'caption');
  if (caption) flow.push(...ctx.blocks(caption.childNodes, style));
  const { grid, spanned } = layOut(rows);
  if (spanned) ctx.losses.add('table_span_flattened');
  let width = Math.max(1, ...grid.map((row) => row.length));
  if (width > MAX) {
    ctx.losses.add('table_columns_dropped');
    width = MAX;
  }
  const isHeader = (row: Element[] | (Element | null)[]) =>
    row.length > 0 && row.every((cell) => !cell || tagOf(cell) === 'th');
  const columnHeader = rows.length > 1 && (headRows > 0 || isHeader(grid[0] ?? []));
  const body = grid.slice(columnHeader ? 1 : 0);
  const rowHeader = body.length > 0 && body.every((row) => row[0] && tagOf(row[0]) === 'th');
  const toRow = (row: (Element | null)[]): TableRowRequest => ({
    type: 'table_row',
    table_row: {
      cells: Array.from({ length: width }, (_, c) => cellText(row[c] ?? null, style, ctx)),
    },
  });
  const header = columnHeader ? toRow(grid[0] ?? []) : null;
  const perTable = header ? MAX - 1 : MAX;
  const bodyRows = body.map(toRow);
  if (bodyRows.length > perTable) ctx.losses.add('table_split');
  const tables: BlockObjectRequest[] = [];
  for (let i = 0; i === 0 || i < bodyRows.length; i += perTable) {
    const children = [...(header ? [header] : []), ...bodyRows.slice(i, i + perTable)];
    if (children.length === 0) break;
    tables.push({
      type: 'table',
      table: {
        table_width: width,
        has_column_header: columnHeader,
        has_row_header: rowHeader,
        children,
      },
    });
  }
  flow.push(...tables);
};
