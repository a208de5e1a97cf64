/**
 * Many tabs in one gesture, in Chromium with access to websites granted (as the popup's
 * "Save tabs…" asks for it; `image-access.ts` says how the grant is made): thirty corpus
 * pages open in one window, three of them saved before (from another computer, so only
 * Notion knows), and two tabs no extension may read. "Save all tabs in this window" from
 * the toolbar button's menu, then Notion's side and the batch's record are checked.
 */
import { Client } from '@notionhq/client';
import type { BrowserContext, Page, Worker } from '@playwright/test';
import { NOTION_VERSION } from '../../lib/notion/connection/client';
import { DEMO, type RunningEmulator } from '../notion-emulator/index';
import { corpusPages } from '../golden/corpus';
import { extensionWorker, sendFromPage } from './fixtures';
import { allowImageAccess } from './image-access';
import { expect, launchForPopup, plainProperties, test as base } from './pages/popup-page';

const test = base.extend({
  context: async ({ userDataDir, uiLanguage }, use) => {
    await allowImageAccess(userDataDir, uiLanguage);
    const context = await launchForPopup(userDataDir, uiLanguage);
    // The corpus names remote scripts and images this machine cannot reach: refused at
    // once, as a browser offline refuses them, so no page waits for them.
    await context.route(
      (url) => url.protocol.startsWith('http') && url.hostname !== '127.0.0.1',
      (route) => route.abort('internetdisconnected'),
    );
    await use(context);
    await context.close();
  },
});

interface StoredBatch {
  id: string;
  items: { url: string; state: { kind: string; why?: string; jobId?: string } }[];
}

/** The batch's tabs by state, read from storage with the queue's status of each capture. */
async function batchStates(worker: Worker, batchId: string) {
  return worker.evaluate(async (id) => {
    const stored = await chrome.storage.local.get(['batches', 'captureHistory']);
    const batch = (stored.batches as StoredBatch[] | undefined)?.find((b) => b.id === id);
    const lines = (stored.captureHistory ?? []) as { id: string; status: string }[];
    const status = new Map(lines.map((l) => [l.id, l.status]));
    return (batch?.items ?? []).map((item) =>
      item.state.kind === 'queued' ? `queued:${status.get(item.state.jobId!)}` : item.state.kind,
    );
  }, batchId);
}

function count(states: string[]): Record<string, number> {
  const out: Record<string, number> = {};
  for (const s of states) out[s] = (out[s] ?? 0) + 1;
  return out;
}

async function openTabs(context: BrowserContext, urls: string[]): Promise<Page[]> {
  const pages: Page[] = [];
  for (const url of urls) {
    const page = await context.newPage();
    await page.goto(url, { waitUntil: 'domcontentloaded' });
    pages.push(page);
  }
  return pages;
}

function rowsByUrl(emulator: RunningEmulator): Map<string, number> {
  const byUrl = new Map<string, number>();
  for (const page of emulator.listPages({ dataSource: DEMO.ids.readingListDataSource })) {
    const url = plainProperties(page).URL;
    if (typeof url === 'string') byUrl.set(url, (byUrl.get(url) ?? 0) + 1);
  }
  return byUrl;
}

test('thirty tabs saved from the toolbar menu land once each, at Notion’s rate', async ({
  connect,
  context,
  corpus,
  emulator,
  serviceWorker,
  openExtensionPage,
}) => {
  test.setTimeout(180_000);
  await connect();
  const urls = corpusPages()
    .slice(0, 30)
    .map((name) => corpus.pageUrl(name));
  // Saved before, elsewhere: only the lookup in the database can know.
  const notion = new Client({
    auth: DEMO.integrations.main.secret,
    baseUrl: emulator.url,
    notionVersion: NOTION_VERSION,
    logger: () => {},
  });
  for (const url of urls.slice(0, 3)) {
    await notion.pages.create({
      parent: { type: 'data_source_id', data_source_id: DEMO.ids.readingListDataSource },
      properties: { Name: { title: [{ text: { content: url } }] }, URL: { url } },
    });
  }
  const pages = await openTabs(context, [...urls, 'chrome://version/']);
  const logBefore = emulator.requestLog().length;

  const batchId = await serviceWorker.evaluate(async (url) => {
    const [tab] = await chrome.tabs.query({ url });
    const handlers = (
      globalThis as unknown as {
        quickCaptureGestures: {
          onMenuClick: (info: unknown, tab: unknown) => Promise<string | null>;
        };
      }
    ).quickCaptureGestures;
    return handlers.onMenuClick({ menuItemId: 'tabs::window::bookmark', editable: false }, tab);
  }, urls[5]!);
  expect(batchId).toBeTruthy();
  // Every other tab of the window is a browser page: the blank first tab, chrome://version.
  const others =
    (await serviceWorker.evaluate(async () => (await chrome.tabs.query({})).length)) - 30;

  await expect
    .poll(async () => count(await batchStates(serviceWorker, batchId!)), { timeout: 150_000 })
    .toEqual({ 'queued:saved': 27, skipped: 3, not_capturable: others });

  // Notion's side: each page once — the three saved before not again — and never a 429.
  const byUrl = rowsByUrl(emulator);
  for (const url of urls) expect(byUrl.get(url), url).toBe(1);
  const log = emulator.requestLog().slice(logBefore);
  expect(log.filter((r) => r.status === 429)).toEqual([]);
  const created = log.filter((r) => r.method === 'POST' && r.path === '/v1/pages');
  expect(created).toHaveLength(27);

  // The history says it in words, with the tab that could not be saved and why.
  const options = await openExtensionPage('options.html#history');
  const report = options.locator('.batch-report').first();
  await expect(report.getByRole('status')).toHaveText(
    `27 of ${30 + others} saved, 3 skipped, ${others} can't be saved`,
  );
  await report.getByText('Not saved, and why').click();
  await expect(report.locator('.batch-why li')).toHaveCount(others);
  await expect(report.locator('.batch-why li').first()).toHaveText(
    "A tab is one of the browser's own pages (or a file on this computer), which extensions cannot read.",
  );
  for (const page of pages) await page.close();
});

