/**
 * The durable queue in Firefox, whose MV3 background is an event page, not a service
 * worker: Firefox stops it after a while without extension API calls, pending timers
 * or not, and starts it again for an event its listeners wait for (a message, an
 * alarm). Captures waiting on Notion's rate limit must survive that, keep their order
 * on the Inbox page and land once each.
 *
 * Firefox cannot restart with a temporary add-on (it is uninstalled, with its storage,
 * when the browser quits), so the browser-restart case is tested in Chromium only.
 */
import { inboxLinesFrom, savedRows, twoParagraphCapture } from '../e2e/pages/notion-content';
import type { RunningEmulator } from '../notion-emulator/index';
import { waitFor, type Firefox } from './driver/firefox';
import type { ExtensionTab } from './driver/views';
import { expect, history, test, type Send } from './fixtures';

const TITLES = ['First in line', 'Second in line', 'Third in line'];
const EXPECTED = TITLES.flatMap((t) => [
  `heading_3:${t}`,
  `paragraph:${t}: one`,
  `paragraph:${t}: two`,
]);
const WAKE_ALARM = 'capture-queue-wake';

const inboxLines = (emulator: RunningEmulator) => inboxLinesFrom(emulator, TITLES[0]!);

/** Queues the three captures for the Inbox, each as the popup sends it. */
async function queueThree(send: Send, inboxTargetId: string): Promise<void> {
  for (const title of TITLES) {
    const reply = await send<{ jobId: string }>(
      'saveCapture',
      twoParagraphCapture(inboxTargetId, title),
    );
    expect(reply.ok, JSON.stringify(reply)).toBe(true);
  }
}

function rateLimitWrites(emulator: RunningEmulator, seconds: number, times = 1): void {
  emulator.injectFault({
    path: '/v1/blocks/*/children',
    method: 'PATCH',
    times,
    action: { type: 'status', status: 429, retryAfterSeconds: seconds },
  });
}

/** When the emulator first answered 429 (its own clock, the machine's). */
async function firstRateLimit(emulator: RunningEmulator): Promise<number> {
  const entry = await waitFor(
    async () => emulator.requestLog().find((r) => r.status === 429) ?? null,
    'Notion’s first 429',
  );
  return Date.parse(entry.time);
}

function successfulWrites(emulator: RunningEmulator): number[] {
  return emulator
    .requestLog()
    .filter((r) => r.method === 'PATCH' && r.status === 200)
    .map((r) => Date.parse(r.time));
}

/** When the capture Notion rate-limited may be sent again, as the queue stored it. */
async function rateLimitedUntil(extension: ExtensionTab): Promise<number | null> {
  const all = await extension.evaluate((w) => w.browser.storage.local.get(null));
  const until = Object.entries(all)
    .filter(([key]) => key.startsWith('captureState:'))
    .map(([, state]) => state as { waitReason: string | null; notBefore: number | null })
    .filter((state) => state.waitReason === 'rate_limited' && state.notBefore !== null)
    .map((state) => state.notBefore!);
  return until.length > 0 ? Math.min(...until) : null;
}

const badge = (extension: ExtensionTab) =>
  extension.evaluate((w) => w.browser.action.getBadgeText({}));

async function everyCaptureSavedOnce(extension: ExtensionTab, emulator: RunningEmulator) {
  await waitFor(
    async () => JSON.stringify(inboxLines(emulator)) === JSON.stringify(EXPECTED),
    'the three captures on the Inbox page',
    45_000,
  );
  expect(inboxLines(emulator)).toEqual(EXPECTED);
  const entries = await waitFor(async () => {
    const all = await history(extension);
    return all.every((e) => e.status === 'saved') ? all : null;
  }, 'every capture marked saved');
  expect(entries.map((e) => `${e.title}: ${e.status}`)).toEqual(
    [...TITLES].reverse().map((t) => `${t}: saved`),
  );
  expect(
    await waitFor(async () => ((await badge(extension)) === '' ? 'empty' : null), 'no badge'),
  ).toBe('empty');
}

async function stopped(firefox: Firefox): Promise<void> {
  await waitFor(
    async () => (await firefox.backgroundState()) === 'stopped',
    'the event page stopped',
  );
}

