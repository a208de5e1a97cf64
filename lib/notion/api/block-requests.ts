import type { BlockObjectRequest } from '@notionhq/client';

// The SDK's index exports `BlockObjectRequest` but not its parts; these name the parts
// the converter builds, derived from the union so they follow SDK upgrades.

/** A block request of one type, e.g. `BlockOf<'paragraph'>`. */
export type BlockOf<K extends string> = Extract<BlockObjectRequest, { [P in K]: unknown }>;

export type RichTextItemRequest = BlockOf<'paragraph'>['paragraph']['rich_text'][number];

/**
 * The children a block request may carry. The SDK types only two levels of nesting
 * (what one request may hold); the converter emits the full tree and the request planner
 * sends deeper levels in later appends, so deeper children are narrowed to this type.
 */
export type BlockChildren = NonNullable<BlockOf<'paragraph'>['paragraph']['children']>;

/** Narrows a converted subtree to the SDK's children type (see `BlockChildren`). */
export function asChildren(blocks: BlockObjectRequest[]): BlockChildren {
  return blocks as BlockChildren;
}

export type TableRowRequest = BlockOf<'table'>['table']['children'][number];

/** A block request's type and its type-specific body (`paragraph: {…}`), for generic walks. */
export function blockBody(
  block: BlockObjectRequest,
): { type: string; body: Record<string, unknown> } | null {
  const record: Record<string, unknown> = block;
  const type =
    typeof record.type === 'string'
      ? record.type
      : Object.keys(record).find((key) => key !== 'object' && key !== 'type');
  const body = type ? record[type] : undefined;
  return type && typeof body === 'object' && body !== null
    ? { type, body: body as Record<string, unknown> }
    : null;
}

/** The children of a block request, as the converter built them. */
export function childrenOf(block: BlockObjectRequest): BlockObjectRequest[] {
  const children = blockBody(block)?.body.children;
  return Array.isArray(children) ? (children as BlockObjectRequest[]) : [];
}
