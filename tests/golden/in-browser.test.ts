import { chromium, type Browser, type Page } from '@playwright/test';
import { build } from 'esbuild';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PageCapture } from '../../lib/capture/types';
import type { LimitViolation } from '../../lib/notion/api/limit-check';
import { CORPUS_URL, projectRoot, readCorpusFile } from './corpus';
import { sandboxFlags } from '../tools/find-chromium';
import { wordRecall } from './recall';

// The capture code in a real browser, where it runs for users: Chromium's DOM, CSS
// hiding, real Selection and Range, noscript kept as text. linkedom (used everywhere
// else) differs in places, so this is where those differences would show.
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const PAGES = [
  'ehow-2',
  'mathjax',
  'wikipedia',
  'lazy-image-1',
  'toc-missing',
  'videos-1',
  'keep-tabular-data',
  'rtl-1',
];

interface Result {
  capture: PageCapture;
  blockText: string;
  violations: LimitViolation[];
}

let browser: Browser;
let page: Page;
let bundle: string;

let current = '';
let withoutScripts = false;

/** Loads a corpus page at its original address; every other request is refused. */
async function open(name: string): Promise<void> {
  current = name;
  await page.goto(CORPUS_URL, { waitUntil: 'domcontentloaded' });
  await page.addScriptTag({ content: bundle });
}

// Without Chromium (a machine that has not installed it) there is nothing to run in.
describe.skipIf(!existsSync(CHROMIUM))('capture in Chromium', () => {
  beforeAll(async () => {
    const out = await build({
      entryPoints: [path.join(projectRoot, 'tests/golden/browser-entry.ts')],
      bundle: true,
      format: 'iife',
      write: false,
      logLevel: 'silent',
    });
    bundle = out.outputFiles[0]!.text;
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: [...sandboxFlags(), '--disable-gpu', '--disable-background-networking'],
    });
    page = await browser.newPage();
    // No network here: the page's own address serves the corpus file, the rest fails fast.
    await page.route('**/*', (route) =>
      route.request().url() === CORPUS_URL
        ? route.fulfill({
            // Without the page's scripts and links (the browser fetches icons late on its
            // own), every request after load comes from capture.
            body: withoutScripts
              ? readCorpusFile(current, 'source.html')
                  .replace(/<script\b[\s\S]*?<\/script>/gi, '')
                  .replace(/<link\b[^>]*>/gi, '')
              : readCorpusFile(current, 'source.html'),
            contentType: 'text/html; charset=utf-8',
          })
        : route.abort(),
    );
  }, 60_000);
  afterAll(async () => {
    await browser?.close();
  });

  it.each(PAGES)('%s: article within every limit, nothing lost, page unchanged', async (name) => {
    await open(name);
    const before = await page.evaluate(() => new XMLSerializer().serializeToString(document));
    const result = await page.evaluate(() =>
      (globalThis as unknown as { quickCaptureTest: (r: object) => Result }).quickCaptureTest({
        mode: 'article',
      }),
    );
    const after = await page.evaluate(() => new XMLSerializer().serializeToString(document));
    expect(after).toBe(before);
    expect(result.violations).toEqual([]);
    expect(result.capture.blocks.length).toBeGreaterThan(0);
    expect(wordRecall(result.capture.text ?? '', result.blockText)).toBeGreaterThanOrEqual(0.99);
  });

  it.each(['lazy-image-1', 'wikipedia', 'keep-images', 'videos-1'])(
    '%s: capture makes no network request, even for the images it copies',
    async (name) => {
      withoutScripts = true;
      try {
        current = name;
        await page.goto(CORPUS_URL, { waitUntil: 'load' });
        await page.addScriptTag({ content: bundle });
        const requests: string[] = [];
        const listen = (request: { url(): string }) => requests.push(request.url());
        page.on('request', listen);
        const blocks = await page.evaluate(
          () =>
            (globalThis as unknown as { quickCaptureTest: (r: object) => Result }).quickCaptureTest(
              {
                mode: 'article',
              },
            ).capture.blocks.length,
        );
        // Loads start asynchronously: let the page run a moment before looking.
        await page.evaluate(() => new Promise((resolve) => setTimeout(resolve, 300)));
        page.off('request', listen);
        expect(blocks).toBeGreaterThan(0);
        expect(requests).toEqual([]);
      } finally {
        withoutScripts = false;
      }
    },
  );

  it('captures a real selection across a heading and a list, keeping their structure', async () => {
    await page.setContent(
      '<h2 id="h">Title</h2><ul id="u"><li>first <b>bold</b></li><li>second</li></ul><p>after</p>',
    );
    await page.addScriptTag({ content: bundle });
    const result = await page.evaluate(() => {
      const range = document.createRange();
      range.setStart(document.getElementById('h')!.firstChild!, 0);
      range.setEnd(document.querySelectorAll('li')[1]!.firstChild!, 3);
      const selection = document.getSelection()!;
      selection.removeAllRanges();
      selection.addRange(range);
      return (
        globalThis as unknown as { quickCaptureTest: (r: object) => Result }
      ).quickCaptureTest({ mode: 'selection' });
    });
    expect(result.capture.blocks.map((b) => b.type)).toEqual([
      'heading_2',
      'bulleted_list_item',
      'bulleted_list_item',
    ]);
    expect(result.blockText).toBe('Title\n• first bold\n• sec');
    expect(result.capture.text).toContain('Title');
  });

  it('copies a selected image without making the page fetch it again', async () => {
    await page.route(CORPUS_URL, (route) =>
      route.fulfill({
        body: '<!doctype html><p id="p">text <img src="http://fakehost/failed.png" alt="x"> more</p>',
        contentType: 'text/html',
      }),
    );
    await page.goto(CORPUS_URL, { waitUntil: 'load' });
    await page.unroute(CORPUS_URL);
    await page.addScriptTag({ content: bundle });
    const requests: string[] = [];
    const listen = (request: { url(): string }) => requests.push(request.url());
    page.on('request', listen);
    const types = await page.evaluate(() => {
      const range = document.createRange();
      range.selectNodeContents(document.getElementById('p')!);
      document.getSelection()!.removeAllRanges();
      document.getSelection()!.addRange(range);
      const run = (globalThis as unknown as { quickCaptureTest: (r: object) => Result })
        .quickCaptureTest;
      return run({ mode: 'selection' }).capture.blocks.map((b) => b.type);
    });
    // Loads start asynchronously: let the page run a moment before looking.
    await page.evaluate(() => new Promise((resolve) => setTimeout(resolve, 300)));
    page.off('request', listen);
    expect(types).toEqual(['paragraph', 'image', 'paragraph']);
    expect(requests).toEqual([]);
  });
});
