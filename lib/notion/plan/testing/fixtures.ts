/**
 * Small block builders for tests of the planner and the queue: readable trees without
 * the full request JSON in every test.
 */
import type { BlockObjectRequest } from '@notionhq/client';

const text = (content: string) => [{ type: 'text' as const, text: { content } }];

/**
 * A block of `type` with children. The SDK types only the two levels one request may
 * hold; captures nest deeper, so the tree is built untyped and narrowed at the end.
 */
function nest(type: string, content: object, children: BlockObjectRequest[]): BlockObjectRequest {
  const block: Record<string, unknown> = {
    type,
    [type]: children.length > 0 ? { ...content, children } : content,
  };
  return block as BlockObjectRequest;
}

/** A paragraph, with children if given. */
export function para(content: string, children: BlockObjectRequest[] = []): BlockObjectRequest {
  return nest('paragraph', { rich_text: text(content) }, children);
}

/** A bulleted list item, with children if given. */
export function bullet(content: string, children: BlockObjectRequest[] = []): BlockObjectRequest {
  return nest('bulleted_list_item', { rich_text: text(content) }, children);
}

/** A table of `rows` rows and `width` cells per row. */
export function table(rows: number, width = 2, label = 't'): BlockObjectRequest {
  const children = Array.from({ length: rows }, (_, r) => ({
    type: 'table_row' as const,
    table_row: { cells: Array.from({ length: width }, (_, c) => text(`${label}${r}.${c}`)) },
  }));
  return { type: 'table', table: { table_width: width, has_column_header: false, children } };
}

/** A column list of the given columns (each a list of blocks). */
export function columns(...cols: BlockObjectRequest[][]): BlockObjectRequest {
  return nest(
    'column_list',
    {},
    cols.map((children) => nest('column', {}, children)),
  );
}

/** `count` paragraphs labelled `prefix0`, `prefix1`, … */
export function paragraphs(count: number, prefix = 'p'): BlockObjectRequest[] {
  return Array.from({ length: count }, (_, i) => para(`${prefix}${i}`));
}

/** A chain of `depth` nested list items. */
export function chain(depth: number, label = 'c'): BlockObjectRequest {
  let block = bullet(`${label}${depth - 1}`);
  for (let level = depth - 2; level >= 0; level--) block = bullet(`${label}${level}`, [block]);
  return block;
}

/** Title property as the CLI passes it. */
export function titleProperty(title: string) {
  return { title: { title: text(title) } };
}
