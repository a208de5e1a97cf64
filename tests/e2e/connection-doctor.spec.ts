/**
 * The connection doctor in the options page: one "Check" per connection, each finding in
 * place with the sentence that fixes it, for a PAT and for an integration — the token,
 * its capabilities, each target, its schema, its relations, the upload limit. Every
 * condition is made in the emulator as Notion would make it (a revoked token, a
 * workspace that turns PATs off, a capability unticked, a page unshared or trashed).
 */
import type { Page, Worker } from '@playwright/test';
import { DEMO, EmulatorAdmin, type RunningEmulator } from '../notion-emulator/index';
import { connectDemo, type DemoToken } from '../tools/demo-setup';
import { expect, saveScreen, sendFromPage, test } from './fixtures';
import { openOptions } from './pages/options-page';

const { ids } = DEMO;

function token(emulator: RunningEmulator, botId: string) {
  const found = emulator.workspace.integrations.find((i) => i.botId === botId);
  if (!found) throw new Error(`The demo workspace has no token ${botId}.`);
  return found;
}

/** Someone moves the page to Notion's trash. */
function trash(emulator: RunningEmulator, id: string): void {
  const page = emulator.workspace.objects.get(id);
  if (page?.kind !== 'page') throw new Error(`No page ${id}.`);
  page.inTrash = true;
}

/** Connects the demo (Reading list and Inbox as targets) and opens its card. */
async function connected(
  openExtensionPage: (path: string) => Promise<Page>,
  emulator: RunningEmulator,
  kind: DemoToken = 'integration',
) {
  const page = await openOptions(openExtensionPage);
  const demo = await connectDemo(
    (verb, input) => sendFromPage(page, verb, input),
    emulator.url,
    kind,
  );
  await page.reload();
  const card = page
    .getByRole('listitem')
    .filter({ has: page.getByRole('heading', { name: 'Demo workspace' }) });
  return { page, card, demo };
}

/** Presses the card's Check and returns what it found, once it found something. */
async function check(card: ReturnType<Page['getByRole']>, language: 'en' | 'ko' = 'en') {
  const name = language === 'en' ? 'Check “Demo workspace”' : '“Demo workspace” 점검';
  await card.getByRole('button', { name }).click();
  const found = card.getByRole('group', {
    name: language === 'en' ? 'What the check found' : '점검 결과',
  });
  await expect(card.getByRole('button', { name })).toBeEnabled();
  return found;
}

/** Adds the Projects database (its relation points at Clients) as a target. */
async function addProjects(page: Page, connectionId: string): Promise<void> {
  const reply = await sendFromPage<{
    value: { source: string; resolution: { choices: unknown[] } }[];
  }>(page, 'resolveInput', {
    connectionId,
    text: `https://www.notion.so/demo/Projects-${ids.projectsDatabase.replace(/-/g, '')}`,
  });
  const [resolved] = reply.value;
  await sendFromPage(page, 'addTarget', {
    connectionId,
    source: resolved!.source,
    choice: { kind: 'data_source', source: resolved!.resolution.choices[0] },
  });
}

/** Writes a stored token directly (a damaged profile), where the extension keeps it. */
async function overwriteSecret(worker: Worker, connectionId: string, secret: string) {
  await worker.evaluate(
    ([id, value]) =>
      new Promise<void>((resolve, reject) => {
        const request = indexedDB.open('quick-capture-secrets');
        request.onerror = () => reject(request.error);
        request.onsuccess = () => {
          const tx = request.result.transaction('secrets', 'readwrite');
          tx.objectStore('secrets').put(value, id);
          tx.oncomplete = () => resolve();
          tx.onerror = () => reject(tx.error);
        };
      }),
    [connectionId, secret] as const,
  );
}

test('a PAT passes, then is told when its person lost access to a target', async ({
  emulator,
  openExtensionPage,
}) => {
  const { page, card } = await connected(openExtensionPage, emulator, 'personal');
  await expect(card).toContainText('Personal access token');
  const found = await check(card);
  await expect(found).toContainText('Notion accepts this personal access token.');
  await expect(found).toContainText('It can read and search content.');
  await expect(found).toContainText('It can add pages and blocks.');
  await expect(found).toContainText('It can change pages');
  await expect(found).toContainText('Notion doesn’t list people to a personal access token');
  await expect(found).toContainText('“Reading list” can be reached.');
  await expect(found).toContainText('The properties of “Reading list” can be read.');
  await expect(found).toContainText('“Inbox” can be reached.');
  await expect(found).toContainText('up to 5 MB');

  const ada = emulator.workspace.people.find((p) => p.id === DEMO.users.ada.id)!;
  ada.access = new Set([ids.inboxPage]);
  await check(card);
  await expect(found).toContainText(
    'You no longer have access to “Reading list” in Notion, or it was deleted',
  );
  await expect(found).toContainText('“Inbox” can be reached.');
  await saveScreen(page, 'connection-doctor');
});

