import type { BlockObjectRequest } from '@notionhq/client';
import { CODE_LANGUAGES } from './code-languages';
import { NOTION_LIMITS, REQUEST_NESTING, isNotionUrl, takesChildren } from './limits';

/** One place where blocks break a Notion limit. */
export interface LimitViolation {
  /** Where, as a JSON path from the checked array: `[3].table.children[0]`. */
  path: string;
  rule: string;
  detail: string;
}

export interface LimitCheckOptions {
  /**
   * Also check what only a single request must respect: ≤100 children per array,
   * ≤2 levels of nesting, ≤1000 blocks. Off by default because a converted page is
   * split into several requests by the planner.
   */
  request?: boolean;
}

type Json = Record<string, unknown>;
const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null;
const asArray = (v: unknown): unknown[] => (Array.isArray(v) ? v : []);

/**
 * Lists every Notion limit the blocks break (an empty list means Notion will accept
 * them as far as sizes go). Works on any block-shaped JSON, including other tools'.
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

  const visit = (list: readonly unknown[], path: string, depth: number) => {
    if (options.request && list.length > NOTION_LIMITS.array)
      add(path, 'children_count', `${list.length} children`);
    if (options.request && depth > REQUEST_NESTING)
      add(path, 'nesting', `children at depth ${depth}`);
    list.forEach((block, i) => {
      total += 1;
      const at = `${path}[${i}]`;
      if (!isObject(block)) return add(at, 'block_shape', 'not an object');
      const type = typeof block.type === 'string' ? block.type : Object.keys(block)[0];
      const body = type ? block[type] : undefined;
      if (!type || !isObject(body)) return add(at, 'block_shape', 'no content for its type');
      const here = `${at}.${type}`;
      if ('rich_text' in body) checkRichText(body.rich_text, `${here}.rich_text`);
      if ('caption' in body) checkRichText(body.caption, `${here}.caption`);
      if (type === 'equation' && String(body.expression ?? '').length > NOTION_LIMITS.equation)
        add(here, 'equation_length', `${String(body.expression).length} characters`);
      if (type === 'code' && !CODE_LANGUAGES.has(String(body.language)))
        add(here, 'code_language', `unknown language ${String(body.language)}`);
      if (type === 'embed' || type === 'bookmark') checkUrl(body.url, `${here}.url`);
      if (isObject(body.external)) checkUrl(body.external.url, `${here}.external.url`);
      if (type === 'table') checkTable(body, here);
      const children = body.children;
      if (children !== undefined) {
        if (!takesChildren(type, body))
          add(here, 'children_not_allowed', `${type} blocks take no children`);
        if (type !== 'table') visit(asArray(children), `${here}.children`, depth + 1);
      }
    });
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
