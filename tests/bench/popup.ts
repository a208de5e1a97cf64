/**
 * The popup's speed and size, measured on the built extension in Chromium with a
 * connected demo profile (the emulator stands in for Notion):
 *
 * - `popup.first_render_ms`: median over 40 opens of `popup.html` (as a tab) from
 *   navigation start to the `popup:targets-painted` mark, set in the frame that first
 *   paints the targets read from storage;
 * - `popup.first_render_ratio_vs_static`: that median ÷ the median first render of the
 *   extension's static HTML page (`privacy.html`, which loads no script: navigation start
 *   to its first contentful paint) opened the same way, 40 times, interleaved with the
 *   popup's opens in the same browser;
 * - `popup.js_gzip_kb`: every script the popup loads when it opens on an article with a
 *   target — as the browser requests them, from the first byte of the page until its
 *   network is idle (React drawn, its lazily loaded parts that every open asks for with
 *   it) — each file gzipped (zlib's default level, as Vite reports it), summed;
 * - `popup.all_js_gzip_kb`: every script the popup could ever load — its scripts, its
 *   modulepreloads and everything they import, statically or dynamically (the parts
 *   loaded only when a person asks for them: the onboarding, the list of highlights,
 *   saving many tabs, the views after a save) — gzipped and summed the same way;
 * - `popup.css_gzip_kb`: every stylesheet `popup.html` links, gzipped the same way;
 * - `background.js_gzip_kb`: the service worker, gzipped the same way.
 *
 * Sizes are those of the production build (`.output/chrome-mv3`), what people install;
 * the timings run on the test build, the only one that talks to the emulator, so the
 * scripts an open loads are named there and sized in the production build (the same
 * chunks: the builds differ only in what `IS_TEST_BUILD` says). Builds both first unless
 * `QC_SKIP_BUILD=1`.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, posix } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { BrowserContext, Page } from '@playwright/test';
import { startEmulator } from '../notion-emulator/index';
import { extensionWorker } from '../e2e/fixtures';
import { grantActiveTab, launchForPopup, POPUP_SIZE } from '../e2e/pages/popup-page';
import { buildExtension, PRODUCTION_DIR } from '../tools/build';
import { connectDemo } from '../tools/demo-setup';
import { startCorpusServer } from '../tools/corpus-server';

// Forty, not twenty: on a busy machine one figure of twenty opens swung by a third.
const OPENS = 40;
const MARK = 'popup:targets-painted';
const STATIC_PAGE = 'privacy.html';

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

const round = (value: number, digits = 2) => Number(value.toFixed(digits));

const gzipKb = (file: string) => gzipSync(readFileSync(file)).length / 1024;

/** Files (relative to the extension root) of every script a page loads. */
export function scriptGraph(root: string, htmlFile: string): string[] {
  const html = readFileSync(join(root, htmlFile), 'utf8');
  const tags = [
    ...html.matchAll(/<script\b[^>]*\bsrc="([^"]+)"/g),
    ...html.matchAll(/<link\b[^>]*\brel="modulepreload"[^>]*\bhref="([^"]+)"/g),
  ].map((m) => m[1]!.replace(/^\//, ''));
  const seen = new Set<string>();
  const visit = (file: string) => {
    if (seen.has(file) || !existsSync(join(root, file))) return;
    seen.add(file);
    const code = readFileSync(join(root, file), 'utf8');
    // Minified imports: `from"./x.js"`, `import"./x.js"`, `import("./x.js")`; Vite writes a
    // dynamic import's address between backquotes.
    for (const m of code.matchAll(/(?:from|import)\s*\(?\s*["'`]([^"'`]+\.js)["'`]/g)) {
      const spec = m[1]!;
      visit(spec.startsWith('/') ? spec.slice(1) : posix.join(dirname(file), spec));
    }
  };
  tags.forEach(visit);
  return [...seen];
}

/** Files (relative to the extension root) of every stylesheet a page links. */
export function styleFiles(root: string, htmlFile: string): string[] {
  const html = readFileSync(join(root, htmlFile), 'utf8');
  return [...html.matchAll(/<link\b[^>]*\brel="stylesheet"[^>]*\bhref="([^"]+)"/g)]
    .map((m) => m[1]!.replace(/^\//, ''))
    .filter((file) => existsSync(join(root, file)));
}

/**
 * The scripts (relative to the extension root) one open of the popup requests, until its
 * network has been idle for Playwright's half a second: React has drawn, and whatever it
 * loads lazily on every open has arrived.
 */
async function scriptsOfOneOpen(context: BrowserContext, url: string): Promise<string[]> {
  const page = await context.newPage();
  await page.setViewportSize(POPUP_SIZE);
  const scripts = new Set<string>();
  page.on('request', (request) => {
    const { pathname } = new URL(request.url());
    if (pathname.endsWith('.js')) scripts.add(pathname.slice(1));
  });
  await page.goto(url, { waitUntil: 'networkidle' });
  await page.close();
  return [...scripts];
}

/**
 * The production build's file for a test build's script: the same name, its content hash
 * aside (`chunks/mount-D3o-F0Cd.js` ↔ `chunks/mount-DXAoIHTQ.js`). Throws when the name
 * is not one file of the production popup's, so a chunk is never left out of the sum.
 */
function productionFile(testFile: string, productionFiles: string[]): string {
  const stem = (file: string) => file.replace(/-[\w-]{8}\.js$/, '.js');
  const matches = productionFiles.filter((file) => stem(file) === stem(testFile));
  if (matches.length !== 1) {
    throw new Error(`${testFile} is ${matches.length} scripts of the production popup, not one.`);
  }
  return matches[0]!;
}

async function timeOpen(page: Page, url: string, read: () => Promise<number>): Promise<number> {
  await page.goto(url);
  return read();
}

async function measureOpens(context: BrowserContext, base: string, tabId: number) {
  const popup: number[] = [];
  const staticPage: number[] = [];
  const popupUrl = `${base}/popup.html?tab=${tabId}`;
  for (let i = 0; i < OPENS; i += 1) {
    // A fresh tab each time, as each click on the toolbar button opens a fresh popup.
    const page = await context.newPage();
    await page.setViewportSize(POPUP_SIZE);
    popup.push(
      await timeOpen(page, popupUrl, () =>
        page
          .waitForFunction((mark) => performance.getEntriesByName(mark)[0]?.startTime, MARK)
          .then((handle) => handle.jsonValue() as Promise<number>),
      ),
    );
    await page.close();
    const other = await context.newPage();
    await other.setViewportSize(POPUP_SIZE);
    staticPage.push(
      await timeOpen(other, `${base}/${STATIC_PAGE}`, () =>
        other
          .waitForFunction(
            () => performance.getEntriesByName('first-contentful-paint')[0]?.startTime,
          )
          .then((handle) => handle.jsonValue() as Promise<number>),
      ),
    );
    await other.close();
  }
  return { popup, staticPage };
}

/** Runs every popup figure once. */
export async function benchPopup(): Promise<Record<string, number>> {
  if (process.env.QC_SKIP_BUILD !== '1') {
    buildExtension('production', { quiet: true });
    buildExtension('test', { quiet: true });
  }
  const gzipSum = (files: string[]) =>
    round(files.reduce((kb, f) => kb + gzipKb(join(PRODUCTION_DIR, f)), 0));
  const popupFiles = scriptGraph(PRODUCTION_DIR, 'popup.html');
  const sizes = {
    'popup.all_js_gzip_kb': gzipSum(popupFiles),
    'popup.css_gzip_kb': round(
      styleFiles(PRODUCTION_DIR, 'popup.html').reduce(
        (kb, f) => kb + gzipKb(join(PRODUCTION_DIR, f)),
        0,
      ),
    ),
    'background.js_gzip_kb': round(gzipKb(join(PRODUCTION_DIR, 'background.js'))),
  };

  const emulator = await startEmulator({ seed: 'demo', rateLimit: false });
  const corpus = await startCorpusServer();
  const profile = mkdtempSync(join(tmpdir(), 'qc-bench-popup-'));
  const context = await launchForPopup(profile, 'en');
  try {
    const worker = await extensionWorker(context);
    const extensionId = new URL(worker.url()).host;
    const base = `chrome-extension://${extensionId}`;
    const setup = await context.newPage();
    await setup.goto(`${base}/options.html`);
    await connectDemo(
      (verb, input) =>
        setup.evaluate(
          ([v, i]) =>
            chrome.runtime.sendMessage({ protocol: 'quick-capture/1', verb: v, input: i }),
          [verb, input] as const,
        ),
      emulator.url,
    );
    await setup.close();
    // The popup reads a real page, as it does from the toolbar.
    const article = await context.newPage();
    await article.goto(corpus ? corpus.pageUrl('wikipedia') : 'about:blank');
    const tabId = corpus
      ? await grantActiveTab(context, worker, extensionId, article)
      : await worker.evaluate(async () => (await chrome.tabs.query({}))[0]!.id!);
    const loaded = await scriptsOfOneOpen(context, `${base}/popup.html?tab=${tabId}`);
    const opened = loaded.map((file) => productionFile(file, popupFiles));
    console.log(`  scripts an open loads: ${opened.join(', ')}`);
    const { popup, staticPage } = await measureOpens(context, base, tabId);
    const firstRender = median(popup);
    return {
      'popup.first_render_ms': round(firstRender, 1),
      'popup.first_render_ratio_vs_static': round(firstRender / median(staticPage)),
      'popup.js_gzip_kb': gzipSum(opened),
      ...sizes,
    };
  } finally {
    await context.close();
    rmSync(profile, { recursive: true, force: true });
    await corpus?.close();
    await emulator.close();
  }
}
