/**
 * Draws a page's highlights when a tab finishes loading it, for people who turned on
 * "Show my highlights when I revisit a page" and allowed the access it needs. A page
 * with no highlights costs one storage read; nothing is injected into it.
 */
import { browser, type Browser } from 'wxt/browser';
import { highlightPageUrl } from '@/lib/highlights';
import { revisitDrawingAllowed } from '@/lib/highlights/revisit';
import { readHighlights } from '@/lib/highlights/stored/store';
import { drawForTab } from './highlights';

/** Draws the highlights of the page tab `tabId` now shows, when the setting allows it. */
export async function drawOnRevisit(tabId: number, address: string | undefined): Promise<void> {
  const pageUrl = address ? highlightPageUrl(address) : null;
  if (!pageUrl || !(await revisitDrawingAllowed())) return;
  if ((await readHighlights(pageUrl)).length === 0) return;
  // A page closed to extensions (the web store) cannot be drawn on; the list stays whole.
  await drawForTab(tabId).catch(() => undefined);
}

function onUpdated(tabId: number, change: Browser.tabs.OnUpdatedInfo, tab: Browser.tabs.Tab) {
  if (change.status !== 'complete') return;
  void drawOnRevisit(tabId, tab.url);
}

/** Listens for loaded pages; added at the worker's start, as every listener is. */
export function listenForRevisits(): void {
  browser.tabs.onUpdated.addListener(onUpdated);
}
