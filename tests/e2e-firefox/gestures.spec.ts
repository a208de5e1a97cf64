/**
 * Capturing without the popup in Firefox. The keyboard shortcuts run for real: Firefox's
 * own key handling fires `commands.onCommand` and grants `activeTab`. The context menu
 * cannot be opened by a test, so its handler is called in the event page through the
 * test build's hook, after the tab was granted `activeTab` as a click on the toolbar
 * button grants it (Firefox grants the same for a menu click).
 */
import type { Page } from 'puppeteer-core';
import { DEMO } from '../notion-emulator/index';
import { blockLines, savedRows } from '../e2e/pages/notion-content';
import { waitFor, type Firefox } from './driver/firefox';
import type { ExtensionTab } from './driver/views';
import { expect, history, savedPage, test } from './fixtures';

/** Calls a gesture handler of the event page for tab `tabId`, as the browser's event would. */
function menuClick(firefox: Firefox, tabId: number, info: Record<string, unknown>) {
  return firefox.evaluateBackground(
    async (bg, id, data) => {
      const tab = await bg.browser.tabs.get(id);
      const hook = (
        bg as unknown as {
          quickCaptureGestures: {
            onMenuClick(info: unknown, tab: unknown): Promise<string | null>;
          };
        }
      ).quickCaptureGestures;
      return hook.onMenuClick({ editable: false, pageUrl: tab.url, ...data }, tab);
    },
    tabId,
    info,
  );
}

/** Waits for the one capture a shortcut queued, and returns its id. */
async function queuedCapture(extension: ExtensionTab): Promise<string> {
  const entries = await waitFor(async () => {
    const all = await history(extension);
    return all.length > 0 ? all : null;
  }, 'the shortcut’s capture in the outbox');
  expect(entries).toHaveLength(1);
  return entries[0]!.id;
}

async function selectParagraph(page: Page, startsWith?: string): Promise<string> {
  return page.evaluate((prefix) => {
    const paragraph = [...document.querySelectorAll('p')].find((p) =>
      prefix ? (p.textContent ?? '').startsWith(prefix) : (p.textContent ?? '').length > 80,
    )!;
    getSelection()!.selectAllChildren(paragraph);
    return getSelection()!.toString().replace(/\s+/g, ' ').trim();
  }, startsWith ?? '');
}

test.describe('keyboard shortcuts, pressed in Firefox', () => {
  test('“save page” saves the selected tab to the default database', async ({
    firefox,
    extension,
    connect,
    corpus,
    emulator,
  }) => {
    await connect();
    await firefox.openWebPage(corpus.pageUrl('wikipedia'));
    await firefox.pressShortcut('save-page');
    const pageId = await savedPage(extension, await queuedCapture(extension));
    const rows = savedRows(emulator);
    expect(rows.map((r) => r.values)).toMatchObject([
      { Name: 'Mozilla - Wikipedia', URL: corpus.pageUrl('wikipedia'), Type: 'Bookmark' },
    ]);
    expect(blockLines(emulator.getPageTree(pageId)!.blocks)).toEqual(['bookmark: ']);
  });

  test('“save selection” saves the selected text', async ({
    firefox,
    extension,
    connect,
    corpus,
    emulator,
  }) => {
    await connect();
    const { page } = await firefox.openWebPage(corpus.pageUrl('v8-blog'));
    const selected = await selectParagraph(page);
    await firefox.pressShortcut('save-selection');
    const pageId = await savedPage(extension, await queuedCapture(extension));
    const text = blockLines(emulator.getPageTree(pageId)!.blocks).join(' ');
    expect(text.replace(/\s+/g, ' ')).toContain(selected.slice(0, 60));
  });

  test('“save screenshot” uploads the visible area (captureVisibleTab with activeTab)', async ({
    firefox,
    extension,
    connect,
    corpus,
    emulator,
  }) => {
    await connect();
    await firefox.openWebPage(corpus.pageUrl('mozilla-2'));
    await firefox.pressShortcut('save-screenshot');
    const pageId = await savedPage(extension, await queuedCapture(extension));
    const blocks = emulator.getPageTree(pageId)!.blocks as unknown as {
      type: string;
      image?: { type: string };
    }[];
    expect(blocks[0]).toMatchObject({ type: 'image', image: { type: 'file' } });
    const uploads = emulator.requestLog().filter((r) => r.path.startsWith('/v1/file_uploads'));
    expect(uploads.map((r) => [r.method, r.status])).toEqual([
      ['POST', 200],
      ['POST', 200],
    ]);
  });

  test('without a target, a shortcut says how to add one and queues nothing', async ({
    firefox,
    extension,
    corpus,
    say,
  }) => {
    await firefox.openWebPage(corpus.pageUrl('wikipedia'));
    await firefox.pressShortcut('save-page');
    // Firefox shows the sentence as a system notification. Its `getAll` answers each
    // notification's content (Chrome's answers only `true`), so the test reads it.
    const shown = await waitFor(async () => {
      const all = await extension.evaluate((w) => w.browser.notifications.getAll());
      const list = Object.values(
        all as unknown as Record<string, { title?: string; message?: string }>,
      );
      return list.length > 0 ? list : null;
    }, 'a notification').catch(async (error: Error) => {
      // Say where things stood, for the one who reads a failed run.
      const state = await firefox.backgroundState();
      throw new Error(
        `${error.message} Event page: ${state}; outbox: ${JSON.stringify(await history(extension))}`,
      );
    });
    expect(shown).toMatchObject([
      {
        title: say('problemNoTargetTitle'),
        message: `${say('problemNoTargetDetail')}\n${say('problemNoTargetAction')}`,
      },
    ]);
    expect(await history(extension)).toEqual([]);
  });
});

