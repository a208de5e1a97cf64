/**
 * Every page's highlights at once, for the options' Highlights view. A tab's own
 * highlights (listing, drawing, editing) are `highlights.ts`.
 */
import type { PageHighlights } from '@/lib/highlights';
import type { Handlers, HighlightPageView, HighlightSyncView } from '@/lib/messaging';
import { readAllPageHighlights } from '@/lib/storage';

/**
 * Where a page's highlights stand in Notion, as far as storage tells. Until a page
 * records its Notion page, every highlight of it waits to be kept there (as the popup
 * says too, `highlightsOfTab`).
 */
export function pageSyncView(page: PageHighlights): HighlightSyncView {
  return { notionPageUrl: null, pending: page.highlights.length, failure: null };
}

/** The newest change of a page's highlights, as an ISO time. */
function lastChange(page: PageHighlights): string {
  let newest = '';
  for (const h of page.highlights) if (h.updatedAt > newest) newest = h.updatedAt;
  return newest;
}

async function listHighlightPages(): Promise<HighlightPageView[]> {
  const pages = await readAllPageHighlights();
  return pages
    .filter((page) => page.highlights.length > 0)
    .map((page) => ({
      pageUrl: page.url,
      title: page.title ?? null,
      highlights: page.highlights,
      updatedAt: lastChange(page),
      sync: pageSyncView(page),
    }))
    .sort((a, b) => (a.updatedAt < b.updatedAt ? 1 : a.updatedAt > b.updatedAt ? -1 : 0));
}

export const highlightPageHandlers = { listHighlightPages } satisfies Partial<Handlers>;
