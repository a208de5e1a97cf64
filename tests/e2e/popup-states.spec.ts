/**
 * The popup as a sequence of states, each ending in what Notion holds: saved (the form
 * replaced by the result, and an Undo that moves the new page to the trash), waiting for
 * Notion's Retry-After with its time, not saved with the one button that helps (Retry,
 * Replace the secret…, Open the target in Notion), and "already saved", where Enter asks
 * once before saving a second copy.
 */
import type { Page } from '@playwright/test';
import { DEMO, EmulatorAdmin, type RunningEmulator } from '../notion-emulator/index';
import { expect, sendFromPage, test } from './pages/popup-page';

const P = DEMO.ids;

const readingListRows = (emulator: RunningEmulator, includeTrashed = false) =>
  emulator
    .listPages({ dataSource: P.readingListDataSource, includeTrashed })
    .filter((p) => p.id !== P.welcomePage);

const creates = (emulator: RunningEmulator) =>
  emulator.requestLog().filter((r) => r.method === 'POST' && r.path === '/v1/pages');

async function expectSaved(popup: Page): Promise<void> {
  await expect(popup.getByRole('heading', { name: 'Saved to Reading list' })).toBeVisible({
    timeout: 30_000,
  });
}

test('saved: the form gives way to the result, and Undo moves the new page to the trash', async ({
  connect,
  corpus,
  openPopupOn,
  openExtensionPage,
  emulator,
}) => {
  await connect();
  const { popup } = await openPopupOn(corpus.pageUrl('wikipedia'));
  await popup.getByRole('textbox', { name: 'Title' }).press('Enter');
  await expectSaved(popup);
  // Pressed at once: Undo is offered for a few seconds only.
  await popup.getByRole('button', { name: 'Undo' }).click();
  await expect(popup.getByRole('heading', { name: /Undone/ })).toBeVisible();
  await expect(popup.getByRole('link', { name: 'Open in Notion' })).toHaveCount(0);

  expect(readingListRows(emulator)).toEqual([]);
  const trashed = readingListRows(emulator, true);
  expect(trashed.map((p) => p.in_trash)).toEqual([true]);
  const patches = emulator
    .requestLog()
    .filter((r) => r.method === 'PATCH' && r.path.startsWith('/v1/pages/'));
  expect(patches).toHaveLength(1);
  expect(patches[0]!.path.replace(/-/g, '')).toContain(String(trashed[0]!.id).replace(/-/g, ''));

  // The history says so.
  const options = await openExtensionPage('options.html');
  const history = await sendFromPage<{ value: { status: string }[] }>(options, 'listHistory');
  expect(history.value.map((e) => e.status)).toEqual(['undone']);
  await expect(options.locator('.history').first()).toContainText('Undone');
});

test('a capture added to the end of a page is saved without an Undo', async ({
  connect,
  corpus,
  openPopupOn,
}) => {
  await connect();
  const { popup } = await openPopupOn(corpus.pageUrl('wikipedia'));
  // The Inbox picked from the list (filtering the list is tested in popup-errors.spec).
  await popup.getByRole('button', { name: /Change where to save/ }).click();
  await popup.getByRole('option', { name: /^Inbox/ }).click();
  await expect(popup.getByRole('button', { name: /Change where to save/ })).toContainText('Inbox');
  await popup.getByRole('textbox', { name: 'Title' }).press('Enter');
  await expect(popup.getByRole('heading', { name: 'Saved to Inbox' })).toBeVisible({
    timeout: 30_000,
  });
  // No form whose edits would go nowhere: the result, the page to open, no Undo.
  await expect(popup.getByRole('textbox')).toHaveCount(0);
  await expect(popup.getByRole('link', { name: 'Open in Notion' })).toHaveAttribute(
    'href',
    /^https:\/\/www\.notion\.so\//,
  );
  await expect(popup.getByRole('button', { name: 'Undo' })).toHaveCount(0);
});

test('waiting: Notion’s Retry-After is said with its time, in amber', async ({
  connect,
  corpus,
  openPopupOn,
  emulator,
}) => {
  await connect();
  emulator.injectFault({
    method: 'POST',
    path: '/v1/pages',
    times: 1,
    action: { type: 'status', status: 429, retryAfterSeconds: 38 },
  });
  const { popup } = await openPopupOn(corpus.pageUrl('wikipedia'));
  await popup.getByRole('textbox', { name: 'Title' }).press('Enter');
  const status = popup.locator('.save-status');
  await expect(status).toHaveText(/^Notion asked to slow down — sending in \d+ s$/, {
    timeout: 30_000,
  });
  const seconds = Number(/in (\d+) s/.exec((await status.textContent()) ?? '')?.[1]);
  expect(seconds).toBeGreaterThanOrEqual(1);
  expect(seconds).toBeLessThanOrEqual(38);
  await expect(status).toHaveClass(/save-waiting/);
  await expect(popup.getByRole('alert')).toHaveCount(0);
  expect(readingListRows(emulator)).toEqual([]);
});

