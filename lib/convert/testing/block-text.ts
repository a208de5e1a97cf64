import type { BlockObjectRequest } from '@notionhq/client';
import { flattenBlocks } from '../build/flatten';

/**
 * The plain text of blocks as a reader sees it in Notion, one line per block: rich text,
 * equations as LaTeX, captions, table cells, code. For excerpts, search and checks.
 */
export function blocksText(blocks: readonly BlockObjectRequest[]): string {
  return flattenBlocks(blocks)
    .runs.map((run) => (run.kind === 'text' ? run.text : run.expression))
    .join('');
}
