/**
 * The popup before there is anything to save to (the onboarding card), and on pages it
 * cannot capture: a sentence instead of a silent failure, and a bookmark where a
 * bookmark makes sense.
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { DEMO } from '../notion-emulator/index';
import {
  expect,
  openPopupWindow,
  plainProperties,
  saveScreen,
  sendFromPage,
  test,
} from './pages/popup-page';

test('without a connection, the card asks for a token, with the options page one click away', async ({
  context,
  corpus,
  openPopupOn,
  emulator,
}) => {
  const { popup } = await openPopupOn(corpus.pageUrl('wikipedia'));
  await expect(
    popup.getByRole('heading', { name: 'Save what you read into Notion' }),
  ).toBeVisible();
  // A personal access token first, its field ready for the paste.
  await expect(popup.getByRole('radio', { name: /^Personal access token/ })).toBeChecked();
  await expect(popup.getByLabel('Personal access token', { exact: true })).toBeFocused();
  await expect(popup.getByRole('link', { name: 'notion.so/developers/tokens' })).toHaveAttribute(
    'href',
    'https://www.notion.so/developers/tokens',
  );
  await expect(popup.getByText(/Business and Enterprise workspaces/)).toBeVisible();
  // The static shell is the connected popup's: it is gone, and no target was painted.
  await expect(popup.locator('#popup-shell')).toHaveCount(0);
  expect(
    await popup.evaluate(() => performance.getEntriesByName('popup:targets-painted').length),
  ).toBe(0);
  await saveScreen(popup, 'popup-onboarding');
  // The integration path names its own page.
  await popup.getByRole('radio', { name: /^Integration secret/ }).check();
  await expect(popup.getByRole('link', { name: 'notion.so/profile/integrations' })).toBeVisible();
  const [options] = await Promise.all([
    context.waitForEvent('page', { predicate: (p) => p.url().includes('/options.html') }),
    popup.getByRole('button', { name: 'Open the options' }).click(),
  ]);
  expect(options.url()).toContain('/options.html');
  await expect.poll(() => popup.isClosed()).toBe(true);
  // Nothing was asked of Notion.
  expect(emulator.requestLog()).toEqual([]);
});

test('connected without a target, the card lists where captures can go', async ({
  corpus,
  openPopupOn,
  openExtensionPage,
  emulator,
}) => {
  const options = await openExtensionPage('options.html');
  const reply = await sendFromPage<{ ok: boolean }>(options, 'addConnection', {
    alias: 'Demo',
    secret: DEMO.integrations.main.secret,
    apiBase: emulator.url,
  });
  expect(reply.ok).toBe(true);
  await options.close();
  const { popup } = await openPopupOn(corpus.pageUrl('wikipedia'));
  await expect(popup.getByRole('heading', { name: 'Choose where captures go' })).toBeVisible();
  await expect(popup.getByRole('button', { name: 'Add a database or page' })).toBeFocused();
  await expect(popup.getByRole('button', { name: 'Save here: Reading list' })).toBeVisible();
  await saveScreen(popup, 'popup-onboarding-no-target');
  // The connection's own check, then the listing of what it sees: nothing else.
  expect(new Set(emulator.requestLog().map((r) => r.path))).toEqual(
    new Set(['/v1/users/me', '/v1/search']),
  );
});

test.describe('in Korean', () => {
  test.use({ uiLanguage: 'ko' });

  test('the onboarding card speaks Korean', async ({ corpus, openPopupOn, emulator }) => {
    const { popup } = await openPopupOn(corpus.pageUrl('wikipedia'));
    await expect(
      popup.getByRole('heading', { name: '읽은 것을 Notion에 저장하세요' }),
    ).toBeVisible();
    await expect(popup.getByLabel('개인 액세스 토큰', { exact: true })).toBeFocused();
    await expect(popup.getByRole('button', { name: '연결', exact: true })).toBeVisible();
    expect(await popup.evaluate(() => document.documentElement.lang)).toBe('ko');
    await saveScreen(popup, 'popup-onboarding-ko');
    expect(emulator.requestLog()).toEqual([]);
  });
});

test('a browser page cannot be saved, and the popup says so', async ({
  connect,
  context,
  serviceWorker,
  extensionId,
  emulator,
}) => {
  await connect();
  const page = await context.newPage();
  await page.goto('chrome://version/');
  await page.bringToFront();
  // Browser pages get no activeTab grant: the tab is named by its id alone.
  const tabId = await serviceWorker.evaluate(
    async () => (await chrome.tabs.query({ active: true, lastFocusedWindow: true }))[0]!.id!,
  );
  const popup = await openPopupWindow(context, serviceWorker, extensionId, tabId);
  await expect(popup.getByRole('note')).toContainText('This page cannot be captured');
  await expect(popup.getByRole('note')).toContainText('This is not a web page');
  await expect(popup.getByRole('radio')).toHaveCount(0);
  // Only the notice: no form that could not be used.
  await expect(popup.getByRole('button', { name: 'Save', exact: true })).toHaveCount(0);
  await expect(popup.getByRole('textbox')).toHaveCount(0);
  await popup.keyboard.press('Enter');
  await saveScreen(popup, 'popup-not-capturable');
  expect(
    emulator.requestLog().filter((r) => r.method === 'POST' && r.path === '/v1/pages'),
  ).toEqual([]);
  expect(
    emulator.listPages({ dataSource: DEMO.ids.readingListDataSource }).map((p) => p.id),
  ).toEqual([DEMO.ids.welcomePage]);
});

test('a PDF can still be saved as a bookmark', async ({ connect, openPopupOn, emulator }) => {
  await connect();
  // A one-page PDF, served as one: the browser shows it in its PDF viewer.
  const pdf = Buffer.from(
    '%PDF-1.1\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 200 200]>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n',
  );
  const server = createServer((_, res) => {
    res.writeHead(200, { 'content-type': 'application/pdf' }).end(pdf);
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/paper.pdf`;
  try {
    const { popup } = await openPopupOn(url);
    await expect(popup.getByRole('note')).toContainText('You can still save it as a bookmark.');
    await expect(popup.getByRole('radio')).toHaveCount(1);
    await expect(popup.getByRole('radio', { name: 'Bookmark' })).toBeChecked();
    await saveScreen(popup, 'popup-pdf-bookmark');
    await popup.getByRole('textbox', { name: 'Title' }).fill('A paper');
    await popup.keyboard.press('Enter');
    await expect(
      popup.getByRole('status').filter({ hasText: 'Saved to Reading list' }),
    ).toBeVisible({ timeout: 30_000 });
  } finally {
    // The browser keeps its connection open; close it, or the server never stops.
    server.closeAllConnections();
    await new Promise((done) => server.close(done));
  }
  const rows = emulator
    .listPages({ dataSource: DEMO.ids.readingListDataSource })
    .filter((p) => p.id !== DEMO.ids.welcomePage)
    .map(plainProperties);
  expect(rows).toEqual([expect.objectContaining({ Name: 'A paper', URL: url, Type: 'Bookmark' })]);
});
