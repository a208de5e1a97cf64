/**
 * The rule preview's page from the background: the tab the person last looked at (never
 * the options page asking), read by the capture script — or from the tab alone when the
 * page is closed to extensions, and `hidden` when the browser keeps its address back.
 */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { browser, type Browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { pageCaptureOf } from '@/lib/rules/testing/captures';
import { previewPageHandlers } from './preview-page';

function tabs(list: Partial<Browser.tabs.Tab>[]): void {
  vi.spyOn(browser.tabs, 'query').mockResolvedValue(list as Browser.tabs.Tab[] as never);
  vi.spyOn(browser.windows, 'getLastFocused').mockResolvedValue({ id: 1 } as never);
}

const page = {
  id: 7,
  windowId: 1,
  active: false,
  lastAccessed: 5,
  url: 'https://a.example/',
  title: 'A',
};
const options = { id: 8, windowId: 1, active: true, lastAccessed: 9 };

beforeEach(() => fakeBrowser.reset());

describe('readPreviewPage', () => {
  it('reads the last tab the person looked at, not the options page', async () => {
    tabs([page, options]);
    const capture = pageCaptureOf({ meta: { 'og:type': 'article' } });
    const run = vi
      .spyOn(browser.scripting, 'executeScript')
      .mockResolvedValue([
        { frameId: 0, result: { ok: true, json: JSON.stringify(capture) } },
      ] as never);
    const read = await previewPageHandlers.readPreviewPage({ excludeTabId: 8 });
    expect(read).toEqual({ kind: 'page', capture, pageRead: true });
    expect(run.mock.calls[0]![0].target).toEqual({ tabId: 7 });
  });

  it('falls back to the tab’s address and title where the page cannot be read', async () => {
    tabs([page, options]);
    vi.spyOn(browser.scripting, 'executeScript').mockRejectedValue(new Error('Cannot access'));
    const read = await previewPageHandlers.readPreviewPage({ excludeTabId: 8 });
    expect(read).toMatchObject({ kind: 'page', pageRead: false });
    expect(read.kind === 'page' && read.capture.metadata).toMatchObject({
      url: page.url,
      title: 'A',
    });
  });

  it('says so when the browser hides the tab’s address, or no other tab is open', async () => {
    tabs([{ ...page, url: undefined }, options]);
    expect(await previewPageHandlers.readPreviewPage({ excludeTabId: 8 })).toEqual({
      kind: 'hidden',
    });
    tabs([options]);
    expect(await previewPageHandlers.readPreviewPage({ excludeTabId: 8 })).toEqual({
      kind: 'none',
    });
  });
});