test('failed: one notice, and Retry from the popup saves it once the cause is fixed', async ({
  connect,
  corpus,
  openPopupOn,
  emulator,
}) => {
  await connect();
  const admin = new EmulatorAdmin(emulator.url);
  await admin.updateIntegration(DEMO.integrations.main.name, { capabilities: { insert: false } });
  const { popup } = await openPopupOn(corpus.pageUrl('wikipedia'));
  await popup.getByRole('textbox', { name: 'Title' }).press('Enter');
  const notice = popup.getByRole('alert');
  await expect(notice).toContainText('Not saved to Reading list', { timeout: 30_000 });
  await expect(notice).toHaveCount(1);
  await expect(popup.getByRole('textbox', { name: 'Title' })).toBeDisabled();
  const retry = notice.getByRole('button', { name: 'Retry' });
  await expect(retry).toBeFocused();
  expect(readingListRows(emulator)).toEqual([]);

  await admin.updateIntegration(DEMO.integrations.main.name, { capabilities: { insert: true } });
  await retry.click();
  await expectSaved(popup);
  expect(readingListRows(emulator)).toHaveLength(1);
});

test('failed: a target no longer shared opens in Notion, then Retry saves it', async ({
  connect,
  context,
  corpus,
  openPopupOn,
  emulator,
}) => {
  await connect();
  const admin = new EmulatorAdmin(emulator.url);
  const { popup } = await openPopupOn(corpus.pageUrl('wikipedia'));
  await expect(popup.getByRole('combobox', { name: 'Tags' })).toBeVisible();
  await admin.share(DEMO.integrations.main.name, P.readingListDatabase, false);
  await popup.getByRole('textbox', { name: 'Title' }).press('Enter');
  const notice = popup.getByRole('alert');
  await expect(notice).toContainText('isn’t shared with', { timeout: 30_000 });
  await expect(notice).toHaveCount(1);
  // No network reaches Notion here: the tab is known by the address it asked for.
  const bare = P.readingListDatabase.replace(/-/g, '');
  const [request] = await Promise.all([
    context.waitForEvent('request', (r) => r.url().replace(/-/g, '').includes(bare)),
    notice.getByRole('button', { name: 'Open Reading list in Notion' }).click(),
  ]);
  expect(request.url()).toMatch(/^https:\/\/www\.notion\.so\//);
  expect(request.isNavigationRequest()).toBe(true);

  await admin.share(DEMO.integrations.main.name, P.readingListDatabase, true);
  await notice.getByRole('button', { name: 'Retry' }).click();
  await expectSaved(popup);
  expect(readingListRows(emulator)).toHaveLength(1);
});

test('failed: a revoked secret asks for a new one and never says it will be tried again', async ({
  connect,
  context,
  corpus,
  openPopupOn,
  emulator,
}) => {
  await connect();
  const { popup } = await openPopupOn(corpus.pageUrl('wikipedia'));
  await expect(popup.getByRole('combobox', { name: 'Tags' })).toBeVisible();
  await new EmulatorAdmin(emulator.url).updateIntegration(DEMO.integrations.main.name, {
    revoked: true,
  });
  await popup.getByRole('textbox', { name: 'Title' }).press('Enter');
  const notice = popup.getByRole('alert');
  await expect(notice).toContainText('it waits for a new secret', { timeout: 30_000 });
  await expect(notice).toHaveCount(1);
  await expect(popup.locator('body')).not.toContainText(/tried again/);
  await expect(notice.getByRole('button', { name: 'Retry' })).toHaveCount(0);
  const [options] = await Promise.all([
    context.waitForEvent('page'),
    notice.getByRole('button', { name: 'Replace the secret…' }).click(),
  ]);
  expect(options.url()).toMatch(/\/options\.html#connections$/);
  expect(readingListRows(emulator)).toEqual([]);
});

test('already saved: Open or Save again, and Enter asks once before a second copy', async ({
  connect,
  corpus,
  openPopupOn,
  emulator,
}) => {
  await connect();
  const url = corpus.pageUrl('wikipedia');
  const first = await openPopupOn(url);
  await first.popup.getByRole('textbox', { name: 'Title' }).press('Enter');
  await expectSaved(first.popup);
  await first.popup.close();
  await first.page.close();
  expect(creates(emulator)).toHaveLength(1);

  const { popup } = await openPopupOn(url);
  const notice = popup.locator('.already-saved');
  await expect(notice).toContainText('Already saved here on');
  await expect(notice.getByRole('link', { name: 'Open in Notion' })).toHaveAttribute(
    'href',
    /^https:\/\/www\.notion\.so\//,
  );
  await expect(popup.getByRole('button', { name: 'Save again' })).toBeVisible();

  const title = popup.getByRole('textbox', { name: 'Title' });
  await title.press('Enter');
  await expect(popup.getByRole('alert')).toContainText('Save a second copy?');
  expect(creates(emulator)).toHaveLength(1);
  await expect(title).toBeFocused();
  await title.press('Enter');
  await expectSaved(popup);
  expect(creates(emulator)).toHaveLength(2);
  expect(readingListRows(emulator)).toHaveLength(2);
});
