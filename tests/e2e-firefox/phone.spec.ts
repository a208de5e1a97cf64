/**
 * The popup and the options page at a phone's size, as Firefox for Android shows them:
 * the popup as a page of its own, 360 px wide, on a touch screen. Desktop Firefox stands
 * in for the phone here: its window is narrowed and its pointer made coarse (the
 * `ui.*PointerCapabilities` preferences), which is what the pages' styles follow. What
 * Android lacks (context menus, shortcuts, screenshots) cannot be taken away from desktop
 * Firefox: entrypoints/background/android.test.ts and components/popup/capture-choice.test.ts
 * test the extension without them.
 */
import { DEMO } from '../notion-emulator/index';
import { savedRows } from '../e2e/pages/notion-content';
import { expect, test } from './fixtures';
import { OptionsPage } from './pages/options';
import { PopupPage } from './pages/popup';

const PHONE = { width: 360, height: 760 };

// 1: a coarse pointer (a finger), no fine one and no hover.
test.use({
  firefoxPrefs: { 'ui.primaryPointerCapabilities': 1, 'ui.allPointerCapabilities': 1 },
});

test('the popup fills a phone’s width without scrolling sideways, and saves', async ({
  firefox,
  connect,
  corpus,
  emulator,
  say,
}) => {
  await connect();
  const url = corpus.pageUrl('wikipedia');
  const { tabId } = await firefox.openWebPage(url);
  // Opening the extension from Android's menu grants activeTab, as the toolbar button does.
  await firefox.grantActiveTab();
  const popup = await PopupPage.openAsTab(firefox, say, tabId);
  await firefox.setViewport(popup.tab!.context, PHONE);
  const layout = await popup.view.act((dom) => ({
    coarse: dom.coarsePointer(),
    width: dom.width(),
    overflow: dom.overflowX(),
    body: dom.text('body').length > 0,
  }));
  expect(layout.coarse).toBe(true);
  expect(layout.width).toBeLessThanOrEqual(PHONE.width);
  expect(layout.overflow).toBeLessThanOrEqual(0);
  expect(await popup.title()).toBe('Mozilla - Wikipedia');
  await popup.save();
  await popup.savedTo('Reading list');
  expect(savedRows(emulator).map((r) => r.values)).toMatchObject([{ URL: url, Type: 'Bookmark' }]);
});

test('the options page fits a phone’s width', async ({ firefox, emulator, say }) => {
  const options = await OptionsPage.open(firefox, say);
  await firefox.setViewport(options.tab.context, PHONE);
  await options.addConnection(emulator.url);
  await options.announced(
    say('optConnectionAdded', {
      workspace: DEMO.workspace.name,
      integration: DEMO.integrations.main.name,
    }),
  );
  const layout = await options.tab.act((dom) => ({
    width: dom.width(),
    overflow: dom.overflowX(),
  }));
  expect(layout.width).toBeLessThanOrEqual(PHONE.width);
  expect(layout.overflow).toBeLessThanOrEqual(0);
});
