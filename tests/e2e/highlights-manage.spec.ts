/**
 * Managing highlights that exist (seeded in storage as the extension keeps them): the
 * popup lists the page's highlights — one the page has no place for is counted and
 * listed as not placed — and edits a note, changes a colour by keyboard, deletes one
 * after asking, and jumps to one; the options' Highlights view finds pages as the
 * person types and opens them; export then import brings highlights back, the newer
 * copy winning, with a sentence for what the file held that was left out; and the
 * revisit setting asks for its permission when turned on.
 */
import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { openOptions, stored } from './pages/options-page';
import { expect, saveScreen, test } from './pages/popup-page';
import { answerPermissionPrompts, permissionRequests } from './permission-prompts';
import {
  highlightsKey,
  passagesOf,
  seededHighlight,
  seedHighlights,
  storedHighlights,
} from './highlight-seeds';

const NOWHERE = 'A sentence that this page has never held, so it cannot be placed anywhere on it.';

test('the popup lists the page’s highlights and edits, recolours, deletes and jumps to them', async ({
  connect,
  corpus,
  openPopupOn,
  serviceWorker,
}) => {
  await connect();
  const address = corpus.pageUrl('wikipedia');
  let passages: string[] = [];
  const { page, popup } = await openPopupOn(address, async (opened) => {
    passages = await passagesOf(opened, 2);
    expect(passages).toHaveLength(2);
    await seedHighlights(serviceWorker, address, [
      seededHighlight('one', passages[0]!, 'yellow', { minute: 1 }),
      seededHighlight('two', passages[1]!, 'green', { note: 'Check the source', minute: 2 }),
      seededHighlight('gone', NOWHERE, 'pink', { minute: 3 }),
    ]);
  });
  const list = popup.getByRole('region', { name: 'Highlights on this page' });
  const items = list.getByRole('listitem');
  await expect(items).toHaveCount(3);
  await expect(list.getByRole('note')).toHaveText(
    '1 highlight could not be placed on the page as it is now. It is kept, and listed below as not placed.',
  );
  const gone = items.filter({ hasText: NOWHERE });
  await expect(gone).toContainText('Not placed on the page');
  await expect(gone.getByRole('button', { name: /^Jump to/ })).toBeDisabled();
  // Colour is never said by colour alone: each item names it.
  await expect(items.filter({ hasText: passages[1]! })).toContainText('Green');
  await saveScreen(popup, 'popup-highlights');

  // A note for the first.
  const first = items.filter({ hasText: passages[0]! });
  await first.getByRole('button', { name: 'Add a note' }).click();
  await first.getByLabel('Note').fill('Worth rereading');
  await first.getByRole('button', { name: 'Save the note' }).click();
  await expect(first.locator('.hl-note')).toHaveText('Worth rereading');
  await expect(first.getByRole('button', { name: 'Edit the note' })).toBeFocused();
  await expect
    .poll(async () => (await storedHighlights(serviceWorker, address)).find((h) => h.id === 'one'))
    .toMatchObject({ note: 'Worth rereading', color: 'yellow' });

  // The second from green to blue, with the keyboard: the arrow moves to the next colour.
  const second = items.filter({ hasText: passages[1]! });
  await second.getByRole('button', { name: 'Colour' }).click();
  await second.getByRole('radio', { name: 'Green' }).focus();
  await popup.keyboard.press('ArrowRight');
  await expect(second.getByRole('radio', { name: 'Blue' })).toBeChecked();
  await expect
    .poll(async () => (await storedHighlights(serviceWorker, address)).find((h) => h.id === 'two'))
    .toMatchObject({ color: 'blue', note: 'Check the source' });

  // The one not placed is deleted, after asking; keeping it first changes nothing.
  await gone.getByRole('button', { name: /^Delete “A sentence/ }).click();
  await gone.getByRole('button', { name: 'Keep it' }).click();
  await expect(items).toHaveCount(3);
  await gone.getByRole('button', { name: /^Delete “A sentence/ }).click();
  await expect(gone).toContainText(
    'Delete this highlight? It goes from this page and from Notion.',
  );
  await gone.getByRole('button', { name: 'Delete it' }).click();
  await expect(items).toHaveCount(2);
  await expect(list.getByRole('status')).toHaveText('Highlight deleted.');
  await expect(list.getByRole('note')).toHaveCount(0);
  await expect
    .poll(async () => (await storedHighlights(serviceWorker, address)).map((h) => h.id))
    .toEqual(['one', 'two']);

  // Jump to the second: the page scrolls down to it.
  expect(await page.evaluate(() => scrollY)).toBe(0);
  await second.getByRole('button', { name: /^Jump to/ }).click();
  await expect.poll(() => page.evaluate(() => scrollY)).toBeGreaterThan(0);
});