test('an integration is told which page to connect, by name, and which relation', async ({
  emulator,
  openExtensionPage,
}) => {
  const { page, card, demo } = await connected(openExtensionPage, emulator);
  await addProjects(page, demo.connectionId);
  // The Reading list stops being shared with the integration.
  await new EmulatorAdmin(emulator.url).share(
    DEMO.integrations.main.name,
    ids.readingListDatabase,
    false,
  );
  await expect(card).toContainText('Integration secret');
  const found = await check(card);
  await expect(found).toContainText('Notion accepts this integration secret.');
  await expect(found).toContainText('It can list the workspace’s people');
  await expect(found).toContainText(
    '“Reading list” isn’t shared with Quick Capture, or was deleted.',
  );
  await expect(found).toContainText(
    'In Notion, open “Reading list” → ••• → Connections → Quick Capture.',
  );
  // Projects' Client relation points at Clients, which is shared with no integration.
  await expect(found).toContainText('The properties of “Projects” can be read.');
  await expect(found).toContainText(
    `“Client” of “Projects” links to a database this token can’t reach (https://www.notion.so/${ids.clientsDatabase.replace(/-/g, '')}).`,
  );
  await expect(found).toContainText(
    'In Notion, open that database → ••• → Connections → Quick Capture; until then no page of it can be picked for “Client”.',
  );
  await new EmulatorAdmin(emulator.url).share(DEMO.integrations.main.name, ids.clientsDatabase);
  await check(card);
  await expect(found).toContainText(
    '“Client” of “Projects” links to a database that can be reached.',
  );
});

test.describe('the token', () => {
  test('a revoked integration secret says where a new one is copied', async ({
    emulator,
    openExtensionPage,
  }) => {
    const { card } = await connected(openExtensionPage, emulator);
    token(emulator, DEMO.integrations.main.botId).revoked = true;
    const found = await check(card);
    await expect(found).toContainText(
      'Notion didn’t accept this token. This integration secret was revoked or mistyped.',
    );
    await expect(found).toContainText('notion.so/profile/integrations');
    await expect(found).not.toContainText('can be reached');
  });

  test('a revoked PAT says to make a new one', async ({ emulator, openExtensionPage }) => {
    const { card } = await connected(openExtensionPage, emulator, 'personal');
    token(emulator, DEMO.personalTokens.ada.botId).revoked = true;
    const found = await check(card);
    await expect(found).toContainText(
      'This personal access token was mistyped, revoked or has expired',
    );
    await expect(found).toContainText('At notion.so/developers/tokens, create a new token');
  });

  test('a workspace that turned PATs off says what to ask its owner', async ({
    emulator,
    openExtensionPage,
  }) => {
    const { card } = await connected(openExtensionPage, emulator, 'personal');
    await new EmulatorAdmin(emulator.url).setPersonalTokenPolicy('nobody');
    const found = await check(card);
    await expect(found).toContainText('This workspace doesn’t allow personal access tokens');
    await expect(found).toContainText(
      'Ask a workspace owner to let members use personal access tokens',
    );
  });

  test('a stored token that is not one is refused without a request', async ({
    emulator,
    openExtensionPage,
    serviceWorker,
  }) => {
    const { card, demo } = await connected(openExtensionPage, emulator, 'personal');
    await overwriteSecret(serviceWorker, demo.connectionId, 'ntn_cut');
    const before = emulator.requestLog().length;
    const found = await check(card);
    await expect(found).toContainText(
      'The stored token isn’t a Notion token: nothing was sent to Notion.',
    );
    await expect(found).toContainText('notion.so/developers/tokens');
    // The doctor's first request would be users/me (the page itself may list targets).
    const asked = emulator.requestLog().slice(before);
    expect(asked.filter((r) => r.path === '/v1/users/me')).toEqual([]);
  });

  test('a PAT recorded as an integration secret is told, and recorded as what it is', async ({
    emulator,
    openExtensionPage,
    serviceWorker,
  }) => {
    const { page, card } = await connected(openExtensionPage, emulator, 'personal');
    // As a connection stored before PATs had a kind of their own reads after migration.
    await serviceWorker.evaluate(async () => {
      const { connections } = await chrome.storage.local.get<{
        connections: Array<Record<string, unknown>>;
      }>('connections');
      await chrome.storage.local.set({
        connections: connections.map((c) => ({ ...c, kind: 'integration' })),
      });
    });
    await page.reload();
    await expect(card).toContainText('Integration secret');
    const found = await check(card);
    await expect(found).toContainText(
      'This is a personal access token, though it was added as an integration secret',
    );
    await expect(
      card.getByRole('definition').filter({ hasText: 'Personal access token' }),
    ).toBeVisible();
  });
});

