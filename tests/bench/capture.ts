/**
 * From the gesture to Notion's first request, in Chromium with the built test extension
 * connected to the emulator's demo workspace, the default capture set to the full article:
 *
 * - `capture.gesture_to_request_ms`: median over every corpus page, each in a fresh tab
 *   (cold: the capture script not injected yet), from calling the "save page" shortcut's
 *   handler to the arrival at the emulator of the capture's first `POST /v1/pages`;
 * - `capture.gesture_to_request_ms_max`: the same for the largest corpus page (by HTML);
 * - `capture.gesture_to_request_ms_slowest`: the slowest page's (its name is printed);
 * - `capture.floor_ms`, the peer: on a fresh tab of the same page, an empty script
 *   injected and then the capture's own first request body sent directly from the
 *   service worker, to its arrival; median over the same pages, measured right after
 *   each page's capture, in the same browser;
 * - `capture.ratio_vs_floor`: the first ÷ the third;
 * - `capture.js_gzip_kb`: the production build's capture script an article injects
 *   (the article extractor with defuddle's core build), gzipped;
 *   `capture.math_js_gzip_kb`: the one injected instead on a page with math (defuddle's
 *   full build, which reads math as LaTeX); `capture.light_js_gzip_kb`: the light one
 *   every other mode and the popup's first read inject.
 *
 * - `capture.scaling_exponent`: on synthetic articles of paragraphs, lists, tables and
 *   code (`synthetic-article.ts`) from 100 KB to 5 MB of HTML, the exponent `k` of the
 *   gesture-to-request time against the size (time ∝ size^k, a least-squares line through
 *   the logarithms): 1 grows as the article, 2 as its square;
 *   `capture.ms_5mb`: that time for the 5 MB article.
 *
 * Each capture is saved whole before the next starts, so no page waits behind another in
 * the queue. Builds both builds first unless `QC_SKIP_BUILD=1`.
 */
import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { BrowserContext, Worker } from '@playwright/test';
import { NOTION_VERSION } from '../../lib/notion/connection/client';
import { DEMO, startEmulator } from '../notion-emulator/index';
import { extensionWorker } from '../e2e/fixtures';
import { grantActiveTab, launchForPopup } from '../e2e/pages/popup-page';
import { corpusDir, corpusPages } from '../golden/corpus';
import { buildExtension, PRODUCTION_DIR } from '../tools/build';
import { connectDemo } from '../tools/demo-setup';
import { startCorpusServer, type CorpusServer } from '../tools/corpus-server';
import { syntheticArticle } from './synthetic-article';

interface Arrival {
  body: string;
  at: number;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

const round = (value: number, digits = 1) => Number(value.toFixed(digits));

/** Resolves with the next `POST /v1/pages` to arrive after this call. */
class Arrivals {
  private waiting: ((arrival: Arrival) => void) | null = null;

  seen(method: string, path: string, body: Buffer, at: number): void {
    if (method !== 'POST' || path !== '/v1/pages' || !this.waiting) return;
    const done = this.waiting;
    this.waiting = null;
    done({ body: body.toString('utf8'), at });
  }

