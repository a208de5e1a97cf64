/**
 * The popup's capture paths, each saved through the queue into the emulator: a
 * bookmark, a full article and a screenshot into the Reading list database, a selection
 * appended to the Inbox page — and what the popup shows on the way.
 */
import type { Page } from '@playwright/test';
import { DEMO, EmulatorAdmin } from '../notion-emulator/index';
import {
  blockLines,
  expect,
  openPopupWindow,
  plainProperties,
  saveScreen,
  sendFromPage,
  test,
} from './pages/popup-page';

const P = DEMO.ids;

/** The Reading list rows other than the demo's welcome row. */
function newRows(emulator: { listPages: (f: { dataSource: string }) => unknown[] }) {
  return emulator
    .listPages({ dataSource: P.readingListDataSource })
    .filter((p) => (p as { id: string }).id !== P.welcomePage)
    .map((p) => ({ id: (p as { id: string }).id, values: plainProperties(p) }));
}

async function expectSavedTo(popup: Page, target: string): Promise<void> {
  await expect(popup.getByRole('status').filter({ hasText: `Saved to ${target}` })).toBeVisible({
    timeout: 30_000,
  });
  await expect(popup.getByRole('link', { name: 'Open in Notion' })).toHaveAttribute(
    'href',
    /^https:\/\//,
  );
}

test('a bookmark goes to the default database with the form’s properties', async ({
  connect,
  corpus,
  openPopupOn,
  emulator,
}) => {
  await connect();
  const url = corpus.pageUrl('wikipedia');
  const { popup } = await openPopupOn(url);
  const title = popup.getByRole('textbox', { name: 'Title' });
  await expect(title).toHaveValue('Mozilla - Wikipedia');
  await expect(title).toBeFocused();
  await expect(popup.getByRole('radio', { name: 'Bookmark' })).toBeChecked();
  await expect(popup.getByRole('button', { name: /Reading list/ })).toBeVisible();
  await expect(popup.getByRole('combobox', { name: 'Type' })).toHaveValue('Bookmark');

  // Tags: an existing option picked by typing part of it, and a new one.
  const tags = popup.getByRole('combobox', { name: 'Tags' });
  await tags.fill('sear');
  await tags.press('Enter');
  await tags.fill('Browsers');
  await tags.press('Enter');
  await expect(popup.getByRole('button', { name: 'Remove Research' })).toBeVisible();
  await expect(popup.getByRole('button', { name: 'Remove Browsers' })).toBeVisible();
  await popup.getByRole('textbox', { name: 'Notes' }).fill('For the history chapter.');
  await title.fill('Mozilla, the community');
  await title.press('Enter');

  await expectSavedTo(popup, 'Reading list');
  await saveScreen(popup, 'popup-bookmark-saved');
  const rows = newRows(emulator);
  expect(rows).toHaveLength(1);
  expect(rows[0]!.values).toMatchObject({
    Name: 'Mozilla, the community',
    URL: url,
    Tags: ['Research', 'Browsers'],
    Type: 'Bookmark',
    Notes: 'For the history chapter.',
  });
  expect(rows[0]!.values['Saved at']).toMatch(/^\d{4}-\d{2}-\d{2}T/);
});

test('a full article shows what the conversion loses', async ({ connect, corpus, openPopupOn }) => {
  await connect();
  const { popup } = await openPopupOn(corpus.pageUrl('wikipedia-2'));
  await popup.getByRole('radio', { name: 'Full article' }).check();
  const summary = popup.locator('.content-summary');
  await expect(summary).toContainText(/\d+ blocks/);
  await expect(summary).toContainText(
    'Not everything fits Notion: 2 tables flattened, 4 table cells flattened to text.',
  );
});

test('a full article saves its blocks, its h4 headings as headings', async ({
  connect,
  corpus,
  openPopupOn,
  emulator,
}) => {
  await connect();
  const { popup } = await openPopupOn(corpus.pageUrl('wikipedia'));
  await popup.getByRole('radio', { name: 'Full article' }).check();
  const summary = popup.locator('.content-summary');
  await expect(summary).toContainText(/\d+ blocks/);
  // Its 11 h4 headings are Notion's heading_4 now: nothing is lost to report.
  await expect(summary).not.toContainText('Not everything fits Notion');
  const blockCount = Number((await summary.textContent())!.match(/(\d+) blocks/)![1]);
  await expect(popup.getByRole('combobox', { name: 'Type' })).toHaveValue('Article');
  await saveScreen(popup, 'popup-article-before-save');
  await popup.getByRole('button', { name: 'Save', exact: true }).click();

  await expectSavedTo(popup, 'Reading list');
  await saveScreen(popup, 'popup-article-saved');
  const rows = newRows(emulator);
  expect(rows).toHaveLength(1);
  expect(rows[0]!.values).toMatchObject({ Name: 'Mozilla - Wikipedia', Type: 'Article' });
  const tree = emulator.getPageTree(rows[0]!.id)!;
  // More blocks than one request carries: the rest were appended in order.
  expect(tree.blocks.length).toBeGreaterThanOrEqual(blockCount);
  expect(blockCount).toBeGreaterThan(100);
  const lines = blockLines(tree.blocks);
  expect(lines.some((l) => l.includes('Mozilla is a free-software community'))).toBe(true);
  expect(lines.filter((l) => l.startsWith('heading_4: '))).toHaveLength(11);
});

