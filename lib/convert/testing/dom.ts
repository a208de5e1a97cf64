import type { BlockObjectRequest } from '@notionhq/client';
import { parseHTML } from 'linkedom';
import { blocksText } from './block-text';
import { convertDom } from '../convert-dom';
import { blockBody, childrenOf, type RichTextItemRequest } from '../../notion/api/request-types';
import { plainText } from '../../notion/api/text';
import type { ConversionResult, ConvertOptions } from '../types';

/** The base URL rule tests resolve against. */
export const TEST_BASE = 'https://example.com/articles/page.html';

/**
 * Test helper: converts an HTML fragment with linkedom, the DOM the command line and
 * the golden fixtures use. Not imported by extension code.
 */
export function convertHtml(html: string, options: Partial<ConvertOptions> = {}): ConversionResult {
  const { document } = parseHTML(`<!doctype html><html><body>${html}</body></html>`);
  return convertDom(document as unknown as Document, { baseUrl: TEST_BASE, ...options });
}

/** Just the blocks of `convertHtml`. */
export function blocksOf(
  html: string,
  options: Partial<ConvertOptions> = {},
): BlockObjectRequest[] {
  return convertHtml(html, options).blocks;
}

/** A loss count from a conversion's report (0 when absent). */
export function lossCount(result: ConversionResult, kind: string): number {
  return result.report.items.find((item) => item.kind === kind)?.count ?? 0;
}

/** Blocks as an outline for readable assertions: `type: own text`, children indented. */
export function outline(blocks: BlockObjectRequest[], depth = 0): string[] {
  return blocks.flatMap((block) => {
    const body = blockBody(block)?.body;
    const rich = Array.isArray(body?.rich_text) ? (body.rich_text as RichTextItemRequest[]) : [];
    const own = rich.length > 0 ? plainText(rich) : blocksText([block]);
    return [`${'  '.repeat(depth)}${block.type}: ${own}`, ...outline(childrenOf(block), depth + 1)];
  });
}