for (const [language, none] of [
  [
    'en',
    'No highlights on this page yet. Select a passage, then choose “Highlight” here or in the right-click menu.',
  ],
  [
    'ko',
    '이 페이지에는 아직 하이라이트가 없습니다. 구절을 선택한 뒤 여기나 오른쪽 클릭 메뉴에서 “하이라이트”를 고르세요.',
  ],
] as const) {
  test.describe(language, () => {
    test.use({ uiLanguage: language });

    test(`a page without highlights says how to make one, and the selection is highlighted from the popup (${language})`, async ({
      connect,
      corpus,
      openPopupOn,
      serviceWorker,
    }) => {
      await connect();
      const address = corpus.pageUrl('wikipedia');
      let passage = '';
      const { popup } = await openPopupOn(address, async (opened) => {
        passage = (await passagesOf(opened, 1))[0] ?? '';
        // The person selected a passage before opening the popup.
        await opened.evaluate((words) => {
          const paragraph = [...document.querySelectorAll('p')].find((p) =>
            (p.textContent ?? '').replace(/\s+/g, ' ').includes(words),
          )!;
          getSelection()!.selectAllChildren(paragraph);
        }, passage!);
      });
      const heading = language === 'en' ? 'Highlights on this page' : '이 페이지의 하이라이트';
      const list = popup.getByRole('region', { name: heading });
      await expect(list).toContainText(none);
      const button = list.getByRole('button', {
        name: language === 'en' ? 'Highlight' : '하이라이트',
      });
      await expect(button).toBeVisible();
      await saveScreen(popup, `popup-highlight-selection-${language}`);
      await button.click();
      await expect(list.getByRole('status')).toHaveText(
        language === 'en' ? 'Highlighted in Yellow.' : '노랑으로 하이라이트했습니다.',
      );
      await expect(list.getByRole('listitem')).toHaveCount(1);
      await expect(list.getByRole('listitem')).toContainText(passage);
      const kept = await serviceWorker.evaluate(
        async (key) => (await chrome.storage.local.get(key))[key] as { title?: string },
        highlightsKey(address),
      );
      // The page's title is kept beside its highlights, for the options' list.
      expect(kept.title).toBeTruthy();
    });
  });
}

/** The options page, scrolled to its Highlights view. */
async function highlightsView(open: (path: string) => Promise<Page>): Promise<Page> {
  const page = await openOptions(open);
  await page.getByRole('navigation').getByRole('link', { name: 'Highlights' }).click();
  return page;
}