  next(): Promise<Arrival> {
    return new Promise((resolve) => (this.waiting = resolve));
  }
}

/** Waits until the queue reports `jobId` saved (or given up). */
async function settled(worker: Worker, jobId: string): Promise<void> {
  for (;;) {
    const status = await worker.evaluate(async (id) => {
      const history = (await chrome.storage.local.get('captureHistory')).captureHistory as
        { id: string; status: string }[] | undefined;
      return history?.find((e) => e.id === id)?.status ?? null;
    }, jobId);
    if (status === 'saved' || status === 'needs_attention' || status === 'discarded') return;
    await new Promise((done) => setTimeout(done, 50));
  }
}

async function freshTab(
  context: BrowserContext,
  worker: Worker,
  extensionId: string,
  url: string,
): Promise<{ tabId: number; close: () => Promise<void> }> {
  const page = await context.newPage();
  // Not 'load': a corpus page's remote images never arrive on a closed network.
  await page.goto(url, { waitUntil: 'domcontentloaded' });
  const tabId = await grantActiveTab(context, worker, extensionId, page);
  return { tabId, close: () => page.close() };
}

/**
 * A shortcut's save of `url` in a fresh tab: the time from the gesture to the arrival of
 * its first request, and that request's body; resolves once the capture is saved whole.
 */
async function gestureToRequest(
  context: BrowserContext,
  worker: Worker,
  extensionId: string,
  arrivals: Arrivals,
  url: string,
): Promise<{ gesture: number; body: string }> {
  const cold = await freshTab(context, worker, extensionId, url);
  const first = arrivals.next();
  const started = Date.now();
  const jobId = await worker.evaluate(async (tabId) => {
    const tab = await chrome.tabs.get(tabId);
    const handlers = (
      globalThis as unknown as {
        quickCaptureGestures: { onCommand: (c: string, t: unknown) => Promise<string | null> };
      }
    ).quickCaptureGestures;
    return handlers.onCommand('save-page', tab);
  }, cold.tabId);
  if (!jobId) throw new Error(`The shortcut queued nothing on ${url}.`);
  const arrival = await first;
  const gesture = arrival.at - started;
  await settled(worker, jobId);
  await cold.close();
  return { gesture, body: arrival.body };
}

async function measurePage(
  context: BrowserContext,
  worker: Worker,
  extensionId: string,
  corpus: CorpusServer,
  arrivals: Arrivals,
  apiBase: string,
  name: string,
): Promise<{ gesture: number; floor: number }> {
  const url = corpus.pageUrl(name);
  const arrival = await gestureToRequest(context, worker, extensionId, arrivals, url);
  const again = await freshTab(context, worker, extensionId, url);
  const direct = arrivals.next();
  const floorStarted = Date.now();
  await worker.evaluate(
    async ({ tabId, body, apiBase, secret, version }) => {
      // Not `func: () => 0`: tsx would name that arrow with a helper the worker lacks.
      const empty = [() => 0][0]!;
      await chrome.scripting.executeScript({ target: { tabId }, func: empty });
      await fetch(`${apiBase}/v1/pages`, {
        method: 'POST',
        headers: {
          authorization: `Bearer ${secret}`,
          'notion-version': version,
          'content-type': 'application/json',
        },
        body,
      });
    },
    {
      tabId: again.tabId,
      body: arrival.body,
      apiBase,
      secret: DEMO.integrations.main.secret,
      version: NOTION_VERSION,
    },
  );
  const floor = (await direct).at - floorStarted;
  await again.close();
  return { gesture: arrival.gesture, floor };
}

/** HTML sizes of the synthetic series, 100 KB to 5 MB. */
const SERIES_BYTES = [100_000, 250_000, 500_000, 1_000_000, 2_500_000, 5_000_000];

/** The slope of the least-squares line through (log size, log time). */
function exponent(points: { bytes: number; ms: number }[]): number {
  const xs = points.map((p) => Math.log(p.bytes));
  const ys = points.map((p) => Math.log(p.ms));
  const mean = (values: number[]) => values.reduce((a, b) => a + b, 0) / values.length;
  const [mx, my] = [mean(xs), mean(ys)];
  const covariance = xs.reduce((sum, x, i) => sum + (x - mx) * (ys[i]! - my), 0);
  const variance = xs.reduce((sum, x) => sum + (x - mx) ** 2, 0);
  return covariance / variance;
}

/** The synthetic series, each article served at its own address on the corpus server's host. */
async function measureSeries(
  context: BrowserContext,
  worker: Worker,
  extensionId: string,
  corpus: CorpusServer,
  arrivals: Arrivals,
): Promise<Record<string, number>> {
  const points: { bytes: number; ms: number }[] = [];
  for (const bytes of SERIES_BYTES) {
    const url = `${corpus.url}/synthetic-${bytes}/`;
    const html = syntheticArticle(bytes);
    await context.route(url, (route) =>
      route.fulfill({ body: html, contentType: 'text/html; charset=utf-8' }),
    );
    const { gesture } = await gestureToRequest(context, worker, extensionId, arrivals, url);
    await context.unroute(url);
    points.push({ bytes, ms: gesture });
    console.log(`  synthetic ${Math.round(bytes / 1000)} kB: ${gesture} ms`);
  }
  return {
    'capture.scaling_exponent': round(exponent(points), 2),
    'capture.ms_5mb': round(points.at(-1)!.ms),
  };
}

/** Runs every capture figure once. */
export async function benchCapture(): Promise<Record<string, number>> {
  if (process.env.QC_SKIP_BUILD !== '1') {
    buildExtension('production', { quiet: true });
    buildExtension('test', { quiet: true });
  }
  const gzipKb = (file: string) =>
    round(gzipSync(readFileSync(join(PRODUCTION_DIR, file))).length / 1024, 2);
  const sizes = {
    'capture.js_gzip_kb': gzipKb('capture.js'),
    'capture.math_js_gzip_kb': gzipKb('capture-math.js'),
    'capture.light_js_gzip_kb': gzipKb('capture-light.js'),
  };
  const corpus = await startCorpusServer();
  if (!corpus) return sizes;
  const arrivals = new Arrivals();
  const emulator = await startEmulator({
    seed: 'demo',
    rateLimit: false,
    observe: ({ method, path, body, arrivedAt }) => arrivals.seen(method, path, body, arrivedAt),
  });
  const profile = mkdtempSync(join(tmpdir(), 'qc-bench-capture-'));
  const context = await launchForPopup(profile, 'en');
  // The corpus pages name remote scripts and images; this machine reaches no such host,
  // and a request left to time out would hold a page's parsing for half a minute.
  // Refused at once, as a browser offline refuses them.
  await context.route(
    (url) => url.hostname !== '127.0.0.1',
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
    // The full article, at a Business plan's 10 requests a second (the emulator does not
    // limit here): what is timed is the way to the first request, not the queue's pace.
    await send('saveSettings', { defaultMode: 'article', requestsPerSecond: 10 });
    await setup.close();

    const pages = corpusPages();
    const bytes = (name: string) => statSync(join(corpusDir, name, 'source.html')).size;
    const largest = pages.reduce((a, b) => (bytes(b) > bytes(a) ? b : a));
    const gestures: number[] = [];
    const floors: number[] = [];
    let largestGesture = 0;
    let slowest = { name: '', ms: 0 };
    for (const name of pages) {
      const { gesture, floor } = await measurePage(
        context,
        worker,
        extensionId,
        corpus,
        arrivals,
        emulator.url,
        name,
      );
      gestures.push(gesture);
      floors.push(floor);
      if (name === largest) largestGesture = gesture;
      if (gesture > slowest.ms) slowest = { name, ms: gesture };
    }
    const series = await measureSeries(context, worker, extensionId, corpus, arrivals);
    const gestureMedian = median(gestures);
    const floorMedian = median(floors);
    console.log(`  largest corpus page: ${largest} (${Math.round(bytes(largest) / 1024)} kB)`);
    console.log(`  slowest corpus page: ${slowest.name} (${slowest.ms} ms)`);
    return {
      ...sizes,
      'capture.gesture_to_request_ms': round(gestureMedian),
      'capture.gesture_to_request_ms_max': round(largestGesture),
      'capture.gesture_to_request_ms_slowest': round(slowest.ms),
      'capture.floor_ms': round(floorMedian),
      'capture.ratio_vs_floor': round(gestureMedian / floorMedian, 2),
      ...series,
    };
  } finally {
    await context.close();
    rmSync(profile, { recursive: true, force: true });
    await corpus.close();
    await emulator.close();
  }
}
