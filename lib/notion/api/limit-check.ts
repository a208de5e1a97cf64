/**
 * The one limit checker: lists the places where blocks, or a whole request body, break a
 * Notion limit (`limits.ts`). The converter's tests and the benchmark check converted
 * blocks with it; the request planner's tests and the queue check every planned request
 * with it before it is sent (a request that breaks a limit would only earn a 400).
 * Independent of how the converter and the planner meant to respect the limits.
 */
import type { BlockObjectRequest } from '@notionhq/client';
import { blockBody } from './request-types';
import { CODE_LANGUAGES } from './code-languages';
import { NOTION_LIMITS, REQUEST_NESTING, isNotionUrl, jsonBytes, takesChildren } from './limits';

/** One place where blocks break a Notion limit. */
export interface LimitViolation {
  /** Where, as a JSON path from what was checked: `[3].table.children[0]`. */
  path: string;
  rule: string;
  detail: string;
}

export interface LimitCheckOptions {
  /**
   * Also check what one request must respect as a whole: at most 100 children in a list,
   * three levels of blocks (a column is no level of its own: its children sit one level
   * below its column list), column lists only at the first level, 1000 blocks. Off by
   * default because a converted page is split into several requests by the planner.
   */
  request?: boolean;
}

type Json = Record<string, unknown>;
const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null;
const asArray = (v: unknown): unknown[] => (Array.isArray(v) ? v : []);

/**
 * Lists every Notion limit the blocks break (an empty list means Notion will accept
 * them as far as sizes and shapes go). Works on any block-shaped JSON, other tools' too.
 */
export function findLimitViolations(
  blocks: readonly BlockObjectRequest[],
  options: LimitCheckOptions = {},
): LimitViolation[] {
  const out: LimitViolation[] = [];
  const add = (path: string, rule: string, detail: string) => out.push({ path, rule, detail });
  let total = 0;

  const checkRichText = (items: unknown, path: string) => {
    const list = asArray(items);
    if (list.length > NOTION_LIMITS.array) add(path, 'rich_text_items', `${list.length} items`);
    list.forEach((item, i) => {
      if (!isObject(item)) return add(`${path}[${i}]`, 'rich_text_shape', 'not an object');
      const at = `${path}[${i}]`;
      const text = item.text;
      if (isObject(text)) {
        const content = typeof text.content === 'string' ? text.content : '';
        if (content.length > NOTION_LIMITS.textContent)
          add(at, 'text_length', `${content.length} UTF-16 units`);
        if (/[\uD800-\uDBFF]$/.test(content) || /^[\uDC00-\uDFFF]/.test(content))
          add(at, 'split_surrogate', 'text cut inside a surrogate pair');
        const link = text.link;
        if (isObject(link) && (typeof link.url !== 'string' || !isNotionUrl(link.url)))
          add(at, 'link_url', `unusable link ${String(link.url).slice(0, 80)}`);
      }
      const equation = item.equation;
      if (isObject(equation)) {
        const expression = typeof equation.expression === 'string' ? equation.expression : '';
        if (expression.length > NOTION_LIMITS.equation)
          add(at, 'equation_length', `${expression.length} characters`);
      }
    });
  };

  const checkUrl = (url: unknown, path: string) => {
    if (typeof url !== 'string' || !isNotionUrl(url))
      add(path, 'url', `unusable URL ${String(url).slice(0, 80)}`);
  };

  /** `level` 0 is the request's own children. */
  const visit = (list: readonly unknown[], path: string, level: number) => {
    if (options.request && list.length > NOTION_LIMITS.array)
      add(path, 'children_count', `${list.length} children`);
    if (options.request && level > REQUEST_NESTING)
      add(path, 'nesting', `children at depth ${level}`);
    list.forEach((block, i) => {
      total += 1;
      const at = `${path}[${i}]`;
      if (!isObject(block)) return add(at, 'block_shape', 'not an object');
      const found = blockBody(block as BlockObjectRequest);
      if (!found) return add(at, 'block_shape', 'no content for its type');
      const { type, body } = found;
      const here = `${at}.${type}`;
      if (options.request && type === 'column_list' && level !== 0)
        add(here, 'column_list_level', 'a column list below the first level of a request');
      if ('rich_text' in body) checkRichText(body.rich_text, `${here}.rich_text`);
      if ('caption' in body) checkRichText(body.caption, `${here}.caption`);
      if (type === 'equation' && String(body.expression ?? '').length > NOTION_LIMITS.equation)
        add(here, 'equation_length', `${String(body.expression).length} characters`);
      if (type === 'code' && !CODE_LANGUAGES.has(String(body.language)))
        add(here, 'code_language', `unknown language ${String(body.language)}`);
      if (type === 'embed' || type === 'bookmark') checkUrl(body.url, `${here}.url`);
      if (isObject(body.external)) checkUrl(body.external.url, `${here}.external.url`);
      if (type === 'table') checkTable(body, here);
      if (type === 'column_list' || type === 'column') checkColumns(type, body, here);
      const children = body.children;
      if (children !== undefined) {
        if (!takesChildren(type, body))
          add(here, 'children_not_allowed', `${type} blocks take no children`);
        // A column is a wrapper: its children sit one level below the column list.
        const next = type === 'column_list' ? level : level + 1;
        if (type !== 'table') visit(asArray(children), `${here}.children`, next);
      }
    });
  };

  // Notion creates columns only inside their column list, and neither empty.
  const checkColumns = (type: 'column_list' | 'column', body: Json, path: string) => {
    const count = asArray(body.children).length;
    if (type === 'column_list' && count < 2)
      add(path, 'column_count', `${count} columns (a column list needs at least 2)`);
    if (type === 'column' && count === 0)
      add(path, 'column_children', 'a column needs at least one block');
  };

  const checkTable = (body: Json, path: string) => {
    const width = Number(body.table_width);
    if (!Number.isInteger(width) || width < 1 || width > NOTION_LIMITS.array)
      add(path, 'table_width', `table_width ${String(body.table_width)}`);
    const rows = asArray(body.children);
    if (rows.length === 0) add(path, 'table_rows', 'a table needs at least one row');
    if (rows.length > NOTION_LIMITS.array) add(path, 'table_rows', `${rows.length} rows`);
    rows.forEach((row, r) => {
      total += 1;
      const at = `${path}.children[${r}]`;
      const cells = isObject(row) && isObject(row.table_row) ? asArray(row.table_row.cells) : null;
      if (!cells) return add(at, 'table_row_shape', 'not a table_row');
      if (cells.length !== width)
        add(at, 'table_row_width', `${cells.length} cells, table_width ${width}`);
      cells.forEach((cell, c) => checkRichText(cell, `${at}.table_row.cells[${c}]`));
    });
  };

  visit(blocks, '', 0);
  if (options.request && total > NOTION_LIMITS.requestBlocks)
    add('', 'request_blocks', `${total} blocks in one request`);
  return out;
}

