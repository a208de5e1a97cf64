/**
 * The connection doctor in the options page: one "Check" per connection, each finding in
 * place with the sentence that fixes it, for a PAT and for an integration.
 */
import { DEMO } from '../notion-emulator/index';
import { connectDemo } from '../tools/demo-setup';
import { expect, saveScreen, sendFromPage, test } from './fixtures';
import { openOptions } from './pages/options-page';

test('a PAT passes, then is told when its person lost access to a target', async ({
  emulator,
  openExtensionPage,
}) => {
  const page = await openOptions(openExtensionPage);
  await connectDemo((verb, input) => sendFromPage(page, verb, input), emulator.url, 'personal');
  await page.reload();
  const card = page
    .getByRole('listitem')
    .filter({ has: page.getByRole('heading', { name: 'Demo workspace' }) });
  await expect(card).toContainText('Personal access token');
  await card.getByRole('button', { name: 'Check “Demo workspace”' }).click();
  const found = card.getByRole('group', { name: 'What the check found' });
  await expect(found).toContainText('Notion accepts this personal access token.');
  await expect(found).toContainText('“Reading list” can be reached.');
  await expect(found).toContainText('“Inbox” can be reached.');
  await expect(found).toContainText('up to 5 MB');

  const ada = emulator.workspace.people.find((p) => p.id === DEMO.users.ada.id)!;
  ada.access = new Set([DEMO.ids.inboxPage]);
  await card.getByRole('button', { name: 'Check “Demo workspace”' }).click();
  await expect(found).toContainText(
    'You no longer have access to “Reading list” in Notion, or it was deleted',
  );
  await expect(found).toContainText('“Inbox” can be reached.');
  await saveScreen(page, 'connection-doctor');
});

test('an integration is told which page to connect, by name', async ({
  emulator,
  openExtensionPage,
}) => {
  const page = await openOptions(openExtensionPage);
  await connectDemo((verb, input) => sendFromPage(page, verb, input), emulator.url);
  await page.reload();
  // The Reading list stops being shared with the integration.
  emulator.workspace.integrations
    .find((i) => i.botId === DEMO.integrations.main.botId)!
    .shared.delete(DEMO.ids.readingListDatabase);
  const card = page
    .getByRole('listitem')
    .filter({ has: page.getByRole('heading', { name: 'Demo workspace' }) });
  await expect(card).toContainText('Integration secret');
  await card.getByRole('button', { name: 'Check “Demo workspace”' }).click();
  await expect(card.getByRole('group', { name: 'What the check found' })).toContainText(
    'In Notion, open “Reading list” → ••• → Connections → Quick Capture.',
  );
});

test.describe('in Korean', () => {
  test.use({ uiLanguage: 'ko' });

  test('the findings speak Korean', async ({ emulator, openExtensionPage }) => {
    const page = await openOptions(openExtensionPage);
    await connectDemo((verb, input) => sendFromPage(page, verb, input), emulator.url, 'personal');
    await page.reload();
    await page.getByRole('button', { name: '“Demo workspace” 점검' }).click();
    await expect(page.getByRole('group', { name: '점검 결과' })).toContainText(
      'Notion이 이 개인 액세스 토큰을 받아들입니다.',
    );
  });
});