test.describe('capabilities', () => {
  test('no read content: nothing else can be learnt, and it says what to tick', async ({
    emulator,
    openExtensionPage,
  }) => {
    const { card } = await connected(openExtensionPage, emulator);
    token(emulator, DEMO.integrations.main.botId).capabilities.read = false;
    const found = await check(card);
    await expect(found).toContainText('This token can’t read your pages');
    await expect(found).toContainText('turn on “Read content”');
    await expect(found).not.toContainText('“Reading list”');
  });

  test('no insert or update content, and no user information', async ({
    emulator,
    openExtensionPage,
  }) => {
    const { card } = await connected(openExtensionPage, emulator);
    const main = token(emulator, DEMO.integrations.main.botId);
    Object.assign(main.capabilities, { insert: false, update: false, userInfo: 'none' });
    const found = await check(card);
    await expect(found).toContainText('It can’t add pages or blocks, so nothing can be saved.');
    await expect(found).toContainText('turn on “Insert content” and save');
    await expect(found).toContainText('It can’t change pages, so Undo');
    await expect(found).toContainText('turn on “Update content” and save');
    await expect(found).toContainText('It cannot list the workspace’s people');
    await expect(found).toContainText('turn on “Read user information”');
  });

  test('a PAT without a write capability is asked for a new token', async ({
    emulator,
    openExtensionPage,
  }) => {
    const { card } = await connected(openExtensionPage, emulator, 'personal');
    token(emulator, DEMO.personalTokens.ada.botId).capabilities.insert = false;
    const found = await check(card);
    await expect(found).toContainText('It can’t add pages or blocks');
    await expect(found).toContainText(
      'At notion.so/developers/tokens, create a new token with the “Notion API” capability ticked, and paste it here in place of this one.',
    );
  });
});

test.describe('targets', () => {
  test('a target in the trash, and properties the schema lost', async ({
    emulator,
    openExtensionPage,
  }) => {
    const { card } = await connected(openExtensionPage, emulator);
    trash(emulator, ids.inboxPage);
    const source = emulator.workspace.objects.get(ids.readingListDataSource);
    if (source?.kind !== 'data_source') throw new Error('No Reading list data source.');
    // Someone deletes the URL column in Notion.
    source.properties = source.properties.filter((p) => p.id !== DEMO.properties.readingList.url);
    const found = await check(card);
    await expect(found).toContainText('“Inbox” is in Notion’s trash.');
    await expect(found).toContainText(
      'Restore “Inbox” from the trash in Notion, or remove this target.',
    );
    await expect(found).toContainText(
      'A property that captures fill in “Reading list” no longer exists.',
    );
    await expect(found).toContainText(
      'open “Reading list” → Properties, choose where each field goes again',
    );
  });
});

test.describe('in Korean', () => {
  test.use({ uiLanguage: 'ko' });

  test('the findings speak Korean', async ({ emulator, openExtensionPage }) => {
    const { card } = await connected(openExtensionPage, emulator, 'personal');
    const found = await check(card, 'ko');
    await expect(found).toContainText('Notion이 이 개인 액세스 토큰을 받아들입니다.');
    await expect(found).toContainText('페이지와 블록을 추가할 수 있습니다.');
  });

  test('the token: a workspace that turned PATs off, a PAT recorded as a secret', async ({
    emulator,
    openExtensionPage,
  }) => {
    const { card } = await connected(openExtensionPage, emulator, 'personal');
    emulator.workspace.info.personalTokens = 'nobody';
    const found = await check(card, 'ko');
    await expect(found).toContainText('이 워크스페이스는 개인 액세스 토큰을 허용하지 않습니다');
    await expect(found).toContainText('워크스페이스 소유자에게');
    emulator.workspace.info.personalTokens = 'everyone';
    token(emulator, DEMO.personalTokens.ada.botId).revoked = true;
    await check(card, 'ko');
    await expect(found).toContainText('notion.so/developers/tokens에서');
  });

  test('capabilities, targets, schema and relations', async ({ emulator, openExtensionPage }) => {
    const { page, card, demo } = await connected(openExtensionPage, emulator);
    await addProjects(page, demo.connectionId);
    const main = token(emulator, DEMO.integrations.main.botId);
    Object.assign(main.capabilities, { insert: false, update: false });
    trash(emulator, ids.inboxPage);
    const source = emulator.workspace.objects.get(ids.readingListDataSource);
    if (source?.kind !== 'data_source') throw new Error('No Reading list data source.');
    source.properties = source.properties.filter((p) => p.id !== DEMO.properties.readingList.url);
    const found = await check(card, 'ko');
    await expect(found).toContainText(
      '페이지와 블록을 추가할 수 없어 아무것도 저장할 수 없습니다.',
    );
    await expect(found).toContainText('기능을 열고 “콘텐츠 삽입”');
    await expect(found).toContainText('페이지를 바꿀 수 없어');
    await expect(found).toContainText('Notion 휴지통에 있습니다.');
    await expect(found).toContainText(
      '“Reading list”에서 캡처가 채우던 속성 하나가 더 이상 없습니다.',
    );
    await expect(found).toContainText('이 토큰으로 접근할 수 없는 데이터베이스');
    await expect(found).toContainText('그 데이터베이스를 열고 ••• → 연결 → Quick Capture');
  });
});
