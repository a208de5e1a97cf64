/**
 * The connection doctor run by itself when a save fails for a connection reason — a
 * refused token, a workspace that turned PATs off, a missing capability, a target the
 * token can no longer reach — and what it found shown in the popup's one failure notice,
 * with the one button that helps. It runs once per connection per failure episode,
 * whatever the popup asks in between.
 */
import type { Page } from '@playwright/test';
import { DEMO, EmulatorAdmin, type RunningEmulator } from '../notion-emulator/index';
import { connectDemo } from '../tools/demo-setup';
import { stored } from './pages/options-page';
import { expect, saveScreen, sendFromPage, test } from './pages/popup-page';

const P = DEMO.ids;

type Language = 'en' | 'ko';

const WORDS = {
  en: { title: 'Title', findings: 'Checked after a save failed:' },
  ko: { title: '제목', findings: '저장에 실패한 뒤 점검한 결과:' },
};

const usersMe = (emulator: RunningEmulator) =>
  emulator.requestLog().filter((r) => r.path === '/v1/users/me');

const readingListRows = (emulator: RunningEmulator) =>
  emulator.listPages({ dataSource: P.readingListDataSource }).filter((p) => p.id !== P.welcomePage);

function token(emulator: RunningEmulator, botId: string) {
  const found = emulator.workspace.integrations.find((i) => i.botId === botId);
  if (!found) throw new Error(`The demo workspace has no token ${botId}.`);
  return found;
}

/** Saves the page from the popup and returns the failure notice, once the doctor spoke. */
async function saveAndFail(popup: Page, language: Language = 'en') {
  const words = WORDS[language];
  await popup.getByRole('textbox', { name: words.title }).press('Enter');
  const notice = popup.locator('.save-bar').getByRole('alert');
  const findings = notice.getByRole('list', { name: words.findings });
  await expect(findings).toBeVisible({ timeout: 30_000 });
  return { notice, findings };
}

