/**
 * What a new person meets when the token pasted into the popup's card cannot be used:
 * a sentence that says what to do, in place, and the pasted text kept.
 */
import type { Page } from '@playwright/test';
import { DEMO, type RunningEmulator } from '../notion-emulator/index';
import { routeNotionToEmulator } from './fixtures';
import { expect, pasteInto, test } from './pages/popup-page';

const field = (popup: Page, language: 'en' | 'ko' = 'en') =>
  popup.getByLabel(language === 'en' ? 'Personal access token' : '개인 액세스 토큰', {
    exact: true,
  });

const PAT = DEMO.personalTokens.ada;

function adaToken(emulator: RunningEmulator) {
  const token = emulator.workspace.integrations.find((i) => i.botId === PAT.botId);
  if (!token) throw new Error('The demo workspace has no PAT for Ada.');
  return token;
}

test.beforeEach(async ({ context, emulator }) => {
  await routeNotionToEmulator(context, emulator);
});

test('a malformed token is refused before anything is sent, and stays in the field', async ({
  corpus,
  emulator,
  openPopupOn,
}) => {
  const { popup } = await openPopupOn(corpus.pageUrl('wikipedia'));
  await pasteInto(field(popup), 'ntn_abc');
  const alert = popup.getByRole('alert');
  await expect(alert).toContainText('doesn’t look like a Notion secret');
  await expect(alert).toContainText('notion.so/developers/tokens');
  await expect(field(popup)).toHaveValue('ntn_abc');
  expect(emulator.requestLog()).toEqual([]);
});

test('a revoked token is told to make a new one', async ({ corpus, emulator, openPopupOn }) => {
  adaToken(emulator).revoked = true;
  const { popup } = await openPopupOn(corpus.pageUrl('wikipedia'));
  await pasteInto(field(popup), PAT.secret);
  await expect(popup.getByRole('alert')).toContainText('Notion didn’t accept this token');
  await expect(popup.getByRole('alert')).toContainText('revoked');
  await expect(
    popup.getByRole('heading', { name: 'Save what you read into Notion' }),
  ).toBeVisible();
});

test('a workspace that restricts PATs says what to ask the owner', async ({
  corpus,
  emulator,
  openPopupOn,
}) => {
  emulator.workspace.info.personalTokens = 'nobody';
  const { popup } = await openPopupOn(corpus.pageUrl('wikipedia'));
  await pasteInto(field(popup), PAT.secret);
  const alert = popup.getByRole('alert');
  await expect(alert).toContainText('This workspace doesn’t allow personal access tokens');
  await expect(alert).toContainText('Ask a workspace owner');
});

test('a token that cannot read content is told which capability to tick', async ({
  corpus,
  emulator,
  openPopupOn,
}) => {
  adaToken(emulator).capabilities.read = false;
  const { popup } = await openPopupOn(corpus.pageUrl('wikipedia'));
  await pasteInto(field(popup), PAT.secret);
  const alert = popup.getByRole('alert');
  await expect(alert).toContainText('This token can’t read your pages');
  await expect(alert).toContainText('“Notion API” capability');
});

test('an empty workspace says to create a page or database first', async ({
  corpus,
  emulator,
  openPopupOn,
}) => {
  emulator.seed({
    workspace: { name: 'Fresh workspace' },
    people: [{ ...DEMO.users.ada, role: 'owner' }],
    integrations: [],
    personalTokens: [{ ...PAT, userId: DEMO.users.ada.id }],
  });
  const { popup } = await openPopupOn(corpus.pageUrl('wikipedia'));
  await pasteInto(field(popup), PAT.secret);
  await expect(
    popup.getByText('Your token sees no database or page in Fresh workspace yet.', {
      exact: false,
    }),
  ).toBeVisible();
});

test.describe('in Korean', () => {
  test.use({ uiLanguage: 'ko' });

  test('a restricted workspace and a malformed token get Korean sentences', async ({
    corpus,
    emulator,
    openPopupOn,
  }) => {
    emulator.workspace.info.personalTokens = 'nobody';
    const { popup } = await openPopupOn(corpus.pageUrl('wikipedia'));
    await pasteInto(field(popup, 'ko'), PAT.secret);
    await expect(popup.getByRole('alert')).toContainText('워크스페이스 소유자');
    await field(popup, 'ko').fill('');
    await pasteInto(field(popup, 'ko'), 'ntn_abc');
    await expect(popup.getByRole('alert')).toContainText('notion.so/developers/tokens');
  });
});