/**
 * Lists every Notion limit one request body breaks: its size in bytes, any array in it
 * (property values included), and its `children` as the blocks of one request
 * (`findLimitViolations` with `request: true`). Paths start at the body.
 */
export function findRequestViolations(body: Readonly<Record<string, unknown>>): LimitViolation[] {
  const out: LimitViolation[] = [];
  const bytes = jsonBytes(body);
  if (bytes > NOTION_LIMITS.requestBytes)
    out.push({ path: '', rule: 'request_bytes', detail: `${bytes} bytes in one request` });
  const checkArrays = (value: unknown, path: string) => {
    if (Array.isArray(value)) {
      if (value.length > NOTION_LIMITS.array)
        out.push({ path, rule: 'array_length', detail: `${value.length} elements` });
      value.forEach((item, i) => checkArrays(item, `${path}[${i}]`));
    } else if (isObject(value)) {
      for (const [key, item] of Object.entries(value))
        checkArrays(item, path ? `${path}.${key}` : key);
    }
  };
  // The blocks' own arrays are checked with the blocks, by their rules.
  const { children, ...rest } = body;
  checkArrays(rest, '');
  if (children !== undefined) {
    const blocks = asArray(children) as BlockObjectRequest[];
    for (const found of findLimitViolations(blocks, { request: true }))
      out.push({ ...found, path: `children${found.path}` });
  }
  return out;
}

/** Violations as one line of text, for an error's raw detail. */
export function violationsText(violations: readonly LimitViolation[]): string {
  return violations.map((v) => `${v.path || 'body'}: ${v.rule} (${v.detail})`).join('; ');
}
