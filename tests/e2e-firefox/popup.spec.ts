/**
 * The toolbar popup in Firefox: opened by the toolbar button's code on the selected tab
 * (Firefox grants `activeTab` for it, as Chrome does), shown in Firefox's panel, where
 * the popup finds its tab with `tabs.query({ active, currentWindow })` — the browser
 * window's selected tab, not the panel — and takes screenshots of it.
 */
import { blockLines, savedRows } from '../e2e/pages/notion-content';
import { expect, test } from './fixtures';
import { PopupPage } from './pages/popup';

test('a bookmark with an edited title goes to the default database', async ({
  firefox,
  connect,
  corpus,
  emulator,
  say,
}) => {
  await connect();
  const url = corpus.pageUrl('wikipedia');
  await firefox.openWebPage(url);
  const popup = await PopupPage.open(firefox, say);
  expect(await popup.title()).toBe('Mozilla - Wikipedia');
  expect(await popup.isChosen('popupModeBookmark')).toBe(true);
  // Firefox sizes its panel to the page: the popup keeps its width and never scrolls sideways.
  const size = await popup.view.act((dom) => ({ width: dom.width(), overflow: dom.overflowX() }));
  expect(size.width).toBeGreaterThanOrEqual(320);
  expect(size.overflow).toBeLessThanOrEqual(0);

  await popup.setTitle('Mozilla, the community');
  await popup.save();
  await popup.savedTo('Reading list');
  const rows = savedRows(emulator);
  expect(rows.map((r) => r.values)).toMatchObject([
    { Name: 'Mozilla, the community', URL: url, Type: 'Bookmark' },
  ]);
});

test('a full article saves its blocks in order', async ({
  firefox,
  connect,
  corpus,
  emulator,
  say,
}) => {
  await connect();
  await firefox.openWebPage(corpus.pageUrl('wikipedia'));
  const popup = await PopupPage.open(firefox, say);
  await popup.choose('popupModeArticle');
  const text = await popup.shows('\\d+ blocks');
  const blockCount = Number(text.match(/(\d+) blocks/)![1]);
  await popup.save();
  await popup.savedTo('Reading list');
  const [row] = savedRows(emulator);
  expect(row!.values).toMatchObject({ Name: 'Mozilla - Wikipedia', Type: 'Article' });
  const tree = emulator.getPageTree(row!.id)!;
  expect(blockCount).toBeGreaterThan(100);
  expect(tree.blocks.length).toBeGreaterThanOrEqual(blockCount);
  const lines = blockLines(tree.blocks);
  expect(lines.some((l) => l.includes('Mozilla is a free-software community'))).toBe(true);
  expect(lines.filter((l) => l.startsWith('heading_4: '))).toHaveLength(11);
});

test('a selection is preselected and saved as the selected text', async ({
  firefox,
  connect,
  corpus,
  emulator,
  say,
}) => {
  await connect();
  const { page } = await firefox.openWebPage(corpus.pageUrl('wikipedia'));
  await page.evaluate(() => {
    const paragraph = [...document.querySelectorAll('p')].find((p) =>
      p.textContent?.startsWith('Mozilla produces many products'),
    )!;
    getSelection()!.selectAllChildren(paragraph);
  });
  const popup = await PopupPage.open(firefox, say);
  await popup.shows(say('popupBlocks', { count: 1 }).replace('1', '\\d+'));
  expect(await popup.isChosen('popupModeSelection')).toBe(true);
  await popup.save();
  await popup.savedTo('Reading list');
  const [row] = savedRows(emulator);
  expect(row!.values).toMatchObject({ Type: 'Selection' });
  const lines = blockLines(emulator.getPageTree(row!.id)!.blocks);
  expect(lines.join(' ')).toContain('Mozilla produces many products');
  expect(lines.join(' ')).not.toContain('Mozilla is a free-software community');
});

test('a screenshot taken from the popup is uploaded as an image', async ({
  firefox,
  connect,
  corpus,
  emulator,
  say,
}) => {
  await connect();
  await firefox.openWebPage(corpus.pageUrl('mozilla-2'));
  const popup = await PopupPage.open(firefox, say);
  await popup.choose('popupModeScreenshot');
  await popup.save();
  await popup.savedTo('Reading list');
  const [row] = savedRows(emulator);
  const blocks = emulator.getPageTree(row!.id)!.blocks as unknown as {
    type: string;
    image?: { type: string };
  }[];
  expect(blocks[0]).toMatchObject({ type: 'image', image: { type: 'file' } });
});