test('a selection is preselected and appended to the Inbox, by keyboard alone', async ({
  connect,
  context,
  serviceWorker,
  extensionId,
  corpus,
  openPopupOn,
  emulator,
}) => {
  await connect();
  const { popup, tabId } = await openPopupOn(corpus.pageUrl('wikipedia'), async (page) => {
    await page.evaluate(() => {
      const paragraph = [...document.querySelectorAll('p')].find((p) =>
        p.textContent?.startsWith('Mozilla produces many products'),
      )!;
      const range = document.createRange();
      range.selectNodeContents(paragraph);
      document.getSelection()!.addRange(range);
    });
  });
  await expect(popup.getByRole('radio', { name: 'Selection' })).toBeChecked();
  await expect(popup.locator('.content-summary')).toContainText(/\d+ blocks?/);

  // From the title: Tab to the modes, Tab to the target picker; typing filters it.
  await expect(popup.getByRole('textbox', { name: 'Title' })).toBeFocused();
  await popup.keyboard.press('Tab');
  await expect(popup.getByRole('radio', { name: 'Selection' })).toBeFocused();
  await popup.keyboard.press('Tab');
  await expect(popup.getByRole('button', { name: /Change where to save/ })).toBeFocused();
  await popup.keyboard.type('inb');
  await expect(popup.getByRole('combobox', { name: 'Find a target' })).toHaveValue('inb');
  await expect(popup.getByRole('listbox', { name: 'Save to' }).getByRole('option')).toHaveCount(1);
  await popup.keyboard.press('Enter');
  const picker = popup.getByRole('button', { name: /Change where to save, now Inbox/ });
  await expect(picker).toBeFocused();

  await popup.keyboard.press('Tab');
  await expect(popup.getByRole('textbox', { name: 'Note' })).toBeFocused();
  await popup.keyboard.type('Their product list, for the slide.');
  await popup.keyboard.press('Enter'); // a new line in a note, not a save
  await expect(popup.getByRole('button', { name: 'Save', exact: true })).toBeVisible();
  await popup.keyboard.press('Control+Enter');

  await expectSavedTo(popup, 'Inbox');
  await saveScreen(popup, 'popup-selection-saved');
  const lines = blockLines(emulator.getPageTree(P.inboxPage)!.blocks);
  const selected = lines.findIndex((l) => l.includes('Mozilla produces many products'));
  expect(selected).toBeGreaterThan(0);
  expect(lines.some((l) => l.includes('Their product list, for the slide.'))).toBe(true);
  // The whole article was not saved, and nothing went to the database.
  expect(lines.some((l) => l.includes('Mozilla is a free-software community'))).toBe(false);
  expect(newRows(emulator)).toHaveLength(0);

  // Opened again, the picker lists the default first and the Inbox as recently used.
  const again = await openPopupWindow(context, serviceWorker, extensionId, tabId);
  await again.getByRole('button', { name: /Change where to save, now Reading list/ }).click();
  await expect(again.getByRole('listbox', { name: 'Save to' })).toHaveText(
    /^Default.*Reading list.*Recent.*Inbox/,
  );
});

test('the popup paints from storage while Notion is slow to answer', async ({
  connect,
  corpus,
  openPopupOn,
  emulator,
}) => {
  await connect();
  // The schema refresh and the "already saved" lookup both hang for a while.
  emulator.injectFault({
    path: '/v1/data_sources/**',
    times: 10,
    action: { type: 'delay', ms: 15_000 },
  });
  const answered = emulator.requestLog().length;
  const { popup } = await openPopupOn(corpus.pageUrl('wikipedia'));
  await expect(popup.getByRole('button', { name: /now Reading list/ })).toBeVisible();
  await expect(popup.getByRole('combobox', { name: 'Tags' })).toBeVisible();
  await expect(popup.getByRole('combobox', { name: 'Type' })).toHaveValue('Bookmark');
  // The static shell that stood in before React gave way to it, and the frame that first
  // showed the target was marked once, whichever of the two drew it.
  await expect(popup.locator('#popup-shell')).toHaveCount(0);
  expect(
    await popup.evaluate(() => performance.getEntriesByName('popup:targets-painted').length),
  ).toBe(1);
  // No answer about the database has come back yet: all of this came from storage.
  const since = emulator.requestLog().slice(answered);
  expect(since.filter((r) => r.path.startsWith('/v1/data_sources/'))).toEqual([]);
  await saveScreen(popup, 'popup-painted-from-storage');
  expect(newRows(emulator)).toHaveLength(0);
});

