/**
 * The tab the popup saves. Opened from the toolbar, it is the active tab of the popup's
 * window. Tests and the benchmark open the popup as a tab of its own, where the active
 * tab is the popup itself, so `popup.html?tab=<id>` names the tab instead.
 */
import { browser } from 'wxt/browser';

export interface TabInfo {
  id: number;
  windowId: number;
  /** Undefined when the browser does not let the extension see it (no activeTab). */
  url: string | undefined;
  title: string;
  favIconUrl: string | null;
}

/** The tab id named by the page's query string (`?tab=123`), or null. */
export function tabIdFromSearch(search: string): number | null {
  const raw = new URLSearchParams(search).get('tab');
  if (!raw || !/^\d+$/.test(raw)) return null;
  const id = Number(raw);
  return Number.isSafeInteger(id) ? id : null;
}

/** Reads the tab to save, or null when there is none (a closed tab, no window). */
export async function loadTab(search: string): Promise<TabInfo | null> {
  try {
    const named = tabIdFromSearch(search);
    const tab =
      named !== null
        ? await browser.tabs.get(named)
        : (await browser.tabs.query({ active: true, currentWindow: true }))[0];
    if (!tab || tab.id === undefined) return null;
    return {
      id: tab.id,
      windowId: tab.windowId,
      url: tab.url,
      title: tab.title ?? '',
      favIconUrl: tab.favIconUrl ?? null,
    };
  } catch {
    return null;
  }
}
