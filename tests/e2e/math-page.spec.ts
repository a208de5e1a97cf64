/**
 * Which capture script an article save injects: a page with math takes `/capture-math.js`
 * (defuddle's full build, which reads the page's MathJax as LaTeX) and saves its
 * equations as the golden fixture has them; any other page takes the smaller
 * `/capture.js`. Both through the "save page" shortcut set to the full article.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page, Worker } from '@playwright/test';
import { projectRoot } from '../golden/corpus';
import { CAPTURE_GLOBAL, CAPTURE_MATH_GLOBAL } from '../../lib/capture/types';
import { blockLines, expect, grantActiveTab, sendFromPage, test } from './pages/popup-page';

/** Every equation's LaTeX in a tree of blocks (requests or the emulator's), in order. */
function equations(tree: unknown): string[] {
  if (Array.isArray(tree)) return tree.flatMap(equations);
  if (!tree || typeof tree !== 'object') return [];
  const record = tree as Record<string, unknown>;
  const own = record.equation as { expression?: unknown } | undefined;
  const here = typeof own?.expression === 'string' ? [own.expression] : [];
  return [
    ...here,
    ...Object.entries(record).flatMap(([k, v]) => (k === 'equation' ? [] : equations(v))),
  ];
}

/** Runs "save page" for the tab and waits for the capture saved; its Notion page id. */
async function savePage(worker: Worker, tabId: number): Promise<string> {
  const jobId = await worker.evaluate(async (id) => {
    const tab = await chrome.tabs.get(id);
    const gestures = (
      globalThis as unknown as {
        quickCaptureGestures: { onCommand: (c: string, t: unknown) => Promise<string | null> };
      }
    ).quickCaptureGestures;
    return gestures.onCommand('save-page', tab);
  }, tabId);
  expect(jobId).toBeTruthy();
  let pageId: string | null = null;
  await expect
    .poll(
      async () => {
        const entry = await worker.evaluate(async (id) => {
          const history = (await chrome.storage.local.get('captureHistory')).captureHistory as
            { id: string; status: string; pageId: string | null }[] | undefined;
          return history?.find((e) => e.id === id) ?? null;
        }, jobId!);
        pageId = entry?.pageId ?? null;
        return entry?.status;
      },
      { timeout: 60_000, message: `capture ${jobId} saved` },
    )
    .toBe('saved');
  return pageId!;
}

/** Which capture scripts the extension's isolated world of the tab holds. */
async function scriptsIn(worker: Worker, tabId: number): Promise<string[]> {
  return worker.evaluate(
    async ({ tabId, names }) => {
      const [result] = await chrome.scripting.executeScript({
        target: { tabId },
        func: (names: string[]) =>
          names.filter((n) => typeof (globalThis as Record<string, unknown>)[n] === 'function'),
        args: [names],
      });
      return result?.result as string[];
    },
    { tabId, names: [CAPTURE_GLOBAL, CAPTURE_MATH_GLOBAL] },
  );
}

test.describe('the article capture script', () => {
  let open: (name: string) => Promise<{ page: Page; tabId: number }>;

  test.beforeEach(
    async ({ connect, context, corpus, serviceWorker, extensionId, openExtensionPage }) => {
      await connect();
      const settings = await openExtensionPage('options.html');
      await sendFromPage(settings, 'saveSettings', { defaultMode: 'article' });
      await settings.close();
      // The pages name remote scripts and images this machine cannot reach: refused at once.
      await context.route(
        (url) => url.hostname !== '127.0.0.1',
        (route) => route.abort('internetdisconnected'),
      );
      open = async (name) => {
        const page = await context.newPage();
        await page.goto(corpus.pageUrl(name), { waitUntil: 'domcontentloaded' });
        return { page, tabId: await grantActiveTab(context, serviceWorker, extensionId, page) };
      };
    },
  );

  test('on a page with math is the full one, and the equations are the golden ones', async ({
    emulator,
    serviceWorker,
  }) => {
    const { tabId } = await open('mathjax');
    const pageId = await savePage(serviceWorker, tabId);
    expect(await scriptsIn(serviceWorker, tabId)).toEqual([CAPTURE_MATH_GLOBAL]);
    const golden = JSON.parse(
      readFileSync(join(projectRoot, 'tests/golden/mathjax.blocks.json'), 'utf8'),
    ) as unknown;
    const saved = equations(emulator.getPageTree(pageId)!.blocks);
    expect(saved.length).toBeGreaterThanOrEqual(13);
    expect(saved).toEqual(equations(golden));
  });

  test('on any other page is the core one, kept for the next capture', async ({
    emulator,
    serviceWorker,
  }) => {
    const { tabId } = await open('wikipedia');
    const first = await savePage(serviceWorker, tabId);
    expect(await scriptsIn(serviceWorker, tabId)).toEqual([CAPTURE_GLOBAL]);
    const second = await savePage(serviceWorker, tabId);
    expect(await scriptsIn(serviceWorker, tabId)).toEqual([CAPTURE_GLOBAL]);
    const lines = (id: string) => blockLines(emulator.getPageTree(id)!.blocks);
    expect(lines(first).length).toBeGreaterThan(10);
    expect(lines(second)).toEqual(lines(first));
  });
});
