/**
 * Many tabs at once, in Chromium with the built test extension connected to the
 * emulator's demo workspace and access to websites granted (as the popup asks for it):
 *
 * - `batch.enqueue_30_tabs_ms`: thirty corpus pages open in one window, from calling the
 *   "Save all tabs in this window → As bookmarks" menu entry's handler to the moment every
 *   tab's capture is in the queue (stored, before Notion has it) — the lookup of pages
 *   saved before included;
 * - `batch.one_by_one_ms`, the peer: thirty fresh tabs of the same pages saved one after
 *   another with the "save page" shortcut's handler (bookmarks too), each awaited until
 *   its capture is in the queue;
 * - `batch.speedup_vs_one_by_one`: the second ÷ the first.
 *
 * Each run has tabs of its own, opened fresh (no capture script injected yet), and the
 * queue is drained between the runs. The emulator does not limit and the queue runs at
 * 10 requests a second: what is timed is the way into the queue, not Notion's pace.
 * Builds the test build first unless `QC_SKIP_BUILD=1`.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BrowserContext, Page, Worker } from '@playwright/test';
import { startEmulator } from '../notion-emulator/index';
import { extensionWorker } from '../e2e/fixtures';
import { allowImageAccess } from '../e2e/image-access';
import { launchForPopup } from '../e2e/pages/popup-page';
import { corpusPages } from '../golden/corpus';
import { buildExtension } from '../tools/build';
import { connectDemo } from '../tools/demo-setup';
import { startCorpusServer } from '../tools/corpus-server';

const TABS = 30;
const round = (value: number, digits = 1) => Number(value.toFixed(digits));

async function openTabs(context: BrowserContext, worker: Worker, urls: string[]) {
  const pages: Page[] = [];
  for (const url of urls) {
    const page = await context.newPage();
    // Not 'load': a corpus page's remote images never arrive on a closed network.
    await page.goto(url, { waitUntil: 'domcontentloaded' });
    pages.push(page);
  }
  const ids = await worker.evaluate(async (wanted) => {
    const tabs = await chrome.tabs.query({});
    return wanted.map((url) => tabs.find((t) => t.url === url)?.id ?? -1);
  }, urls);
  if (ids.includes(-1)) throw new Error('A tab did not show its address.');
  return { ids, close: () => Promise.all(pages.map((p) => p.close())) };
}

/** Waits until no capture is left in the outbox. */
async function drained(worker: Worker): Promise<void> {
  for (;;) {
    const left = await worker.evaluate(async () => {
      const { outboxIndex } = await chrome.storage.local.get('outboxIndex');
      return (outboxIndex as string[] | undefined)?.length ?? 0;
    });
    if (left === 0) return;
    await new Promise((done) => setTimeout(done, 100));
  }
}

/** The batch gesture, timed from the handler's call until every tab is in the queue. */
function timeBatch(worker: Worker, tabId: number): Promise<{ ms: number; queued: number }> {
  return worker.evaluate(async (id) => {
    const hooks = (
      globalThis as unknown as {
        quickCaptureGestures: { onMenuClick: (i: unknown, t: unknown) => Promise<string | null> };
      }
    ).quickCaptureGestures;
    const tab = await chrome.tabs.get(id);
    const started = performance.now();
    const batchId = await hooks.onMenuClick(
      { menuItemId: 'tabs::window::bookmark', editable: false },
      tab,
    );
    type Stored = { id: string; items: { state: { kind: string } }[] };
    // tsx names the arrows below with a helper the worker does not have.
    const scope = globalThis as unknown as { __name?: unknown };
    scope.__name ??= (f: unknown) => f;
    const queued = await new Promise<number>((resolve) => {
      const check = async () => {
        const { batches } = await chrome.storage.local.get('batches');
        const batch = (batches as Stored[] | undefined)?.find((b) => b.id === batchId);
        const kinds = batch?.items.map((i) => i.state.kind) ?? ['waiting'];
        if (kinds.some((k) => k === 'waiting' || k === 'capturing')) return;
        chrome.storage.onChanged.removeListener(listener);
        resolve(kinds.filter((k) => k === 'queued').length);
      };
      const listener = () => void check();
      chrome.storage.onChanged.addListener(listener);
      void check();
    });
    return { ms: performance.now() - started, queued };
  }, tabId);
}

/** The shortcut on each tab in turn, each awaited until its capture is in the queue. */
function timeOneByOne(worker: Worker, tabIds: number[]): Promise<number> {
  return worker.evaluate(async (ids) => {
    const hooks = (
      globalThis as unknown as {
        quickCaptureGestures: { onCommand: (c: string, t: unknown) => Promise<string | null> };
      }
    ).quickCaptureGestures;
    const started = performance.now();
    for (const id of ids) {
      const jobId = await hooks.onCommand('save-page', await chrome.tabs.get(id));
      if (!jobId) throw new Error(`The shortcut queued nothing for tab ${id}.`);
    }
    return performance.now() - started;
  }, tabIds);
}

/** Runs the batch figures once. */
export async function benchBatch(): Promise<Record<string, number>> {
  if (process.env.QC_SKIP_BUILD !== '1') buildExtension('test', { quiet: true });
  const corpus = await startCorpusServer();
  if (!corpus) return {};
  const emulator = await startEmulator({ seed: 'demo', rateLimit: false });
  const profile = mkdtempSync(join(tmpdir(), 'qc-bench-batch-'));
  await allowImageAccess(profile, 'en');
  const context = await launchForPopup(profile, 'en');
  // Remote scripts and images are refused at once, as a browser offline refuses them.
  await context.route(
    (url) => url.protocol.startsWith('http') && url.hostname !== '127.0.0.1',
    (route) => route.abort('internetdisconnected'),
  );
  try {
    const worker = await extensionWorker(context);
    const extensionId = new URL(worker.url()).host;
    const setup = await context.newPage();
    await setup.goto(`chrome-extension://${extensionId}/options.html`);
    const send = (verb: string, input: unknown) =>
      setup.evaluate(
        ([v, i]) => chrome.runtime.sendMessage({ protocol: 'quick-capture/1', verb: v, input: i }),
        [verb, input] as const,
      );
    await connectDemo(send, emulator.url);
    await send('saveSettings', { requestsPerSecond: 10, notifications: false });
    await setup.close();
    const urls = corpusPages()
      .slice(0, TABS)
      .map((name) => corpus.pageUrl(name));

    const batchTabs = await openTabs(context, worker, urls);
    const batch = await timeBatch(worker, batchTabs.ids[0]!);
    if (batch.queued !== TABS) throw new Error(`The batch queued ${batch.queued} of ${TABS} tabs.`);
    await drained(worker);
    await batchTabs.close();

    const singleTabs = await openTabs(context, worker, urls);
    const oneByOne = await timeOneByOne(worker, singleTabs.ids);
    await drained(worker);
    await singleTabs.close();

    console.log(`  ${TABS} tabs: batch ${round(batch.ms)} ms, one by one ${round(oneByOne)} ms`);
    return {
      'batch.enqueue_30_tabs_ms': round(batch.ms),
      'batch.one_by_one_ms': round(oneByOne),
      'batch.speedup_vs_one_by_one': round(oneByOne / batch.ms, 2),
    };
  } finally {
    await context.close();
    rmSync(profile, { recursive: true, force: true });
    await corpus.close();
    await emulator.close();
  }
}
