/**
 * The sync's requests through `@notionhq/client` (built with `retry: false`: the sync,
 * like the queue, is the one layer that retries).
 */
import type { Client } from '@notionhq/client';
import { collectAll } from '../../notion/api/paginate';
import { blockMarker } from './blocks';
import type { SyncNotion } from './engine';

/** The sync's requests on `client`. */
export function notionCalls(client: Client): SyncNotion {
  return {
    async append(pageId, blocks) {
      const answer = await client.blocks.children.append({ block_id: pageId, children: blocks });
      return answer.results.map((block) => block.id);
    },
    async update(blockId, body) {
      await client.blocks.update({ block_id: blockId, ...body });
    },
    async remove(blockId) {
      await client.blocks.delete({ block_id: blockId });
    },
    async markers(pageId) {
      const blocks = await collectAll((cursor) =>
        client.blocks.children.list({
          block_id: pageId,
          page_size: 100,
          ...(cursor ? { start_cursor: cursor } : {}),
        }),
      );
      const found = new Map<string, string>();
      for (const block of blocks) {
        const marker = blockMarker(block);
        // The first block of a marker is the highlight's (a copy made in Notion comes later).
        if (marker && !found.has(marker)) found.set(marker, (block as { id: string }).id);
      }
      return found;
    },
  };
}