test('the popup asks once about pages saved before, and “Save again” saves them', async ({
  connect,
  context,
  corpus,
  emulator,
  openPopupOn,
}) => {
  test.setTimeout(120_000);
  await connect();
  const urls = corpusPages()
    .slice(30, 33)
    .map((name) => corpus.pageUrl(name));
  const notion = new Client({
    auth: DEMO.integrations.main.secret,
    baseUrl: emulator.url,
    notionVersion: NOTION_VERSION,
    logger: () => {},
  });
  await notion.pages.create({
    parent: { type: 'data_source_id', data_source_id: DEMO.ids.readingListDataSource },
    properties: {
      Name: { title: [{ text: { content: 'Saved before' } }] },
      URL: { url: urls[0]! },
    },
  });
  await openTabs(context, urls.slice(0, 2));
  const { popup } = await openPopupOn(urls[2]!);

  await popup.getByRole('button', { name: 'Save tabs…' }).click();
  // One tab is selected: the whole window is meant (its blank first tab with it).
  await expect(popup.getByRole('radio', { name: 'All 4 tabs in this window' })).toBeChecked();
  await expect(popup.getByRole('radio', { name: 'As bookmarks' })).toBeChecked();
  await popup.getByRole('button', { name: 'Save tabs', exact: true }).click();

  const question = popup.getByRole('alert').filter({ hasText: '1 of these is already saved:' });
  await expect(question).toBeVisible({ timeout: 60_000 });
  await expect(question.getByRole('button', { name: 'Skip it' })).toBeVisible();
  await question.getByRole('button', { name: 'Save again' }).click();
  await expect(question).toBeHidden();
  await expect(popup.locator('.batch-progress')).toHaveText("3 of 4 saved, 1 can't be saved", {
    timeout: 60_000,
  });

  const byUrl = rowsByUrl(emulator);
  expect(urls.map((url) => byUrl.get(url))).toEqual([2, 1, 1]);
  expect(emulator.requestLog().filter((r) => r.status === 429)).toEqual([]);
});

test('a batch cut short by a stopped worker goes on in the next one, each tab saved once', async ({
  connect,
  context,
  corpus,
  emulator,
  serviceWorker,
  openExtensionPage,
}) => {
  test.setTimeout(180_000);
  await connect();
  const urls = corpusPages()
    .slice(40, 52)
    .map((name) => corpus.pageUrl(name));
  const pages = await openTabs(context, urls);
  // Slow pages, so that the worker is stopped while some tabs are still to be read.
  for (const page of pages) {
    const cdp = await context.newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 8 });
  }
  const batchId = await serviceWorker.evaluate(async (url) => {
    const [tab] = await chrome.tabs.query({ url });
    const hooks = (
      globalThis as unknown as {
        quickCaptureGestures: { onMenuClick: (i: unknown, t: unknown) => Promise<string | null> };
      }
    ).quickCaptureGestures;
    return hooks.onMenuClick({ menuItemId: 'tabs::window::article', editable: false }, tab);
  }, urls[0]!);
  const page = await openExtensionPage('options.html');
  const cdp = await context.newCDPSession(page);
  await cdp.send('ServiceWorker.enable');
  await expect
    .poll(
      async () => {
        const states = count(await batchStates(serviceWorker, batchId!));
        const queued = Object.entries(states)
          .filter(([k]) => k.startsWith('queued'))
          .reduce((n, [, v]) => n + v, 0);
        return queued >= 1 && (states.waiting ?? 0) >= 1;
      },
      { timeout: 60_000 },
    )
    .toBe(true);
  await cdp.send('ServiceWorker.stopAllWorkers');
  // Stopped with tabs still to be read (each takes seconds on these slowed pages).
  const left = await page.evaluate(async (id) => {
    const { batches } = await chrome.storage.local.get('batches');
    const batch = (batches as StoredBatch[]).find((b) => b.id === id)!;
    return batch.items.filter((i) => i.state.kind === 'waiting' || i.state.kind === 'capturing')
      .length;
  }, batchId!);
  expect(left).toBeGreaterThan(0);
  // The next message starts a new worker, which has only what is in storage.
  await sendFromPage(page, 'listHistory');
  const worker = await extensionWorker(context);

  await expect
    .poll(async () => count(await batchStates(worker, batchId!)), { timeout: 150_000 })
    .toMatchObject({ 'queued:saved': urls.length });
  const byUrl = rowsByUrl(emulator);
  expect(urls.map((url) => byUrl.get(url) ?? 0)).toEqual(urls.map(() => 1));
  expect(emulator.requestLog().filter((r) => r.status === 429)).toEqual([]);
});
