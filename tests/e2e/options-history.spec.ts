import type { Page } from '@playwright/test';
import { DEMO } from '../notion-emulator/index';
import { connectDemo } from '../tools/demo-setup';
import { expect, saveScreen, sendFromPage, test } from './fixtures';
import { mainIntegration, openOptions, stored } from './pages/options-page';
import { blockLines } from './pages/popup-page';

interface Reply<T> {
  ok: boolean;
  value?: T;
}

/** A bookmark of `title` into the Inbox page, queued as the popup queues it. */
async function capture(page: Page, targetId: string, title: string): Promise<string> {
  const reply = await sendFromPage<Reply<{ jobId: string }>>(page, 'saveCapture', {
    targetId,
    mode: 'bookmark',
    source: { url: `https://example.com/${encodeURIComponent(title)}`, title },
    title,
    inputs: {},
    blocks: [],
  });
  expect(reply.ok).toBe(true);
  return reply.value!.jobId;
}

function headings(emulator: { getPageTree(id: string): { blocks: unknown[] } | null }): string {
  return JSON.stringify(emulator.getPageTree(DEMO.ids.inboxPage)?.blocks ?? []);
}

test('a failed capture shows its sentence, then is retried, edited and retried, or discarded', async ({
  emulator,
  openExtensionPage,
  serviceWorker,
}) => {
  const page = await openOptions(openExtensionPage);
  const demo = await connectDemo((verb, input) => sendFromPage(page, verb, input), emulator.url);
  // The Inbox stops being shared: every capture into it fails with Notion's 404.
  mainIntegration(emulator).shared.delete(DEMO.ids.inboxPage);
  await capture(page, demo.inboxTargetId, 'First capture');
  await capture(page, demo.inboxTargetId, 'Second capture');
  await capture(page, demo.inboxTargetId, 'Third capture');

  const history = page.getByRole('list', { name: 'History' });
  const item = (name: string) => history.getByRole('listitem', { name, exact: true });
  const status = (name: string) => item(name).locator('.badge');
  for (const name of ['First capture', 'Second capture', 'Third capture']) {
    await expect(status(name)).toHaveText('Not saved');
  }
  const first = item('First capture');
  await expect(first).toContainText('Notion can’t find this page or database');
  await expect(first).toContainText('into Inbox');
  await first.getByText('Details').click();
  await expect(first.locator('.notice-raw')).toContainText('object_not_found');
  await saveScreen(page, 'options-history-failed');

  // Shared again: a retry saves it, with a way to open it.
  mainIntegration(emulator).shared.add(DEMO.ids.inboxPage);
  await page.getByRole('button', { name: 'Retry “First capture”', exact: true }).click();
  await expect(status('First capture')).toHaveText('Saved');
  await expect(first.getByRole('link', { name: 'Open in Notion' })).toHaveAttribute(
    'href',
    /^https:\/\//,
  );
  expect(headings(emulator)).toContain('First capture');

  // Edited first: the page receives the new title.
  await page.getByRole('button', { name: 'Edit and retry “Second capture”' }).click();
  const title = page.getByLabel('Title', { exact: true });
  await title.fill('  ');
  await page.getByRole('button', { name: 'Save and retry' }).click();
  await expect(page.getByText('Give the capture a title.')).toBeVisible();
  await title.fill('Second capture, renamed');
  await page.getByRole('button', { name: 'Save and retry' }).click();
  await expect(status('Second capture, renamed')).toHaveText('Saved');
  expect(headings(emulator)).toContain('Second capture, renamed');

  // Discarded: nothing reaches Notion, and it leaves the outbox.
  await page.getByRole('button', { name: 'Discard “Third capture”' }).click();
  await expect(status('Third capture')).toHaveText('Discarded');
  await expect(item('Third capture').getByRole('button')).toHaveCount(0);
  expect(headings(emulator)).not.toContain('Third capture');
  const { outboxIndex, captureHistory } = await stored<{
    outboxIndex: string[];
    captureHistory: { title: string; status: string }[];
  }>(serviceWorker, ['outboxIndex', 'captureHistory']);
  expect(outboxIndex ?? []).toEqual([]);
  expect(captureHistory.map((e) => [e.title, e.status])).toEqual([
    ['Third capture', 'discarded'],
    ['Second capture, renamed', 'saved'],
    ['First capture', 'saved'],
  ]);
  await saveScreen(page, 'options-history-done');
});

