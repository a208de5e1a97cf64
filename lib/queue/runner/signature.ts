/**
 * A short fingerprint of a block, equal for the block as we sent it and as Notion
 * answers it: its type and the text it holds. Used to recognise our own blocks when a
 * write's outcome is unknown.
 */
import type { BlockObjectRequest } from '@notionhq/client';
import { blockType } from '../../notion/api/request-types';

function textOf(items: unknown): string {
  if (!Array.isArray(items)) return '';
  return items
    .map((item: unknown) => {
      if (typeof item !== 'object' || item === null) return '';
      const text = (item as { text?: { content?: unknown } }).text;
      return typeof text?.content === 'string' ? text.content : '';
    })
    .join('');
}

/** Works on request blocks and on block objects from Notion alike. */
export function blockSignature(block: BlockObjectRequest | Record<string, unknown>): string {
  const type = blockType(block as BlockObjectRequest);
  const content = (block as Record<string, unknown>)[type];
  if (typeof content !== 'object' || content === null) return type;
  const record = content as Record<string, unknown>;
  if (type === 'table') return `${type}:${String(record.table_width)}`;
  if (type === 'child_page') return `${type}:${String(record.title)}`;
  const url = typeof record.url === 'string' ? record.url : '';
  return `${type}:${textOf(record.rich_text)}${url}`;
}

/** True when `actual` (Notion's blocks) holds `expected` (ours) from `at` on. */
export function matchesAt(
  actual: readonly Record<string, unknown>[],
  expected: readonly BlockObjectRequest[],
  at: number,
): boolean {
  if (at < 0 || at + expected.length > actual.length) return false;
  return expected.every(
    (block, i) =>
      blockSignature(block) === blockSignature(actual[at + i] as Record<string, unknown>),
  );
}
