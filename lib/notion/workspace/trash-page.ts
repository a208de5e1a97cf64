import type { Client } from '@notionhq/client';

/**
 * Moves a page to Notion's trash (2026-03-11 names it `in_trash`; `archived` is gone),
 * where its owner can restore it for 30 days. Pass a client under the connection's limiter.
 */
export async function trashPage(client: Client, pageId: string): Promise<void> {
  await client.pages.update({ page_id: pageId, in_trash: true });
}
