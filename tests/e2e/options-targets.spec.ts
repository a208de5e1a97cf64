import { DEMO } from '../notion-emulator/index';
import { connectDemo } from '../tools/demo-setup';
import { expect, saveScreen, sendFromPage, test } from './fixtures';
import { addConnectionInForm, notionUrl, openOptions, stored } from './pages/options-page';

interface StoredTarget {
  id: string;
  kind: 'data_source' | 'page';
  title: string;
  url: string | null;
  dataSourceId?: string;
  pageMode?: string;
}

interface Stored {
  targets?: StoredTarget[];
  defaultTargetId?: string | null;
}

const { ids } = DEMO;

test('pasted addresses resolve with every sentence, and the chosen ones become targets', async ({
  emulator,
  openExtensionPage,
  serviceWorker,
}) => {
  const page = await openOptions(openExtensionPage);
  await addConnectionInForm(page, emulator.url);
  const pasted = [
    notionUrl('Reading-list', ids.readingListDatabase),
    notionUrl('Inbox', ids.inboxPage),
    'https://example.com/an-article',
    notionUrl('Private-notes', ids.privatePage),
    notionUrl('Projects', ids.projectsDatabase),
    notionUrl('Media-library', ids.mediaDatabase),
  ];
  await page.getByLabel('Notion addresses (one per line)').fill(pasted.join('\n'));
  await page.getByRole('button', { name: 'Look up' }).click();
  const results = page.getByRole('list', { name: 'What Notion found' });
  const cards = results.locator(':scope > li');
  await expect(cards).toHaveCount(6);

  await expect(results).toContainText(
    '“https://example.com/an-article” isn’t a Notion address or id.',
  );
  const privateCard = cards.filter({ hasText: 'Private-notes' });
  await expect(privateCard).toContainText(
    'This page or database isn’t shared with Quick Capture, or it doesn’t exist. Open it in Notion → ••• → Connections → Quick Capture.',
  );
  await expect(privateCard.getByRole('link', { name: 'Open in Notion' })).toHaveAttribute(
    'href',
    /notion\.so/,
  );
  await expect(privateCard.getByRole('button')).toHaveCount(0);
  await expect(cards.filter({ hasText: 'Projects' })).toContainText(
    'The property “Client” links to a database that isn’t shared with Quick Capture',
  );
  const media = cards.filter({ hasText: 'Media-library' });
  await expect(media).toContainText('This database has 2 data sources: pick the one to save into.');
  await saveScreen(page, 'options-targets-resolved');

  await media.getByRole('radio', { name: 'Videos' }).check();
  await media.getByRole('button', { name: 'Add “Videos”' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Added' })).toHaveText('Added “Videos”.');
  await page.getByRole('button', { name: 'Add “Reading list”' }).click();
  const inbox = cards.filter({ hasText: 'Inbox' });
  await inbox.getByRole('radio', { name: 'is added to the end of this page' }).check();
  await inbox.getByRole('button', { name: 'Add “Inbox”' }).click();
  // Added items leave the list; refused ones stay with their sentence.
  await expect(cards).toHaveCount(3);

  const { targets, defaultTargetId } = await stored<Stored>(serviceWorker, [
    'targets',
    'defaultTargetId',
  ]);
  expect(targets!.map((t) => [t.kind, t.title])).toEqual([
    ['data_source', 'Videos'],
    ['data_source', 'Reading list'],
    ['page', 'Inbox'],
  ]);
  expect(targets![0]!.dataSourceId).toBe(ids.videosDataSource);
  expect(targets![0]!.url).toBe(pasted[5]);
  expect(targets![2]!.pageMode).toBe('append');
  expect(defaultTargetId).toBe(targets![0]!.id);
  await expect(
    page.getByRole('list', { name: 'Targets, in order' }).getByRole('listitem'),
  ).toHaveCount(3);
});

test('targets are ordered, made default, switched and removed from the keyboard', async ({
  emulator,
  openExtensionPage,
  serviceWorker,
}) => {
  const page = await openOptions(openExtensionPage);
  const demo = await connectDemo((verb, input) => sendFromPage(page, verb, input), emulator.url);
  const order = async () =>
    (await stored<Stored>(serviceWorker, ['targets'])).targets!.map((t) => t.title);

  const down = page.getByRole('button', { name: 'Move “Reading list” down' });
  await down.focus();
  await page.keyboard.press('Enter');
  await expect.poll(order).toEqual(['Inbox', 'Reading list']);
  // Focus stays with the item that moved: now last, its "up" button takes the focus.
  await expect(page.getByRole('button', { name: 'Move “Reading list” up' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect.poll(order).toEqual(['Reading list', 'Inbox']);
  await expect(page.getByRole('button', { name: 'Move “Reading list” down' })).toBeFocused();

  await page.getByRole('button', { name: 'Make “Inbox” the default' }).focus();
  await page.keyboard.press('Enter');
  await expect
    .poll(async () => (await stored<Stored>(serviceWorker, ['defaultTargetId'])).defaultTargetId)
    .toBe(demo.inboxTargetId);
  await expect(page.getByRole('button', { name: 'Make “Reading list” the default' })).toBeVisible();

  await page.getByLabel('Each capture').selectOption('child');
  await expect
    .poll(async () => (await stored<Stored>(serviceWorker, ['targets'])).targets![1]!.pageMode)
    .toBe('child');

  await page.getByRole('button', { name: 'Remove “Reading list”' }).click();
  await expect.poll(order).toEqual(['Inbox']);
  await expect(page.getByRole('heading', { name: 'Reading list' })).toHaveCount(0);
});

test('the mapping editor saves choices that the next schema read keeps', async ({
  emulator,
  openExtensionPage,
  serviceWorker,
}) => {
  const page = await openOptions(openExtensionPage);
  const demo = await connectDemo((verb, input) => sendFromPage(page, verb, input), emulator.url);
  const P = DEMO.properties.readingList;
  const readMapping = async () =>
    (
      (await stored(serviceWorker, ['targets'])) as {
        targets: { id: string; mapping: Record<string, string | null>; mappingEdited: boolean }[];
      }
    ).targets.find((t) => t.id === demo.readingListTargetId)!;

  await page.getByRole('button', { name: 'Properties' }).click();
  const editor = page.locator(`#mapping-${demo.readingListTargetId}`);
  const notes = editor.getByLabel('Notes', { exact: true });
  const excerpt = editor.getByLabel('Excerpt or selection');
  // Guessed from the names: the excerpt went to "Notes", the notes nowhere.
  await expect(excerpt).toHaveValue(P.notes);
  await expect(notes).toHaveValue('');
  // Only properties of a fitting type are offered.
  await expect(editor.getByLabel('Saved at').locator('option')).toHaveText([
    'Don’t save',
    'Saved at (Date)',
    'Notes (Text)',
  ]);

  // Two fields in one property: refused with a sentence, nothing stored.
  await notes.selectOption(P.notes);
  await editor.getByRole('button', { name: 'Save properties' }).click();
  await expect(editor.getByRole('alert')).toHaveText(
    '“Notes” is chosen for Excerpt or selection, Notes. A property takes one value: choose another property for one of them.',
  );
  expect((await readMapping()).mappingEdited).toBe(false);

  await excerpt.selectOption({ label: 'Don’t save' });
  await editor.getByRole('button', { name: 'Save properties' }).click();
  await expect(editor.getByRole('status')).toHaveText('Properties saved.');
  const saved = await readMapping();
  expect(saved.mappingEdited).toBe(true);
  expect(saved.mapping).toMatchObject({ notes: P.notes, excerpt: null, url: P.url, tags: P.tags });
  await saveScreen(page, 'options-mapping-editor');

  // The next read of the schema (refreshed from Notion) keeps the person's choice…
  const reply = await sendFromPage<{ ok: boolean; value: { mapping: Record<string, unknown> } }>(
    page,
    'getSchema',
    { targetId: demo.readingListTargetId, refresh: true },
  );
  expect(reply.ok).toBe(true);
  expect(reply.value.mapping).toMatchObject({ notes: P.notes, excerpt: null });
  expect((await readMapping()).mapping).toEqual(saved.mapping);
  // …and so does the editor on the next visit.
  await page.reload();
  await page.getByRole('button', { name: 'Properties' }).click();
  await expect(editor.getByLabel('Notes', { exact: true })).toHaveValue(P.notes);
  await expect(editor.getByLabel('Excerpt or selection')).toHaveValue('');
  await expect(editor).toContainText('You chose these yourself.');
});

test('a database deleted after it was added is named as gone, with a way to remove it', async ({
  emulator,
  openExtensionPage,
  serviceWorker,
}) => {
  const page = await openOptions(openExtensionPage);
  await connectDemo((verb, input) => sendFromPage(page, verb, input), emulator.url);
  // Deleted in Notion: both the database and its data source are gone.
  emulator.workspace.objects.delete(ids.readingListDataSource);
  emulator.workspace.objects.delete(ids.readingListDatabase);

  await page.getByRole('button', { name: 'Properties' }).click();
  const notice = page.locator('.vanished');
  await expect(notice.getByRole('alert')).toHaveText(
    'Notion no longer shows “Reading list” to Quick Capture: it was deleted, moved to the trash, or is no longer shared. Captures cannot go there. Remove it, or share it again in Notion (••• → Connections → Quick Capture).',
  );
  await saveScreen(page, 'options-target-vanished');
  await notice.getByRole('button', { name: 'Remove “Reading list”' }).click();
  await expect
    .poll(async () =>
      (await stored<Stored>(serviceWorker, ['targets'])).targets!.map((t) => t.title),
    )
    .toEqual(['Inbox']);
});

test('browsing what the connection sees is an alternative to pasting', async ({
  emulator,
  openExtensionPage,
  serviceWorker,
}) => {
  const page = await openOptions(openExtensionPage);
  await addConnectionInForm(page, emulator.url);
  await page.getByRole('button', { name: 'Show what “Demo” can see' }).click();
  // Shared with the main integration: Inbox, Reading list, Projects, Articles, Videos.
  await expect(page.getByRole('button', { name: /^Choose “/ })).toHaveCount(5);
  await expect(page.getByText('Private notes')).toHaveCount(0);
  await page.getByLabel('Filter by title').fill('vid');
  await expect(page.getByRole('button', { name: /^Choose “/ })).toHaveCount(1);
  await expect(page.getByText('1 of 5 shown.')).toBeVisible();
  await page.getByRole('button', { name: 'Choose “Videos”' }).click();
  await page.getByRole('button', { name: 'Add “Videos”' }).click();
  await expect
    .poll(async () => (await stored<Stored>(serviceWorker, ['targets'])).targets ?? [])
    .toHaveLength(1);
  const [target] = (await stored<Stored>(serviceWorker, ['targets'])).targets!;
  expect(target).toMatchObject({ kind: 'data_source', dataSourceId: ids.videosDataSource });
  // Browsed, not pasted: the target keeps Notion's own address to open it later.
  expect(target!.url).toMatch(/^https:\/\//);
});

test('a capture database is created under a page, and only a page will do', async ({
  emulator,
  openExtensionPage,
  serviceWorker,
}) => {
  const page = await openOptions(openExtensionPage);
  await addConnectionInForm(page, emulator.url);
  const form = page.locator('form.create-database');
  const parent = form.getByLabel('Address of the page to create it in');
  const create = form.getByRole('button', { name: 'Create database' });

  await parent.fill(notionUrl('Reading-list', ids.readingListDatabase));
  await create.click();
  await expect(form.getByRole('alert')).toHaveText(
    '“Reading list” is a database. A new database goes inside a page: paste the address of a page.',
  );
  await parent.fill('https://example.com/notes');
  await create.click();
  await expect(form.getByRole('alert')).toHaveText(
    '“https://example.com/notes” isn’t a Notion address or id.',
  );
  await parent.fill(notionUrl('Private-notes', ids.privatePage));
  await create.click();
  await expect(form).toContainText('isn’t shared with Quick Capture');
  expect(
    emulator.requestLog().filter((r) => r.method === 'POST' && r.path === '/v1/databases'),
  ).toEqual([]);

  await parent.fill(notionUrl('Inbox', ids.inboxPage));
  await form.getByLabel('Name of the new database').fill('Clippings');
  await create.click();
  await expect(form.getByRole('status')).toHaveText(
    'Created “Clippings” and added it as a target.',
  );
  const { targets } = await stored<Stored>(serviceWorker, ['targets']);
  expect(targets!.map((t) => [t.kind, t.title])).toEqual([['data_source', 'Clippings']]);
  const created = [...emulator.workspace.objects.values()].find(
    (o) => o.kind === 'database' && o.parent.type === 'page_id' && o.parent.id === ids.inboxPage,
  );
  expect(created).toBeDefined();

  // The page now holds a database: pasting the page offers the database instead.
  await page.getByLabel('Notion addresses (one per line)').fill(notionUrl('Inbox', ids.inboxPage));
  await page.getByRole('button', { name: 'Look up' }).click();
  await expect(page.getByText('This page contains a database.')).toBeVisible();
  await page.getByRole('button', { name: 'Use the database “Clippings” instead' }).click();
  await expect(page.getByRole('button', { name: 'Add “Clippings”' })).toBeVisible();

  // Properties belong to databases: asking a page for them gets a sentence.
  await page.getByRole('button', { name: 'Add “Inbox”' }).click();
  await expect
    .poll(async () => (await stored<Stored>(serviceWorker, ['targets'])).targets ?? [])
    .toHaveLength(2);
  const inbox = (await stored<Stored>(serviceWorker, ['targets'])).targets!.find(
    (t) => t.kind === 'page',
  )!;
  const reply = await sendFromPage<{ ok: boolean; failure: { title: string } }>(page, 'getSchema', {
    targetId: inbox.id,
  });
  expect(reply.ok).toBe(false);
  expect(reply.failure.title).toBe('This target is a page, not a database');
});

test('a missing capability is named where it stops the person', async ({
  emulator,
  openExtensionPage,
}) => {
  const page = await openOptions(openExtensionPage);
  // The read-only integration may read the Inbox, not insert into it.
  await addConnectionInForm(page, emulator.url, DEMO.integrations.reader.secret, 'Reader');
  const form = page.locator('form.create-database');
  await form
    .getByLabel('Address of the page to create it in')
    .fill(notionUrl('Inbox', ids.inboxPage));
  await form.getByRole('button', { name: 'Create database' }).click();
  await expect(form.getByRole('alert')).toContainText('The integration isn’t allowed to do this');
  // The background knows which request failed, so the sentence names the capability.
  await expect(form.getByRole('alert')).toContainText(
    'The integration lacks the “Insert content” capability.',
  );

  // Without "Read content", a shared page cannot even be looked at.
  const reader = emulator.workspace.integrations.find(
    (i) => i.botId === DEMO.integrations.reader.botId,
  )!;
  reader.capabilities = { ...reader.capabilities, read: false };
  await page.getByLabel('Notion addresses (one per line)').fill(notionUrl('Inbox', ids.inboxPage));
  await page.getByRole('button', { name: 'Look up' }).click();
  await expect(page.getByRole('list', { name: 'What Notion found' })).toContainText(
    'Read-only reader can’t read this: its “Read content” capability is off.',
  );
});