test('a screenshot of the visible area is previewed, uploaded and shown in the page', async ({
  connect,
  corpus,
  openPopupOn,
  emulator,
}) => {
  await connect();
  const { popup } = await openPopupOn(corpus.pageUrl('wikipedia'));
  await popup.getByRole('radio', { name: 'Bookmark' }).focus();
  await popup.keyboard.press('ArrowRight'); // Full article
  await popup.keyboard.press('ArrowRight'); // Screenshot
  await expect(popup.getByRole('radio', { name: 'Screenshot' })).toBeChecked();
  const preview = popup.getByRole('img', { name: /visible part of the page/ });
  await expect(preview).toBeVisible();
  expect(await preview.getAttribute('src')).toMatch(/^data:image\/png;base64,/);
  await expect(popup.getByRole('combobox', { name: 'Type' })).toHaveValue('Screenshot');
  await popup.keyboard.press('Enter');

  await expectSavedTo(popup, 'Reading list');
  await saveScreen(popup, 'popup-screenshot-saved');
  const rows = newRows(emulator);
  expect(rows).toHaveLength(1);
  expect(rows[0]!.values).toMatchObject({ Type: 'Screenshot' });
  const uploads = [...emulator.workspace.uploads.values()];
  expect(uploads).toHaveLength(1);
  const tree = emulator.getPageTree(rows[0]!.id)!;
  const images = tree.blocks.filter((b) => b.type === 'image');
  expect(images).toHaveLength(1);
  expect(JSON.stringify(images[0])).toContain(uploads[0]!.id);
});

test('a page saved before is pointed out with a link to it', async ({
  connect,
  context,
  openPopupOn,
  emulator,
}) => {
  await connect();
  // The demo's welcome row holds this address; no network here, so serve it locally.
  await context.route(/^https:\/\/example\.com\/welcome/, (route) =>
    route.fulfill({ contentType: 'text/html', body: '<title>Welcome</title><p>Hello</p>' }),
  );
  const { popup } = await openPopupOn('https://example.com/welcome?utm_source=newsletter');
  const notice = popup.locator('.already-saved');
  await expect(notice).toContainText('Already saved here on');
  await expect(notice.getByRole('link', { name: 'Open in Notion' })).toHaveAttribute(
    'href',
    new RegExp(P.welcomePage.replace(/-/g, '')),
  );
  await saveScreen(popup, 'popup-already-saved');
  expect(newRows(emulator)).toHaveLength(0);
});

/** Adds the Projects database as a target and picks it in the popup. */
async function openOnProjects(
  fixtures: {
    connect: () => Promise<{ connectionId: string }>;
    addDatabaseTarget: (connectionId: string, databaseId: string, name: string) => Promise<void>;
    openPopupOn: (url: string) => Promise<{ popup: Page }>;
  },
  url: string,
): Promise<Page> {
  const demo = await fixtures.connect();
  await fixtures.addDatabaseTarget(demo.connectionId, P.projectsDatabase, 'Projects');
  const { popup } = await fixtures.openPopupOn(url);
  await popup.getByRole('button', { name: /Change where to save/ }).click();
  await popup.getByRole('combobox', { name: 'Find a target' }).fill('proj');
  await popup.keyboard.press('Enter');
  await expect(popup.getByRole('button', { name: /now Projects/ })).toBeVisible();
  return popup;
}

const projectRows = (emulator: { listPages: (f: { dataSource: string }) => unknown[] }) =>
  emulator
    .listPages({ dataSource: P.projectsDataSource })
    .filter((p) => (p as { id: string }).id !== P.projectPage)
    .map(plainProperties);

