/**
 * The rule preview's page: the tab the person last looked at, read by the light capture
 * script as a save would read it. Reading needs the tab's `activeTab` grant (a click on
 * the toolbar button there); without it the browser hides even the address, and the
 * options page asks the person to open Quick Capture on that tab or type an address.
 */
import { browser } from 'wxt/browser';
import { captureTab } from '@/lib/capture/inject';
import { tabCapture } from '@/lib/capture/tab-capture';
import type { Handlers, PreviewPage } from '@/lib/messaging';
import { pickPreviewTab } from '@/lib/rules/preview/pick-tab';

async function readPreviewPage(input: { excludeTabId: number | null }): Promise<PreviewPage> {
  const exclude = typeof input?.excludeTabId === 'number' ? input.excludeTabId : null;
  // Firefox for Android has no windows API (and one window of tabs).
  const windows = browser.windows as typeof browser.windows | undefined;
  const [focused, tabs] = await Promise.all([
    windows ? windows.getLastFocused({ windowTypes: ['normal'] }).catch(() => null) : null,
    browser.tabs.query(windows ? { windowType: 'normal' } : {}),
  ]);
  const tab = pickPreviewTab(tabs, focused?.id ?? null, exclude, browser.runtime.getURL('/'));
  if (!tab) return { kind: 'none' };
  if (!tab.url) return { kind: 'hidden' };
  try {
    return {
      kind: 'page',
      capture: await captureTab(tab.id!, { mode: 'bookmark' }),
      pageRead: true,
    };
  } catch {
    // A page the browser keeps closed to extensions (settings, a web store): its address
    // and title still say which rule applies.
    return { kind: 'page', capture: tabCapture(tab, 'bookmark'), pageRead: false };
  }
}

export const previewPageHandlers = { readPreviewPage } satisfies Partial<Handlers>;
