/**
 * Every page's highlights at once, for the options' Highlights view. A tab's own
 * highlights (listing, drawing, editing) are `highlights.ts`.
 */
import type { PageHighlights } from '@/lib/highlights';
import type { Handlers, HighlightPageView } from '@/lib/messaging';
import { readAllPageHighlights } from '@/lib/storage';
import { highlightSyncView } from './highlight-sync';

/** The newest change of a page's highlights, as an ISO time. */
function lastChange(page: PageHighlights): string {
  let newest = '';
  for (const h of page.highlights) if (h.updatedAt > newest) newest = h.updatedAt;
  return newest;
}

async function listHighlightPages(): Promise<HighlightPageView[]> {
  const pages = await readAllPageHighlights();
  const views = await Promise.all(
    pages
      .filter((page) => page.highlights.length > 0)
      .map(async (page) => ({
        pageUrl: page.url,
        title: page.title ?? null,
        highlights: page.highlights,
        updatedAt: lastChange(page),
        sync: await highlightSyncView(page.url, page.highlights),
      })),
  );
  return views.sort((a, b) => (a.updatedAt < b.updatedAt ? 1 : a.updatedAt > b.updatedAt ? -1 : 0));
}

export const highlightPageHandlers = { listHighlightPages } satisfies Partial<Handlers>;