test('a database’s status and people fields fill from Notion', async ({
  connect,
  addDatabaseTarget,
  corpus,
  openPopupOn,
  emulator,
}) => {
  const popup = await openOnProjects(
    { connect, addDatabaseTarget, openPopupOn },
    corpus.pageUrl('wikipedia'),
  );
  await popup.getByRole('combobox', { name: 'Status' }).selectOption('In progress');
  const owner = popup.getByRole('combobox', { name: 'Owner' });
  await owner.click();
  await owner.fill('grace');
  await expect(popup.getByRole('option', { name: /Grace Hopper/ })).toBeVisible();
  await owner.press('Enter');
  await expect(popup.getByRole('button', { name: 'Remove Grace Hopper' })).toBeVisible();
  await saveScreen(popup, 'popup-database-fields');
  await popup.getByRole('textbox', { name: 'Title' }).press('Enter');

  await expectSavedTo(popup, 'Projects');
  expect(projectRows(emulator)).toEqual([
    expect.objectContaining({
      Name: 'Mozilla - Wikipedia',
      Status: 'In progress',
      Owner: [DEMO.users.grace.id],
    }),
  ]);
});

test('a relation field finds pages of the related database by their title', async ({
  connect,
  addDatabaseTarget,
  corpus,
  openPopupOn,
  emulator,
}) => {
  // Projects relates to Clients; share Clients so that its pages can be searched.
  await new EmulatorAdmin(emulator.url).share(DEMO.integrations.main.name, P.clientsDatabase);
  const popup = await openOnProjects(
    { connect, addDatabaseTarget, openPopupOn },
    corpus.pageUrl('wikipedia'),
  );
  const client = popup.getByRole('combobox', { name: 'Client' });
  await client.fill('Acme');
  await expect(popup.getByRole('option', { name: 'Acme Corp' })).toBeVisible();
  await client.press('Enter');
  await expect(popup.getByRole('button', { name: 'Remove Acme Corp' })).toBeVisible();
  await saveScreen(popup, 'popup-relation');
  await client.press('Enter');

  await expectSavedTo(popup, 'Projects');
  expect(projectRows(emulator)).toEqual([
    expect.objectContaining({ Name: 'Mozilla - Wikipedia', Client: [P.clientPage] }),
  ]);
});

test('a site rule fills the popup, says so, and every value stays editable', async ({
  connect,
  corpus,
  openExtensionPage,
  openPopupOn,
  emulator,
}) => {
  await connect();
  const url = corpus.pageUrl('wikipedia');
  const options = await openExtensionPage('options.html');
  const saved = await sendFromPage<{ value?: unknown[] }>(options, 'saveRule', {
    rule: {
      id: 'wiki',
      name: 'Wikipedia',
      enabled: true,
      match: { kind: 'site', host: new URL(url).hostname },
      set: {
        targetId: null,
        mode: 'article',
        title: '{{title|upper}}',
        properties: {},
        tags: ['from-rule'],
      },
    },
  });
  expect(saved.value).toHaveLength(1);
  await options.close();

  const { popup } = await openPopupOn(url);
  await expect(popup.getByRole('note')).toHaveText('The rule “Wikipedia” applies to this page.');
  const title = popup.getByRole('textbox', { name: 'Title' });
  await expect(title).toHaveValue('MOZILLA - WIKIPEDIA');
  await expect(popup.getByRole('radio', { name: 'Full article' })).toBeChecked();
  await expect(popup.getByRole('button', { name: 'Remove from-rule' })).toBeVisible();
  await popup.getByRole('textbox', { name: 'Notes' }).fill('Edited after the rule.');
  await title.press('Enter');

  await expectSavedTo(popup, 'Reading list');
  const rows = newRows(emulator);
  expect(rows).toHaveLength(1);
  expect(rows[0]!.values).toMatchObject({
    Name: 'MOZILLA - WIKIPEDIA',
    Tags: ['from-rule'],
    Notes: 'Edited after the rule.',
  });
  const lines = blockLines(emulator.getPageTree(rows[0]!.id)!.blocks);
  expect(lines.length).toBeGreaterThan(5);
  expect(lines.some((l) => l.startsWith('bookmark'))).toBe(false);
});

test('a target picked by typing, then straight on to the title: Enter there saves, to that target', async ({
  connect,
  corpus,
  openPopupOn,
  emulator,
}) => {
  // The picker gives the focus back to its button a frame after closing; a person already
  // in the title keeps it (a busy machine once let that frame take their Enter).
  await connect();
  const { popup } = await openPopupOn(corpus.pageUrl('wikipedia'));
  await popup.getByRole('button', { name: /Change where to save/ }).click();
  await popup.getByRole('combobox', { name: 'Find a target' }).fill('inbox');
  await popup.keyboard.press('Enter');
  await popup.getByRole('textbox', { name: 'Title' }).press('Enter');
  await expect(popup.getByRole('heading', { name: 'Saved to Inbox' })).toBeVisible({
    timeout: 30_000,
  });
  await expect(popup.getByRole('listbox')).toHaveCount(0);
  expect(JSON.stringify(emulator.getPageTree(DEMO.ids.inboxPage)?.blocks ?? [])).toContain(
    'Mozilla - Wikipedia',
  );
});
