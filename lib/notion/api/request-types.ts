/**
 * The shapes of what the extension sends Notion, named: the SDK's index exports
 * `BlockObjectRequest` and `CreatePageParameters` but not their parts, so these are
 * derived from its unions and follow SDK upgrades. With the few readers every walk over
 * block requests shares (`blockType`, `blockBody`, `childrenOf`).
 */
import type { BlockObjectRequest, CreatePageParameters } from '@notionhq/client';

/** The properties of a page request (`POST /v1/pages`), by property id or name. */
export type PageProperties = NonNullable<CreatePageParameters['properties']>;

/** One property value of a page request. */
export type PropertyRequest = PageProperties[string];

/** A block request of one type, e.g. `BlockOf<'paragraph'>`. */
export type BlockOf<K extends string> = Extract<BlockObjectRequest, { [P in K]: unknown }>;

/** One rich text item of a request: block text, captions, cells and property values alike. */
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

/** The block's type: its `type` field, else the one key that names a type. */
export function blockType(block: BlockObjectRequest): string {
  const record: Record<string, unknown> = block;
  if (typeof record.type === 'string') return record.type;
  return Object.keys(record).find((key) => key !== 'object' && key !== 'type') ?? 'unknown';
}

/** A block request's type and its type-specific body (`paragraph: {…}`), for generic walks. */
export function blockBody(
  block: BlockObjectRequest,
): { type: string; body: Record<string, unknown> } | null {
  const type = blockType(block);
  const body = (block as Record<string, unknown>)[type];
  return typeof body === 'object' && body !== null
    ? { type, body: body as Record<string, unknown> }
    : null;
}

/** The children a block request carries under `block[type].children`. */
export function childrenOf(block: BlockObjectRequest): BlockObjectRequest[] {
  const children = blockBody(block)?.body.children;
  return Array.isArray(children) ? (children as BlockObjectRequest[]) : [];
}