test('the options’ Highlights view lists every page newest first, searches as you type and opens pages', async ({
  context,
  corpus,
  openExtensionPage,
  serviceWorker,
}) => {
  const wiki = corpus.pageUrl('wikipedia');
  await seedHighlights(
    serviceWorker,
    wiki,
    [
      seededHighlight('w1', 'Attention is the rarest form of generosity, wrote someone.', 'blue', {
        minute: 5,
      }),
    ],
    'Reading, on Wikipedia',
  );
  await seedHighlights(
    serviceWorker,
    'https://essays.example/slow?id=3',
    [
      seededHighlight('e1', 'Read less, but better: that is the whole of the method.', 'yellow', {
        note: 'For the talk on Friday',
        minute: 9,
      }),
      seededHighlight('e2', 'A second passage of the same essay, kept for later.', 'green', {
        minute: 1,
      }),
    ],
    'On Reading Slowly',
  );
  // The essay's highlights are kept in Notion, on this page.
  const notionPage =
    'https://www.notion.so/demo/On-Reading-Slowly-0a1b2c3d4e5f60718293a4b5c6d7e8f9';
  await serviceWorker.evaluate(
    ([key, url, pageUrl]) =>
      chrome.storage.local.set({
        [key]: {
          version: 1,
          url,
          notion: { connectionId: 'c1', pageId: '0a1b2c3d-4e5f-6071-8293-a4b5c6d7e8f9', pageUrl },
          blocks: {},
          inFlight: null,
          attempts: 0,
          notBefore: null,
          error: null,
        },
      }),
    [
      'highlightSync:https://essays.example/slow?id=3',
      'https://essays.example/slow?id=3',
      notionPage,
    ] as const,
  );
  // A key no gesture could make (only web pages are kept): listed, never opened.
  await serviceWorker.evaluate(() =>
    chrome.storage.local.set({
      'highlights:javascript:alert(1)': {
        version: 1,
        url: 'javascript:alert(1)',
        highlights: [
          {
            id: 'x',
            color: 'red',
            createdAt: '2026-01-01T00:00:00.000Z',
            updatedAt: '2026-01-01T00:00:00.000Z',
            target: {
              quote: { type: 'TextQuoteSelector', exact: 'planted', prefix: '', suffix: '' },
              position: { type: 'TextPositionSelector', start: 0, end: 7 },
            },
          },
        ],
      },
    }),
  );
  const page = await highlightsView(openExtensionPage);
  const view = page.getByRole('region', { name: 'Highlights' });
  const cards = view.locator('.hl-pages > li');
  await expect(cards).toHaveCount(3);
  await expect(cards.getByRole('heading')).toHaveText([
    'On Reading Slowly',
    'Reading, on Wikipedia',
    'javascript:alert(1)',
  ]);
  await expect(cards.first()).toContainText('2 highlights');
  await expect(cards.nth(2).getByRole('link')).toHaveCount(0);
  await expect(
    cards.first().getByRole('link', { name: 'Open “On Reading Slowly” in Notion' }),
  ).toHaveAttribute('href', notionPage);
  await expect(cards.nth(1).getByRole('link', { name: /in Notion/ })).toHaveCount(0);
  await expect(
    page.getByRole('navigation').getByRole('link', { name: 'Highlights' }),
  ).toHaveAttribute('aria-current', 'location');
  await saveScreen(page, 'options-highlights');

  const search = view.getByRole('searchbox', { name: 'Search highlights' });
  await search.fill('friday');
  await expect(cards).toHaveCount(1);
  await expect(cards.first()).toContainText('Read less, but better');
  await expect(cards.first()).not.toContainText('A second passage');
  await search.fill('GENEROSITY');
  await expect(cards.getByRole('heading')).toHaveText(['Reading, on Wikipedia']);
  await search.fill('essays.example');
  await expect(cards.first()).toContainText('A second passage');
  await search.fill('nothing like this');
  await expect(cards).toHaveCount(0);
  await expect(view.getByRole('status')).toHaveText('No highlight matches “nothing like this”.');

  await search.fill('wikipedia');
  const opened = context.waitForEvent('page');
  await cards.first().getByRole('link', { name: 'Open “Reading, on Wikipedia”' }).click();
  expect((await opened).url()).toBe(wiki);

  // A highlight deleted elsewhere leaves the view at once.
  await serviceWorker.evaluate((key) => chrome.storage.local.remove(key), highlightsKey(wiki));
  await expect(cards).toHaveCount(0);
  await search.fill('');
  await expect(cards).toHaveCount(2);
});