test('a failed database row is edited in the history: the new title goes to its title property', async ({
  emulator,
  openExtensionPage,
}) => {
  const page = await openOptions(openExtensionPage);
  const demo = await connectDemo((verb, input) => sendFromPage(page, verb, input), emulator.url);
  mainIntegration(emulator).shared.delete(DEMO.ids.readingListDatabase);
  const reply = await sendFromPage<Reply<{ jobId: string }>>(page, 'saveCapture', {
    targetId: demo.readingListTargetId,
    mode: 'bookmark',
    source: { url: 'https://example.com/row', title: 'Row' },
    title: 'Row with a typo',
    inputs: { title: { type: 'title', text: 'Row with a typo' } },
    blocks: [],
  });
  expect(reply.ok).toBe(true);
  const history = page.getByRole('list', { name: 'History' });
  await expect(
    history.getByRole('listitem', { name: 'Row with a typo' }).locator('.badge'),
  ).toHaveText('Not saved');

  mainIntegration(emulator).shared.add(DEMO.ids.readingListDatabase);
  await page.getByRole('button', { name: 'Edit and retry “Row with a typo”' }).click();
  await page.getByLabel('Title', { exact: true }).fill('Row, spelled right');
  await page.getByRole('button', { name: 'Save and retry' }).click();
  await expect(
    history.getByRole('listitem', { name: 'Row, spelled right' }).locator('.badge'),
  ).toHaveText('Saved');
  const titles = emulator
    .listPages({ dataSource: DEMO.ids.readingListDataSource })
    .map((p) => JSON.stringify((p as { properties: unknown }).properties));
  expect(titles.some((t) => t.includes('Row, spelled right'))).toBe(true);
  expect(titles.some((t) => t.includes('Row with a typo'))).toBe(false);
});

test('the history shows one state at a time, and retries every capture that needs attention at once', async ({
  emulator,
  openExtensionPage,
}) => {
  const page = await openOptions(openExtensionPage);
  const demo = await connectDemo((verb, input) => sendFromPage(page, verb, input), emulator.url);
  mainIntegration(emulator).shared.delete(DEMO.ids.inboxPage);
  for (const title of ['Alpha', 'Beta', 'Gamma']) await capture(page, demo.inboxTargetId, title);

  // The section list stays in view on the long page and marks where the person is.
  const nav = page.getByRole('navigation');
  await nav.getByRole('link', { name: 'History' }).click();
  await expect(nav.getByRole('link', { name: 'History' })).toHaveAttribute(
    'aria-current',
    'location',
  );
  expect((await nav.boundingBox())?.y).toBe(0);

  const history = page.getByRole('list', { name: 'History' });
  const filters = page.getByRole('group', { name: 'Show' });
  await expect(filters.getByRole('button', { name: 'Need attention (3)' })).toBeVisible();
  await filters.getByRole('button', { name: 'Saved (0)' }).click();
  await expect(filters.getByRole('button', { name: 'Saved (0)' })).toHaveAttribute(
    'aria-pressed',
    'true',
  );
  await expect(page.getByText('No capture here.')).toBeVisible();
  await filters.getByRole('button', { name: 'Need attention (3)' }).click();
  await expect(history.getByRole('listitem')).toHaveCount(3);
  await saveScreen(page, 'options-history-filtered');

  // Shared again: one button sends all three again, and each is saved once.
  mainIntegration(emulator).shared.add(DEMO.ids.inboxPage);
  await page.getByRole('button', { name: 'Retry all 3 that need attention' }).click();
  await expect(page.getByText('Sent again: 3 captures.')).toBeVisible();
  await filters.getByRole('button', { name: 'Saved (3)' }).click();
  await expect(history.getByRole('listitem')).toHaveCount(3);
  await expect(page.getByRole('button', { name: /Retry all/ })).toHaveCount(0);
  // Each capture on the Inbox starts with a heading of its title: one each.
  const titled = blockLines(emulator.getPageTree(DEMO.ids.inboxPage)?.blocks ?? [])
    .filter((line) => line.startsWith('heading_'))
    .map((line) => line.slice(line.indexOf(': ') + 2));
  expect(titled.filter((text) => ['Alpha', 'Beta', 'Gamma'].includes(text)).sort()).toEqual([
    'Alpha',
    'Beta',
    'Gamma',
  ]);
});
