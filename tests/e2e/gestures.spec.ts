/**
 * Capturing without the popup: each context menu entry and each keyboard shortcut, run
 * through the background's own handlers after the browser granted `activeTab` (as the
 * real click or key press does), and checked in the emulator.
 */
import type { Page, Worker } from '@playwright/test';
import { DEMO } from '../notion-emulator/index';
import type { RunningEmulator } from '../notion-emulator/index';
import {
  blockLines,
  expect,
  grantActiveTab,
  plainProperties,
  saveScreen,
  sendFromPage,
  test as base,
} from './pages/popup-page';

type Gesture =
  { kind: 'command'; command: string } | { kind: 'menu'; info: Record<string, unknown> };

/** Runs a gesture handler in the worker for the tab, as the browser's event would. */
async function gesture(worker: Worker, tabId: number, g: Gesture): Promise<string | null> {
  return worker.evaluate(
    async ({ tabId, g }) => {
      const tab = await chrome.tabs.get(tabId);
      const handlers = (
        globalThis as unknown as {
          quickCaptureGestures: Record<string, (...a: unknown[]) => Promise<string | null>>;
        }
      ).quickCaptureGestures;
      return g.kind === 'command'
        ? handlers.onCommand!(g.command, tab)
        : handlers.onMenuClick!({ ...g.info, editable: false, pageUrl: tab.url }, tab);
    },
    { tabId, g },
  );
}

/**
 * Waits for the queue to report the capture saved, and returns its Notion page id. The
 * protocol's own history (with the captures still in the outbox) says where it stands
 * when it does not get there.
 */
async function savedPage(worker: Worker, jobId: string): Promise<string> {
  let last: { status: string; pageId: string | null } | null = null;
  await expect
    .poll(
      async () => {
        last = await worker.evaluate(async (id) => {
          const history = (await chrome.storage.local.get('captureHistory')).captureHistory as
            { id: string; status: string; pageId: string | null }[] | undefined;
          return history?.find((e) => e.id === id) ?? null;
        }, jobId);
        return last?.status;
      },
      { timeout: 30_000, message: `capture ${jobId} saved` },
    )
    .toBe('saved');
  return last!.pageId!;
}

function newRows(emulator: RunningEmulator) {
  return emulator
    .listPages({ dataSource: DEMO.ids.readingListDataSource })
    .filter((p) => (p as { id: string }).id !== DEMO.ids.welcomePage);
}

/** Opens a corpus page in a new tab and grants activeTab for it, as a gesture would. */
const test = base.extend<{ openGranted: (name: string) => Promise<{ page: Page; tabId: number }> }>(
  {
    openGranted: async ({ context, corpus, serviceWorker, extensionId }, use) => {
      await use(async (name) => {
        const page = await context.newPage();
        await page.goto(corpus.pageUrl(name));
        return { page, tabId: await grantActiveTab(context, serviceWorker, extensionId, page) };
      });
    },
  },
);