test('export then import brings highlights back: newer copies win, and what was left out is said', async ({
  openExtensionPage,
  serviceWorker,
}) => {
  const essay = 'https://essays.example/slow';
  const blog = 'http://blog.example/post/1';
  await seedHighlights(serviceWorker, essay, [
    seededHighlight('a', 'The first passage of the essay, marked while reading.', 'yellow', {
      note: 'as exported',
      minute: 1,
    }),
    seededHighlight('b', 'The second passage of the essay, marked a little later.', 'green', {
      minute: 2,
    }),
  ]);
  await seedHighlights(serviceWorker, blog, [
    seededHighlight('c', 'A passage of a blog post, with nothing else to say about it.', 'blue'),
  ]);
  const page = await openOptions(openExtensionPage);
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export settings' }).click();
  const text = readFileSync(await (await download).path(), 'utf8');
  const file = JSON.parse(text) as { highlights: { url: string; highlights: unknown[] }[] };
  expect(file.highlights.map((p) => [p.url, p.highlights.length])).toEqual([
    [blog, 1],
    [essay, 2],
  ]);

  // Meanwhile here: the blog's page is gone, and "b" got a newer note than the file's.
  await serviceWorker.evaluate((key) => chrome.storage.local.remove(key), highlightsKey(blog));
  await seedHighlights(serviceWorker, essay, [
    seededHighlight('a', 'The first passage of the essay, marked while reading.', 'yellow', {
      minute: 1,
    }),
    {
      ...seededHighlight('b', 'The second passage of the essay, marked a little later.', 'green', {
        note: 'newer, kept here',
        minute: 2,
      }),
      updatedAt: '2026-04-01T00:00:00.000Z',
    },
  ]);
  // The file's own "a" is newer than what is here now.
  const edited = JSON.parse(text) as {
    highlights: { url: string; highlights: { id: string; updatedAt: string }[] }[];
  };
  edited.highlights.find((p) => p.url === essay)!.highlights[0]!.updatedAt =
    '2026-03-15T00:00:00.000Z';
  // And what a file from elsewhere may hold: a page that is no web page, a broken highlight.
  edited.highlights.push({ url: 'javascript:alert(1)', highlights: [] } as never);
  (edited.highlights[0]!.highlights as unknown[]).push({ id: '<img onerror=x>', color: 'teal' });
  await page.getByLabel('Settings file').setInputFiles({
    name: 'settings.json',
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify(edited)),
  });
  await expect(page.getByRole('status').filter({ hasText: 'Imported' })).toHaveText(
    'Imported. Connections: 0, targets: 0. Highlights: 2 imported, on 2 pages. ' +
      '1 page of highlights was left out: its address is not a web page’s, or it is not written as expected. ' +
      '1 highlight was left out: it is not written as expected, or its page already holds as many as it can.',
  );
  const notes = (await storedHighlights(serviceWorker, essay)).map((h) => [h.id, h.note ?? null]);
  expect(notes).toEqual([
    ['a', 'as exported'],
    ['b', 'newer, kept here'],
  ]);
  expect((await storedHighlights(serviceWorker, blog)).map((h) => h.id)).toEqual(['c']);
  const keys = await serviceWorker.evaluate(async () =>
    Object.keys(await chrome.storage.local.get(null)),
  );
  expect(keys.filter((k) => k.startsWith('highlights:javascript'))).toEqual([]);

  // The same file again changes nothing.
  await page.getByLabel('Settings file').setInputFiles({
    name: 'settings-again.json',
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify(edited)),
  });
  await expect(page.getByRole('status').filter({ hasText: 'Imported' })).toHaveText(
    'Imported. Connections: 0, targets: 0. ' +
      '1 page of highlights was left out: its address is not a web page’s, or it is not written as expected. ' +
      '1 highlight was left out: it is not written as expected, or its page already holds as many as it can.',
  );
});

test('the revisit setting stays off with a sentence when the permission is refused', async ({
  context,
  openExtensionPage,
  serviceWorker,
}) => {
  await answerPermissionPrompts(context, false);
  const page = await openOptions(openExtensionPage);
  const box = page.getByLabel('Show my highlights when I revisit a page');
  await box.click();
  await expect(page.getByRole('alert')).toHaveText(
    'Quick Capture was not allowed to read the pages you open, so highlights are shown only when you click the toolbar button. To show them on every visit, tick the box again and choose Allow.',
  );
  await expect(box).not.toBeChecked();
  expect(await permissionRequests(page)).toEqual([{ origins: ['https://*/*', 'http://*/*'] }]);
  const { settings } = await stored<{ settings?: { showHighlightsOnRevisit?: boolean } }>(
    serviceWorker,
    ['settings'],
  );
  expect(settings?.showHighlightsOnRevisit ?? false).toBe(false);
});

test('the revisit setting turns on once the permission is granted, and off again', async ({
  context,
  openExtensionPage,
  serviceWorker,
}) => {
  await answerPermissionPrompts(context, true);
  const page = await openOptions(openExtensionPage);
  const box = page.getByLabel('Show my highlights when I revisit a page');
  const setting = async () =>
    (
      await stored<{ settings?: { showHighlightsOnRevisit?: boolean } }>(serviceWorker, [
        'settings',
      ])
    ).settings?.showHighlightsOnRevisit;
  await box.click();
  await expect(box).toBeChecked();
  await expect.poll(setting).toBe(true);
  expect(await permissionRequests(page)).toEqual([{ origins: ['https://*/*', 'http://*/*'] }]);
  await box.click();
  await expect(box).not.toBeChecked();
  await expect.poll(setting).toBe(false);
});
