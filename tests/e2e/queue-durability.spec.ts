/**
 * The durable queue in a real Chromium: captures waiting on Notion survive a restart of
 * the extension's service worker and of the browser, keep their order on the Inbox
 * page, land once each, and the toolbar badge follows them.
 */
import type { BrowserContext, Page, Worker } from '@playwright/test';
import type { RunningEmulator } from '../notion-emulator/index';
import { connectDemo } from '../tools/demo-setup';
import { expect, extensionWorker, launchWithExtension, sendFromPage, test } from './fixtures';
import { inboxLinesFrom, twoParagraphCapture } from './pages/notion-content';

interface Reply<T> {
  ok: boolean;
  value?: T;
}

const TITLES = ['First in line', 'Second in line', 'Third in line'];

/** A selection of two paragraphs into the Inbox page, queued as the popup queues it. */
async function capture(page: Page, targetId: string, title: string): Promise<void> {
  const reply = await sendFromPage<Reply<{ jobId: string }>>(
    page,
    'saveCapture',
    twoParagraphCapture(targetId, title),
  );
  expect(reply.ok).toBe(true);
}

/** The Inbox page's blocks as "type:text" lines, ours only (the seed has its own). */
function inboxLines(emulator: RunningEmulator): string[] {
  return inboxLinesFrom(emulator, TITLES[0]!);
}

const expected = TITLES.flatMap((t) => [
  `heading_3:${t}`,
  `paragraph:${t}: one`,
  `paragraph:${t}: two`,
]);

async function queueBehind429(page: Page, emulator: RunningEmulator, seconds: number) {
  const demo = await connectDemo((verb, input) => sendFromPage(page, verb, input), emulator.url);
  emulator.injectFault({
    path: '/v1/blocks/*/children',
    method: 'PATCH',
    action: { type: 'status', status: 429, retryAfterSeconds: seconds },
  });
  for (const title of TITLES) await capture(page, demo.inboxTargetId, title);
  await expect.poll(() => emulator.requestLog().filter((r) => r.status === 429).length).toBe(1);
  return Date.parse(emulator.requestLog().find((r) => r.status === 429)?.time ?? '');
}

function badge(worker: Worker): Promise<string> {
  return worker.evaluate(() => chrome.action.getBadgeText({}));
}

function writesAfter(emulator: RunningEmulator, at: number): number[] {
  return emulator
    .requestLog()
    .filter((r) => r.method === 'PATCH' && r.status === 200)
    .map((r) => Date.parse(r.time) - at);
}

test('captures waiting on Notion survive a restart of the service worker', async ({
  emulator,
  context,
  serviceWorker,
  openExtensionPage,
}) => {
  const page = await openExtensionPage('options.html');
  const limitedAt = await queueBehind429(page, emulator, 4);
  await expect.poll(() => badge(serviceWorker)).toBe('3');

  // Stop the worker as the browser does (its timers and memory are gone); the next
  // message from a page starts a new one, which has only what is in storage.
  await serviceWorker.evaluate(() => {
    (globalThis as { beforeRestart?: boolean }).beforeRestart = true;
  });
  const cdp = await context.newCDPSession(page);
  await cdp.send('ServiceWorker.enable');
  await cdp.send('ServiceWorker.stopAllWorkers');
  await sendFromPage(page, 'listHistory');
  const worker = await extensionWorker(context);
  // A new worker indeed: what the old one held in memory is gone.
  const marker = await worker.evaluate(
    () => (globalThis as { beforeRestart?: boolean }).beforeRestart ?? 'fresh',
  );
  expect(marker).toBe('fresh');

  await expect.poll(() => inboxLines(emulator), { timeout: 20_000 }).toEqual(expected);
  // The new worker kept the connection paused for the rest of Notion's Retry-After.
  for (const delay of writesAfter(emulator, limitedAt)) expect(delay).toBeGreaterThanOrEqual(4_000);
  await expect.poll(() => badge(worker)).toBe('');
});

test('captures waiting on Notion survive a restart of the browser', async ({
  emulator,
  context,
  userDataDir,
  openExtensionPage,
}) => {
  const page = await openExtensionPage('options.html');
  const limitedAt = await queueBehind429(page, emulator, 3);
  await context.close();

  let again: BrowserContext | null = null;
  try {
    again = await launchWithExtension(userDataDir);
    const worker = await extensionWorker(again);
    await expect.poll(() => inboxLines(emulator), { timeout: 20_000 }).toEqual(expected);
    for (const delay of writesAfter(emulator, limitedAt))
      expect(delay).toBeGreaterThanOrEqual(3_000);
    await expect.poll(() => badge(worker)).toBe('');
    const history = await worker.evaluate(async () => {
      const stored = await chrome.storage.local.get('captureHistory');
      return (stored.captureHistory as Array<{ title: string; status: string }>).map(
        (e) => `${e.title}: ${e.status}`,
      );
    });
    expect(history).toEqual([...TITLES].reverse().map((t) => `${t}: saved`));
  } finally {
    await again?.close();
  }
});
