/**
 * Saves that overlap, as a person who works fast makes them, in the built extension:
 * three popups saved at the same moment, and a shortcut's save while the popup's is
 * finishing. Each capture ends as one page in Notion and one correct history line.
 */
import type { Page, Worker } from '@playwright/test';
import { DEMO, type RunningEmulator } from '../notion-emulator/index';
import { expect, grantActiveTab, sendFromPage, test } from './pages/popup-page';

interface Line {
  id: string;
  status: string;
  title: string;
  pageId: string | null;
}

function rows(emulator: RunningEmulator): string[] {
  return emulator
    .listPages({ dataSource: DEMO.ids.readingListDataSource })
    .map((p) => String((p as { id: string }).id))
    .filter((id) => id !== DEMO.ids.welcomePage);
}

async function history(page: Page): Promise<Line[]> {
  const reply = await sendFromPage<{ value: Line[] }>(page, 'listHistory');
  return reply.value;
}

async function saveFromPopup(popup: Page): Promise<void> {
  await expect(popup.getByRole('button', { name: /Reading list/ })).toBeVisible();
  await popup.getByRole('textbox', { name: 'Title' }).press('Enter');
}

async function expectSaved(popup: Page): Promise<void> {
  await expect(popup.getByRole('status').filter({ hasText: 'Saved to Reading list' })).toBeVisible({
    timeout: 30_000,
  });
}

async function savePageShortcut(worker: Worker, tabId: number): Promise<string | null> {
  return worker.evaluate(async (id) => {
    const tab = await chrome.tabs.get(id);
    const hook = (
      globalThis as unknown as {
        quickCaptureGestures: { onCommand: (c: string, t: unknown) => Promise<string | null> };
      }
    ).quickCaptureGestures;
    return hook.onCommand('save-page', tab);
  }, tabId);
}

test('three popups saved at once: three pages, three history lines, each saved', async ({
  connect,
  corpus,
  emulator,
  openPopupOn,
  openExtensionPage,
}) => {
  await connect();
  const names = ['wikipedia', 'v8-blog', 'mozilla-2'];
  const popups: Page[] = [];
  for (const name of names) popups.push((await openPopupOn(corpus.pageUrl(name))).popup);
  await Promise.all(popups.map(saveFromPopup));
  await Promise.all(popups.map(expectSaved));

  const pageIds = rows(emulator);
  expect(pageIds).toHaveLength(3);
  const lines = await history(await openExtensionPage('options.html'));
  expect(lines).toHaveLength(3);
  expect(lines.map((l) => l.status)).toEqual(['saved', 'saved', 'saved']);
  expect(lines.map((l) => l.pageId).sort()).toEqual([...pageIds].sort());
});

test('a shortcut’s save while the popup’s is finishing: both saved once, both lines right', async ({
  connect,
  context,
  corpus,
  emulator,
  openPopupOn,
  openExtensionPage,
  serviceWorker,
  extensionId,
}) => {
  await connect();
  // Notion takes its time answering the popup's page creation.
  emulator.injectFault({
    method: 'POST',
    path: '/v1/pages',
    times: 1,
    action: { type: 'delay', ms: 1_500 },
  });
  const { popup } = await openPopupOn(corpus.pageUrl('wikipedia'));
  const other = await context.newPage();
  await other.goto(corpus.pageUrl('v8-blog'));
  const tabId = await grantActiveTab(context, serviceWorker, extensionId, other);

  await saveFromPopup(popup);
  // The popup's page creation is out (its checkpoint says so): now the shortcut.
  await expect
    .poll(() =>
      serviceWorker.evaluate(async () => {
        const all = await chrome.storage.local.get(null);
        return Object.entries(all).some(
          ([key, value]) =>
            key.startsWith('captureState:') && (value as { inFlight: unknown }).inFlight !== null,
        );
      }),
    )
    .toBe(true);
  const jobId = await savePageShortcut(serviceWorker, tabId);
  expect(jobId).toBeTruthy();
  await expectSaved(popup);

  const options = await openExtensionPage('options.html');
  await expect
    .poll(async () => (await history(options)).map((l) => l.status), { timeout: 30_000 })
    .toEqual(['saved', 'saved']);
  const pageIds = rows(emulator);
  expect(pageIds).toHaveLength(2);
  const lines = await history(options);
  expect(lines.map((l) => l.pageId).sort()).toEqual([...pageIds].sort());
  expect(lines.find((l) => l.id === jobId)?.status).toBe('saved');
});
