/**
 * Every failure the popup can meet is shown in words with what to do: a field Notion
 * would refuse (before anything is queued), a target no longer shared with the
 * integration, a revoked secret, no network. Each test ends with what Notion holds.
 */
import type { Page } from '@playwright/test';
import { DEMO, EmulatorAdmin, type RunningEmulator } from '../notion-emulator/index';
import { expect, plainProperties, saveScreen, test } from './pages/popup-page';

const P = DEMO.ids;

const creates = (emulator: RunningEmulator) =>
  emulator.requestLog().filter((r) => r.method === 'POST' && r.path === '/v1/pages');

const readingListRows = (emulator: RunningEmulator) =>
  emulator.listPages({ dataSource: P.readingListDataSource }).filter((p) => p.id !== P.welcomePage);

/** The save's outcome line and the failure shown with it. */
async function expectUnsaved(popup: Page, failure: RegExp): Promise<void> {
  await expect(popup.locator('.save-status')).toHaveText(
    /Not saved to Reading list|Waiting to save/,
    { timeout: 30_000 },
  );
  await expect(popup.locator('.save-bar').getByRole('alert')).toContainText(failure);
}

test('a field Notion would refuse is marked before anything is queued', async ({
  connect,
  addDatabaseTarget,
  corpus,
  openPopupOn,
  emulator,
}) => {
  const demo = await connect();
  await addDatabaseTarget(demo.connectionId, P.mediaDatabase, 'Videos');
  const { popup } = await openPopupOn(corpus.pageUrl('wikipedia'));
  await popup.getByRole('button', { name: /Change where to save/ }).click();
  await popup.getByRole('combobox', { name: 'Find a target' }).fill('videos');
  await popup.keyboard.press('Enter');
  const duration = popup.getByRole('textbox', { name: 'Duration' });
  await duration.fill('about three minutes');
  await popup.getByRole('textbox', { name: 'Title' }).press('Enter');

  await expect(duration).toHaveAttribute('aria-invalid', 'true');
  await expect(duration).toBeFocused();
  await expect(popup.locator('.field-error').first()).toHaveText(
    '“about three minutes” isn’t a number.',
  );
  await expect(popup.getByRole('alert').filter({ hasText: '1 field needs a fix' })).toBeVisible();
  await saveScreen(popup, 'popup-field-error');
  expect(creates(emulator)).toEqual([]);

  // Fixed, it saves; the error goes as soon as the field changes.
  await duration.fill('3.5');
  await expect(duration).not.toHaveAttribute('aria-invalid');
  await duration.press('Enter');
  await expect(popup.locator('.save-status')).toHaveText(/Saved to Videos/, { timeout: 30_000 });
  const rows = emulator.listPages({ dataSource: P.videosDataSource }).map(plainProperties);
  expect(rows).toEqual([expect.objectContaining({ Name: 'Mozilla - Wikipedia', Duration: 3.5 })]);
});

test('a database no longer shared with the integration is named, with what to do', async ({
  connect,
  corpus,
  openPopupOn,
  emulator,
}) => {
  await connect();
  await new EmulatorAdmin(emulator.url).share(
    DEMO.integrations.main.name,
    P.readingListDatabase,
    false,
  );
  const { popup } = await openPopupOn(corpus.pageUrl('wikipedia'));
  // The schema refresh after the first paint already finds out.
  const notice = popup.getByRole('alert').first();
  await expect(notice).toContainText('isn’t shared with');
  await expect(notice).toContainText('••• → Connections');
  // The cached form is still there to fill, and saving says the same.
  await expect(popup.getByRole('combobox', { name: 'Tags' })).toBeVisible();
  await popup.getByRole('textbox', { name: 'Title' }).press('Enter');
  await expectUnsaved(popup, /isn’t shared with/);
  await saveScreen(popup, 'popup-unshared');
  expect(readingListRows(emulator)).toEqual([]);
});

test('a revoked secret is named, and the capture is not lost silently', async ({
  connect,
  corpus,
  openPopupOn,
  emulator,
}) => {
  await connect();
  await new EmulatorAdmin(emulator.url).updateIntegration(DEMO.integrations.main.name, {
    revoked: true,
  });
  const { popup } = await openPopupOn(corpus.pageUrl('wikipedia'));
  await expect(popup.getByRole('alert').first()).toContainText(/revoked/);
  await popup.getByRole('textbox', { name: 'Title' }).press('Enter');
  await expectUnsaved(popup, /revoked or mistyped|secret/);
  await saveScreen(popup, 'popup-revoked');
  expect(readingListRows(emulator)).toEqual([]);
});

test('offline, the capture waits, the popup says why, and it is saved once back online', async ({
  connect,
  context,
  corpus,
  openPopupOn,
  emulator,
}) => {
  await connect();
  const { popup } = await openPopupOn(corpus.pageUrl('wikipedia'));
  await expect(popup.getByRole('button', { name: /Reading list/ })).toBeVisible();
  await context.setOffline(true);
  await popup.getByRole('textbox', { name: 'Title' }).press('Enter');
  // It fixes itself: said in amber, as a status, not as an alarm.
  await expect(popup.locator('.save-status')).toHaveText(
    'Offline — it will be sent when you are back online.',
    { timeout: 30_000 },
  );
  await expect(popup.locator('.save-status')).toHaveClass(/save-waiting/);
  await saveScreen(popup, 'popup-offline');
  expect(readingListRows(emulator)).toEqual([]);
  expect(creates(emulator)).toEqual([]);

  // Back online: the queue notices by itself (a worker may get no online event).
  await context.setOffline(false);
  await expect(popup.locator('.save-status')).toHaveText(/Saved/, { timeout: 30_000 });
  expect(readingListRows(emulator)).toHaveLength(1);
  expect(creates(emulator)).toHaveLength(1);
});