test.describe('context menu, through its handler', () => {
  test('“Save selection”, “Save link” and “Save image” go to the default database', async ({
    firefox,
    extension,
    connect,
    corpus,
    emulator,
  }) => {
    await connect();
    const { page, tabId } = await firefox.openWebPage(corpus.pageUrl('wikipedia'));
    const { linkUrl, linkText, srcUrl } = await page.evaluate(() => {
      const link = [...document.querySelectorAll('a[href^="http"]')].find(
        (a) => (a.textContent ?? '').trim().length > 3,
      ) as HTMLAnchorElement;
      const image = [...document.images].find((i) => i.src.startsWith('http'))!;
      getSelection()!.selectAllChildren(document.querySelector('p')!);
      return { linkUrl: link.href, linkText: link.textContent!.trim(), srcUrl: image.src };
    });
    await firefox.grantActiveTab();
    const jobs = [
      await menuClick(firefox, tabId, { menuItemId: 'selection' }),
      await menuClick(firefox, tabId, { menuItemId: 'link', linkUrl, selectionText: linkText }),
      await menuClick(firefox, tabId, { menuItemId: 'image', srcUrl }),
    ];
    const pageIds: string[] = [];
    for (const job of jobs) pageIds.push(await savedPage(extension, job!));
    const byId = new Map(savedRows(emulator).map((r) => [r.id, r.values]));
    expect(byId.get(pageIds[1]!)).toMatchObject({ Name: linkText, URL: linkUrl });
    const imageBlocks = emulator.getPageTree(pageIds[2]!)!.blocks as unknown as {
      type: string;
      image?: { external?: { url: string } };
    }[];
    expect(imageBlocks[0]).toMatchObject({ type: 'image', image: { external: { url: srcUrl } } });
    expect(blockLines(emulator.getPageTree(pageIds[0]!)!.blocks).length).toBeGreaterThan(0);
  });

  test('“Save page” with a target picked in the submenu appends to the Inbox', async ({
    firefox,
    extension,
    connect,
    corpus,
    emulator,
  }) => {
    const demo = await connect();
    const { tabId } = await firefox.openWebPage(corpus.pageUrl('wikipedia'));
    await firefox.grantActiveTab();
    const before = emulator.getPageTree(DEMO.ids.inboxPage)!.blocks.length;
    const job = await menuClick(firefox, tabId, { menuItemId: `page::${demo.inboxTargetId}` });
    await savedPage(extension, job!);
    const lines = blockLines(emulator.getPageTree(DEMO.ids.inboxPage)!.blocks.slice(before));
    expect(lines.join('\n')).toContain('Mozilla - Wikipedia');
    expect(savedRows(emulator)).toEqual([]);
  });
});
