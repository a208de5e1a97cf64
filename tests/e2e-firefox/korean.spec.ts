/**
 * Firefox in Korean (its Korean language pack, Debian's firefox-esr-l10n-ko): the
 * extension speaks Korean on every page and in every sentence, and what it writes to
 * Notion does not depend on the browser's language.
 */
import { savedRows } from '../e2e/pages/notion-content';
import { expect, test } from './fixtures';
import { OptionsPage } from './pages/options';
import { PopupPage } from './pages/popup';

test.use({ uiLanguage: 'ko' });

test('the options page is in Korean, and so is the sentence for a mistyped secret', async ({
  firefox,
  emulator,
  say,
}) => {
  expect(await firefox.evaluateBackground((bg) => bg.browser.i18n.getUILanguage())).toMatch(/^ko/);
  const options = await OptionsPage.open(firefox, say);
  expect(await options.tab.act((dom) => [dom.lang(), dom.title()])).toEqual([
    'ko',
    say('optDocumentTitle'),
  ]);
  await options.addConnection(emulator.url, 'ntn_' + 'x'.repeat(46));
  const said = (await options.announced(say('errUnauthorizedDetail'))).join(' ');
  expect(said).toContain(say('errUnauthorizedTitle'));
  expect(said).toContain(say('errUnauthorizedAction'));
  expect(said).not.toContain('revoked or mistyped');
});

test('the popup is in Korean and saves the capture type by its name in the database', async ({
  firefox,
  connect,
  corpus,
  emulator,
  say,
}) => {
  await connect();
  await firefox.openWebPage(corpus.pageUrl('wikipedia'));
  const popup = await PopupPage.open(firefox, say);
  expect(await popup.isChosen('popupModeBookmark')).toBe(true);
  const text = await popup.text();
  expect(text).toContain(say('popupModeArticle'));
  expect(text).toContain(say('popupSave'));
  await popup.setTitle('모질라 재단');
  await popup.save();
  await popup.savedTo('Reading list');
  expect(savedRows(emulator).map((r) => r.values)).toMatchObject([
    { Name: '모질라 재단', Type: 'Bookmark' },
  ]);
});
