/**
 * Block children in requests (page creation and appends): known types only, Notion's
 * nesting depth, per-type content rules, and conversion to the stored response shape.
 */
import { fixOneError, validationError } from '../errors.ts';
import type { JsonObject } from '../json.ts';
import {
  checkMax,
  fail,
  requireArray,
  requireBoolean,
  requireNotPresent,
  requireObject,
} from './check.ts';
import { ALLOWED_KEYS, TAKES_CHILDREN, typesAt, type Level } from './block-types.ts';
import { blockContent } from './block-content.ts';
import type { FileContext } from './files.ts';
import { richTextFromRequest } from './rich-text.ts';

/** A validated block, ready to be stored. */
export interface PlannedBlock {
  type: string;
  content: JsonObject;
  children: PlannedBlock[];
}

function typeOf(obj: Record<string, unknown>, path: string, level: Level): string {
  const allowed = typesAt(level);
  const declared = obj.type;
  const found = declared ?? Object.keys(obj).find((k) => allowed.includes(k));
  if (typeof found !== 'string' || !allowed.includes(found)) {
    throw fixOneError(
      allowed.map((t) => `${path}.${t} should be defined, instead was \`undefined\`.`),
    );
  }
  return found;
}

function tableRows(
  body: Record<string, unknown>,
  p: string,
  ctx: FileContext,
  level: Level,
): PlannedBlock[] {
  const width = body.table_width;
  if (typeof width !== 'number' || !Number.isInteger(width) || width < 1)
    fail(`${p}.table_width`, 'a positive integer', width);
  const rows = requireArray(body.children, `${p}.children`);
  if (rows.length === 0) fail(`${p}.children`, 'a non-empty array', rows);
  return rows.map((row, i) => {
    const planned = planBlock(row, `${p}.children[${i}]`, ctx, level, 'table_row');
    checkRowWidth(planned, width, `${p}.children[${i}].table_row.cells`);
    return planned;
  });
}

/** Every row of a table has exactly `table_width` cells. */
export function checkRowWidth(row: PlannedBlock, width: number, path: string): void {
  const cells = row.content.cells;
  const count = Array.isArray(cells) ? cells.length : 0;
  if (count !== width) {
    throw validationError(
      `${path}.length should be \`${width}\` (the table's table_width), instead was \`${count}\`.`,
    );
  }
}

function planBlock(
  raw: unknown,
  path: string,
  ctx: FileContext,
  level: Level,
  only?: 'table_row' | 'column',
): PlannedBlock {
  const obj = requireObject(raw, path);
  const type = only ?? typeOf(obj, path, level);
  if (obj.type !== undefined && obj.type !== type)
    fail(`${path}.type`, `\`${JSON.stringify(type)}\``, obj.type);
  for (const key of Object.keys(obj))
    if (key !== 'object' && key !== 'type' && key !== type) requireNotPresent(obj, key, path);
  if (obj.object !== undefined && obj.object !== 'block')
    fail(`${path}.object`, '`"block"`', obj.object);
  const p = `${path}.${type}`;
  const body = requireObject(obj[type], p);
  for (const key of Object.keys(body))
    if (!(ALLOWED_KEYS[type] ?? []).includes(key)) requireNotPresent(body, key, p);

  if (type === 'table') {
    const children = tableRows(body, p, ctx, level);
    const header = (k: string) =>
      body[k] === undefined ? false : requireBoolean(body[k], `${p}.${k}`);
    return {
      type,
      content: {
        table_width: Number(body.table_width),
        has_column_header: header('has_column_header'),
        has_row_header: header('has_row_header'),
      },
      children,
    };
  }
  if (type === 'table_row') {
    const cells = requireArray(body.cells, `${p}.cells`).map((cell, i) =>
      richTextFromRequest(cell, `${p}.cells[${i}]`, ctx),
    );
    return { type, content: { cells }, children: [] };
  }
  if (type === 'column_list' || type === 'column') {
    const inner = type === 'column_list' ? 'column' : undefined;
    const list = requireArray(body.children, `${p}.children`);
    const min = type === 'column_list' ? 2 : 1;
    if (list.length < min) fail(`${p}.children.length`, `≥ \`${min}\``, list.length);
    const children = list.map((c, i) =>
      planBlock(c, `${p}.children[${i}]`, ctx, inner ? 1 : 2, inner),
    );
    const content: JsonObject = {};
    if (type === 'column' && body.width_ratio !== undefined) {
      if (typeof body.width_ratio !== 'number' || body.width_ratio <= 0 || body.width_ratio > 1)
        fail(`${p}.width_ratio`, 'a number in (0, 1]', body.width_ratio);
      content.width_ratio = body.width_ratio;
    }
    return { type, content, children };
  }
  let children: PlannedBlock[] = [];
  if (body.children !== undefined && TAKES_CHILDREN.has(type)) {
    // Notion's two levels of nesting per request: a third level must come in a later append.
    if (level === 3) requireNotPresent(body, 'children', p);
    children = planChildren(body.children, `${p}.children`, ctx, (level + 1) as Level);
  }
  return { type, content: blockContent(type, body, p, ctx), children };
}

/** Validates a `children` array at the given depth (1 for a request's own `children`). */
export function planChildren(
  value: unknown,
  path: string,
  ctx: FileContext,
  level: Level = 1,
): PlannedBlock[] {
  return requireArray(value, path).map((raw, i) => planBlock(raw, `${path}[${i}]`, ctx, level));
}

/** Block elements in a planned tree, nested ones included (Notion's 1000-per-request count). */
export function countBlocks(blocks: PlannedBlock[]): number {
  return blocks.reduce((sum, b) => sum + 1 + countBlocks(b.children), 0);
}

/** Rejects a request whose blocks exceed Notion's 1000 block elements. */
export function checkBlockCount(blocks: PlannedBlock[]): void {
  checkMax(countBlocks(blocks), 1000, 'body.children (block elements, nested included)');
}
