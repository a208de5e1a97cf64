import type { BlockObjectRequest } from '@notionhq/client';
import { textBlocks, type TextBlockExtras, type TextBlockType } from './blocks';
import { blockBody, childrenOf, type BlockOf } from '../../notion/api/request-types';
import { NESTING_BLOCK_TYPES } from '../../notion/api/limits';

/** True for a paragraph block request. */
export function isParagraph(block: BlockObjectRequest | undefined): block is BlockOf<'paragraph'> {
  return block !== undefined && 'paragraph' in block;
}

/**
 * Makes `blocks` (an element's converted content) into one block of `type`: a leading
 * paragraph becomes its text, everything after becomes its children. A list item's
 * first line, a quote's first paragraph and a toggle's summary all work this way.
 */
export function liftInto(
  type: TextBlockType,
  blocks: BlockObjectRequest[],
  extras: Omit<TextBlockExtras, 'children'> = {},
): BlockObjectRequest[] {
  const [first, ...rest] = blocks;
  if (isParagraph(first)) {
    const own = childrenOf(first);
    return textBlocks(type, first.paragraph.rich_text, { ...extras, children: [...own, ...rest] });
  }
  return textBlocks(type, [], { ...extras, children: blocks });
}

/**
 * Adds `children` under `block` when its type can hold children; false (and nothing
 * changed) otherwise.
 */
export function appendChildren(block: BlockObjectRequest, children: BlockObjectRequest[]): boolean {
  const found = blockBody(block);
  if (!found || !NESTING_BLOCK_TYPES.has(found.type)) return false;
  found.body.children = [...childrenOf(block), ...children];
  return true;
}