test.describe('from a failed save, in the popup', () => {
  test('a revoked PAT: what the doctor found, and Replace the token…', async ({
    corpus,
    context,
    emulator,
    openExtensionPage,
    openPopupOn,
  }) => {
    const options = await openExtensionPage('options.html');
    await connectDemo((v, i) => sendFromPage(options, v, i), emulator.url, 'personal');
    const { popup } = await openPopupOn(corpus.pageUrl('wikipedia'));
    await expect(popup.getByRole('combobox', { name: 'Tags' })).toBeVisible();
    token(emulator, DEMO.personalTokens.ada.botId).revoked = true;
    const { notice, findings } = await saveAndFail(popup);
    await expect(findings).toContainText(
      'Notion didn’t accept this token. This personal access token was mistyped, revoked or has expired',
    );
    await expect(findings).toContainText('At notion.so/developers/tokens, create a new token');
    await expect(notice).toContainText('Not saved to Reading list: it waits for a new token.');
    await expect(notice.getByRole('button')).toHaveCount(1);
    const [opened] = await Promise.all([
      context.waitForEvent('page'),
      notice.getByRole('button', { name: 'Replace the token…' }).click(),
    ]);
    expect(opened.url()).toMatch(/\/options\.html#connections$/);
    expect(readingListRows(emulator)).toEqual([]);
  });

  test('a workspace that turned PATs off: ask its owner, then Retry saves', async ({
    corpus,
    emulator,
    serviceWorker,
    openExtensionPage,
    openPopupOn,
  }) => {
    const options = await openExtensionPage('options.html');
    await connectDemo((v, i) => sendFromPage(options, v, i), emulator.url, 'personal');
    const { popup } = await openPopupOn(corpus.pageUrl('wikipedia'));
    await expect(popup.getByRole('combobox', { name: 'Tags' })).toBeVisible();
    const admin = new EmulatorAdmin(emulator.url);
    await admin.setPersonalTokenPolicy('nobody');
    const { notice, findings } = await saveAndFail(popup);
    // Notion's 403 reads like a missing capability; the doctor knows it is the policy.
    await expect(findings).toContainText('This workspace doesn’t allow personal access tokens');
    await expect(findings).toContainText('Ask a workspace owner to let members use');
    await expect(notice).not.toContainText('Insert content');
    await saveScreen(popup, 'popup-doctor-findings');
    await admin.setPersonalTokenPolicy('everyone');
    await notice.getByRole('button', { name: 'Retry' }).click();
    await expect(popup.getByRole('heading', { name: 'Saved to Reading list' })).toBeVisible({
      timeout: 30_000,
    });
    expect(readingListRows(emulator)).toHaveLength(1);
    // Saved: the episode is over, and a later failure is looked into afresh.
    await expect
      .poll(async () => (await stored(serviceWorker, ['diagnoses'])).diagnoses)
      .toEqual({});
  });

  test('a missing capability: which one, the token’s settings, and one run per episode', async ({
    connect,
    context,
    corpus,
    emulator,
    openExtensionPage,
    openPopupOn,
  }) => {
    await connect();
    const { popup } = await openPopupOn(corpus.pageUrl('wikipedia'));
    await expect(popup.getByRole('combobox', { name: 'Tags' })).toBeVisible();
    token(emulator, DEMO.integrations.main.botId).capabilities.insert = false;
    const checksBefore = usersMe(emulator).length;
    const { notice, findings } = await saveAndFail(popup);
    await expect(findings).toContainText('It can’t add pages or blocks, so nothing can be saved.');
    await expect(findings).toContainText('turn on “Insert content” and save');
    await expect(findings).not.toContainText('Update content');
    await expect(notice.getByRole('button')).toHaveCount(1);
    const [request] = await Promise.all([
      context.waitForEvent('request', (r) => r.url().includes('/profile/integrations')),
      notice.getByRole('button', { name: 'Open the token’s settings in Notion' }).click(),
    ]);
    expect(request.url()).toBe('https://www.notion.so/profile/integrations');
    expect(usersMe(emulator)).toHaveLength(checksBefore + 1);

    // The same capture fails again: the episode's findings stand, Notion is not asked again.
    const page = await openExtensionPage('options.html');
    const history = await sendFromPage<{ value: { id: string }[] }>(page, 'listHistory');
    const creates = () =>
      emulator.requestLog().filter((r) => r.method === 'POST' && r.path === '/v1/pages').length;
    const tried = creates();
    await sendFromPage(page, 'retryCapture', { jobId: history.value[0]!.id });
    await expect.poll(creates, { timeout: 30_000 }).toBeGreaterThan(tried);
    await expect
      .poll(
        async () =>
          (await sendFromPage<{ value: { status: string }[] }>(page, 'listHistory')).value[0]!
            .status,
        { timeout: 30_000 },
      )
      .toBe('needs_attention');
    const card = page
      .getByRole('listitem')
      .filter({ has: page.getByRole('heading', { name: 'Demo workspace' }) });
    await expect(card.getByRole('group', { name: 'What the check found' })).toContainText(
      'Checked after a save failed:',
    );
    await expect(card).toContainText('It can’t add pages or blocks');
    expect(usersMe(emulator)).toHaveLength(checksBefore + 1);
  });

  test('an integration’s target no longer shared: which page to connect, and Open it', async ({
    connect,
    context,
    corpus,
    emulator,
    openPopupOn,
  }) => {
    await connect();
    const { popup } = await openPopupOn(corpus.pageUrl('wikipedia'));
    await expect(popup.getByRole('combobox', { name: 'Tags' })).toBeVisible();
    await new EmulatorAdmin(emulator.url).share(
      DEMO.integrations.main.name,
      P.readingListDatabase,
      false,
    );
    const { notice, findings } = await saveAndFail(popup);
    await expect(findings).toContainText(
      '“Reading list” isn’t shared with Quick Capture, or was deleted. In Notion, open “Reading list” → ••• → Connections → Quick Capture.',
    );
    const bare = P.readingListDatabase.replace(/-/g, '');
    const [request] = await Promise.all([
      context.waitForEvent('request', (r) => r.url().replace(/-/g, '').includes(bare)),
      notice.getByRole('button', { name: 'Open Reading list in Notion' }).click(),
    ]);
    expect(request.url()).toMatch(/^https:\/\/www\.notion\.so\//);
  });

  test('a PAT whose person lost access: the access is theirs to get back', async ({
    corpus,
    emulator,
    openExtensionPage,
    openPopupOn,
  }) => {
    const options = await openExtensionPage('options.html');
    await connectDemo((v, i) => sendFromPage(options, v, i), emulator.url, 'personal');
    const { popup } = await openPopupOn(corpus.pageUrl('wikipedia'));
    await expect(popup.getByRole('combobox', { name: 'Tags' })).toBeVisible();
    await new EmulatorAdmin(emulator.url).setPersonAccess(DEMO.users.ada.id, [P.inboxPage]);
    const { notice, findings } = await saveAndFail(popup);
    await expect(findings).toContainText('“Reading list” can’t be reached.');
    await expect(findings).toContainText(
      'You no longer have access to “Reading list” in Notion, or it was deleted',
    );
    await expect(notice.getByRole('button', { name: 'Open Reading list in Notion' })).toBeVisible();
  });
});

test.describe('in Korean', () => {
  test.use({ uiLanguage: 'ko' });

  test('a workspace that turned PATs off', async ({
    corpus,
    emulator,
    openExtensionPage,
    openPopupOn,
  }) => {
    const options = await openExtensionPage('options.html');
    await connectDemo((v, i) => sendFromPage(options, v, i), emulator.url, 'personal');
    const { popup } = await openPopupOn(corpus.pageUrl('wikipedia'));
    await expect(popup.getByRole('combobox', { name: 'Tags' })).toBeVisible();
    emulator.workspace.info.personalTokens = 'nobody';
    const { notice, findings } = await saveAndFail(popup, 'ko');
    await expect(findings).toContainText('이 워크스페이스는 개인 액세스 토큰을 허용하지 않습니다');
    await expect(findings).toContainText('워크스페이스 소유자에게');
    await expect(notice.getByRole('button', { name: '다시 시도' })).toBeVisible();
  });

  test('a missing capability and a target no longer shared', async ({
    connect,
    corpus,
    emulator,
    openPopupOn,
  }) => {
    await connect();
    const { popup } = await openPopupOn(corpus.pageUrl('wikipedia'));
    await expect(popup.getByRole('combobox', { name: 'Tags' })).toBeVisible();
    token(emulator, DEMO.integrations.main.botId).capabilities.insert = false;
    await new EmulatorAdmin(emulator.url).share(
      DEMO.integrations.main.name,
      P.readingListDatabase,
      false,
    );
    const { notice, findings } = await saveAndFail(popup, 'ko');
    await expect(findings).toContainText('공유되지 않았거나 삭제되었습니다');
    await expect(findings).toContainText('••• → 연결 → Quick Capture');
    await expect(findings).toContainText('페이지와 블록을 추가할 수 없어');
    await expect(notice.getByRole('button', { name: 'Notion에서 토큰 설정 열기' })).toBeVisible();
  });
});