test.describe('keyboard shortcuts', () => {
  test('“save page” saves the page to the default database', async ({
    connect,
    corpus,
    serviceWorker,
    emulator,
    openGranted,
  }) => {
    await connect();
    const { page, tabId } = await openGranted('wikipedia');
    const jobId = await gesture(serviceWorker, tabId, { kind: 'command', command: 'save-page' });
    expect(jobId).toBeTruthy();
    const pageId = await savedPage(serviceWorker, jobId!);
    const rows = newRows(emulator);
    expect(rows).toHaveLength(1);
    expect(plainProperties(rows[0])).toMatchObject({
      Name: 'Mozilla - Wikipedia',
      URL: corpus.pageUrl('wikipedia'),
    });
    const tree = emulator.getPageTree(pageId)!;
    expect(blockLines(tree.blocks)).toEqual([`bookmark: `]);
    await saveScreen(page, 'shortcut-save-page');
  });

  test('“save selection” saves the selected text', async ({
    connect,
    serviceWorker,
    emulator,
    openGranted,
  }) => {
    await connect();
    const { page, tabId } = await openGranted('v8-blog');
    const selected = await page.evaluate(() => {
      const paragraph = [...document.querySelectorAll('p')].find(
        (p) => (p.textContent ?? '').length > 80,
      )!;
      getSelection()!.selectAllChildren(paragraph);
      return getSelection()!.toString().replace(/\s+/g, ' ').trim();
    });
    const jobId = await gesture(serviceWorker, tabId, {
      kind: 'command',
      command: 'save-selection',
    });
    const pageId = await savedPage(serviceWorker, jobId!);
    const text = blockLines(emulator.getPageTree(pageId)!.blocks).join(' ');
    expect(text.replace(/\s+/g, ' ')).toContain(selected.slice(0, 60));
    await saveScreen(page, 'shortcut-save-selection');
  });

  test('“save screenshot” uploads the visible area and shows it as an image', async ({
    connect,
    serviceWorker,
    emulator,
    openGranted,
  }) => {
    await connect();
    const { tabId } = await openGranted('mozilla-2');
    const jobId = await gesture(serviceWorker, tabId, {
      kind: 'command',
      command: 'save-screenshot',
    });
    const pageId = await savedPage(serviceWorker, jobId!);
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

  test('“save page” on a page a site rule is for takes the rule’s mode, title and tags', async ({
    connect,
    corpus,
    serviceWorker,
    emulator,
    openExtensionPage,
    openGranted,
  }) => {
    await connect();
    const url = corpus.pageUrl('wikipedia');
    const options = await openExtensionPage('options.html');
    await sendFromPage(options, 'saveRule', {
      rule: {
        id: 'wiki',
        name: 'Wikipedia',
        enabled: true,
        match: { kind: 'site', host: new URL(url).hostname },
        set: {
          targetId: null,
          mode: 'article',
          title: '{{title|upper}}',
          properties: {},
          tags: ['from-rule'],
        },
      },
    });
    await options.close();
    const { tabId } = await openGranted('wikipedia');
    const jobId = await gesture(serviceWorker, tabId, { kind: 'command', command: 'save-page' });
    const pageId = await savedPage(serviceWorker, jobId!);
    const rows = newRows(emulator);
    expect(rows).toHaveLength(1);
    expect(plainProperties(rows[0])).toMatchObject({
      Name: 'MOZILLA - WIKIPEDIA',
      URL: url,
      Tags: ['from-rule'],
    });
    const lines = blockLines(emulator.getPageTree(pageId)!.blocks);
    expect(lines.length).toBeGreaterThan(5);
    expect(lines.some((l) => l.startsWith('bookmark'))).toBe(false);
  });

  test('without a target, a shortcut explains how to add one and queues nothing', async ({
    serviceWorker,
    openGranted,
  }) => {
    const { tabId } = await openGranted('wikipedia');
    expect(
      await gesture(serviceWorker, tabId, { kind: 'command', command: 'save-page' }),
    ).toBeNull();
    const history = await serviceWorker.evaluate(() => chrome.storage.local.get('captureHistory'));
    expect(history.captureHistory ?? []).toEqual([]);
  });
});

test.describe('context menu', () => {
  test('“Save page” with a target picked in the submenu appends to the Inbox', async ({
    connect,
    serviceWorker,
    emulator,
    openGranted,
  }) => {
    const demo = await connect();
    const { tabId } = await openGranted('wikipedia');
    const before = emulator.getPageTree(DEMO.ids.inboxPage)!.blocks.length;
    const jobId = await gesture(serviceWorker, tabId, {
      kind: 'menu',
      info: { menuItemId: `page::${demo.inboxTargetId}` },
    });
    await savedPage(serviceWorker, jobId!);
    const lines = blockLines(emulator.getPageTree(DEMO.ids.inboxPage)!.blocks.slice(before));
    expect(lines.join('\n')).toContain('Mozilla - Wikipedia');
    expect(lines.some((l) => l.startsWith('bookmark'))).toBe(true);
  });

  test('“Save selection”, “Save link” and “Save image” go to the default database', async ({
    connect,
    serviceWorker,
    emulator,
    openGranted,
  }) => {
    await connect();
    const { page, tabId } = await openGranted('wikipedia');
    const { linkUrl, linkText, srcUrl } = await page.evaluate(() => {
      const link = [...document.querySelectorAll('a[href^="http"]')].find(
        (a) => (a.textContent ?? '').trim().length > 3,
      ) as HTMLAnchorElement;
      const image = [...document.images].find((i) => i.src.startsWith('http'))!;
      getSelection()!.selectAllChildren(document.querySelector('p')!);
      return { linkUrl: link.href, linkText: link.textContent!.trim(), srcUrl: image.src };
    });
    const jobs = [
      await gesture(serviceWorker, tabId, { kind: 'menu', info: { menuItemId: 'selection' } }),
      await gesture(serviceWorker, tabId, {
        kind: 'menu',
        info: { menuItemId: 'link', linkUrl, selectionText: linkText },
      }),
      await gesture(serviceWorker, tabId, { kind: 'menu', info: { menuItemId: 'image', srcUrl } }),
    ];
    const pageIds = [];
    for (const job of jobs) pageIds.push(await savedPage(serviceWorker, job!));
    const byId = new Map(
      newRows(emulator).map((p) => [(p as { id: string }).id, plainProperties(p)]),
    );
    expect(byId.get(pageIds[1]!)).toMatchObject({ Name: linkText, URL: linkUrl });
    const imageBlocks = emulator.getPageTree(pageIds[2]!)!.blocks as unknown as {
      type: string;
      image?: { external?: { url: string } };
    }[];
    expect(imageBlocks[0]).toMatchObject({ type: 'image', image: { external: { url: srcUrl } } });
    expect(blockLines(emulator.getPageTree(pageIds[0]!)!.blocks).length).toBeGreaterThan(0);
  });
});
