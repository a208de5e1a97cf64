import type { BlockObjectRequest } from '@notionhq/client';
import type { Flow } from './flow';
import type { InlineStyle } from './inline-buffer';
import type { LossCollector } from './loss';
import type { RichTextItemRequest } from '../notion/api/request-types';
import type { Run } from './build/rich-text';
import type { ConvertOptions } from './types';

/**
 * What every conversion rule receives. The walker passes itself in (`blocks`,
 * `children`), so rule modules (lists, tables, media…) convert nested content without
 * importing the walker.
 */
export interface Context {
  baseUrl: string;
  losses: LossCollector;
  options: ConvertOptions;
  /** Converts a run of sibling nodes to blocks of their own. */
  blocks(nodes: Iterable<Node>, style: InlineStyle): BlockObjectRequest[];
  /** Converts `el`'s children into an existing flow. */
  children(el: Element, flow: Flow, style: InlineStyle): void;
  /** Rich text items for inline runs, each within Notion's limits. */
  richText(runs: readonly Run[]): RichTextItemRequest[];
}

/** Element node test that works across DOM implementations (no `instanceof`). */
export function isElement(node: Node | null | undefined): node is Element {
  return node?.nodeType === 1;
}

/** The lowercase tag name (linkedom and XHTML may report upper or mixed case). */
export function tagOf(el: Element): string {
  return el.localName.toLowerCase();
}