test('captures behind Notion’s rate limit drain in order, once each, with the badge counting them', async ({
  extension,
  connect,
  send,
  emulator,
}) => {
  const demo = await connect();
  rateLimitWrites(emulator, 2);
  await queueThree(send, demo.inboxTargetId);
  const limitedAt = await firstRateLimit(emulator);
  expect(
    await waitFor(async () => ((await badge(extension)) === '3' ? '3' : null), 'badge 3'),
  ).toBe('3');
  await everyCaptureSavedOnce(extension, emulator);
  for (const at of successfulWrites(emulator)) expect(at - limitedAt).toBeGreaterThanOrEqual(2_000);
});

test('an event page stopped while captures wait is woken by its alarm when Notion’s wait is over', async ({
  firefox,
  extension,
  connect,
  send,
  emulator,
}) => {
  const demo = await connect();
  rateLimitWrites(emulator, 4);
  await queueThree(send, demo.inboxTargetId);
  const limitedAt = await firstRateLimit(emulator);
  const alarm = await waitFor(
    async () =>
      (await extension.evaluate((w, name) => w.browser.alarms.get(name), WAKE_ALARM)) ?? null,
    'the queue’s wake-up alarm',
  );
  // Firefox keeps an alarm's time, unlike Chrome's 30 s floor: the alarm is set for the
  // end of Notion's Retry-After, as the capture records it, not half a minute later.
  // Both times come from the one answer, so a slow machine moves them together.
  const waitEnds = await waitFor(() => rateLimitedUntil(extension), 'the capture told to wait');
  expect(waitEnds).toBeGreaterThanOrEqual(limitedAt + 4_000);
  expect(alarm.scheduledTime).toBe(waitEnds);

  // What the old page held in memory (its timers included) is gone with it.
  await firefox.evaluateBackground((bg) => {
    (bg as unknown as { beforeStop: boolean }).beforeStop = true;
  });
  await firefox.terminateBackground();
  await stopped(firefox);
  // Nothing else wakes it: no page sends a message until every capture is saved.
  await waitFor(
    async () => JSON.stringify(inboxLines(emulator)) === JSON.stringify(EXPECTED),
    'the three captures on the Inbox page',
    45_000,
  );
  expect(await firefox.backgroundState()).toBe('running');
  const marker = await firefox.evaluateBackground(
    (bg) => (bg as unknown as { beforeStop?: boolean }).beforeStop ?? 'fresh',
  );
  expect(marker).toBe('fresh');
  await everyCaptureSavedOnce(extension, emulator);
  for (const at of successfulWrites(emulator)) expect(at - limitedAt).toBeGreaterThanOrEqual(4_000);
});

test.describe('with Firefox’s idle timeout at one second', () => {
  test.use({ firefoxPrefs: { 'extensions.background.idle.timeout': 1_000 } });

  test('Firefox suspends the idle event page while captures wait, and they are still saved once each', async ({
    firefox,
    extension,
    connect,
    send,
    emulator,
  }) => {
    const demo = await connect();
    // Notion refuses every write until Firefox has stopped the page by itself.
    rateLimitWrites(emulator, 2, 1_000);
    await queueThree(send, demo.inboxTargetId);
    await firstRateLimit(emulator);
    await stopped(firefox);
    expect(inboxLines(emulator)).toEqual([]);
    emulator.clearFaults();
    await everyCaptureSavedOnce(extension, emulator);
  });

  test('a shortcut pressed while the event page is stopped starts it and saves the page', async ({
    firefox,
    extension,
    connect,
    corpus,
    emulator,
  }) => {
    await connect();
    await firefox.openWebPage(corpus.pageUrl('wikipedia'));
    await stopped(firefox);
    await firefox.pressShortcut('save-page');
    const [entry] = await waitFor(
      async () => {
        const all = await history(extension);
        return all.length > 0 && all.every((e) => e.status === 'saved') ? all : null;
      },
      'the shortcut’s capture saved',
      45_000,
    );
    expect(entry!.title).toBe('Mozilla - Wikipedia');
    expect(savedRows(emulator).map((r) => r.values.Name)).toEqual(['Mozilla - Wikipedia']);
  });
});
