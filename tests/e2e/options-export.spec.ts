import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { DEMO } from '../notion-emulator/index';
import { connectDemo } from '../tools/demo-setup';
import {
  expect,
  extensionWorker,
  launchWithExtension,
  routeNotionToEmulator,
  saveScreen,
  sendFromPage,
  test,
} from './fixtures';
import { openOptions, stored } from './pages/options-page';

const SECRET = DEMO.integrations.main.secret;
const KEYS = ['connections', 'secrets', 'targets', 'defaultTargetId', 'settings'];

async function exportFile(page: Page, withSecrets: boolean): Promise<string> {
  const box = page.getByLabel('Include the secrets of the connections');
  if (withSecrets) await box.check();
  else await box.uncheck();
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export settings' }).click();
  const file = await download;
  expect(file.suggestedFilename()).toMatch(/^quick-capture-settings-\d{4}-\d\d-\d\d\.json$/);
  return readFileSync(await file.path(), 'utf8');
}

async function importFile(page: Page, text: string, name = 'settings.json'): Promise<void> {
  await page.getByLabel('Settings file').setInputFiles({
    name,
    mimeType: 'application/json',
    buffer: Buffer.from(text),
  });
}

type State = Record<string, unknown>;

/**
 * The stored state with every id replaced by what it names (connections by alias,
 * targets by title): an import mints its own ids, and keeps everything else.
 */
function byName(state: State): State {
  const connections = state.connections as { id: string; alias: string; addedAt: string }[];
  const targets = state.targets as { id: string; title: string; connectionId: string }[];
  const alias = new Map(connections.map((c) => [c.id, c.alias]));
  const title = new Map(targets.map((t) => [t.id, t.title]));
  return {
    ...state,
    // Replacing the secret re-reads the connection from Notion, which stamps it anew.
    connections: connections.map((c) => ({ ...c, id: c.alias, addedAt: '' })),
    secrets: Object.fromEntries(
      Object.entries(state.secrets as Record<string, string>).map(([id, s]) => [alias.get(id), s]),
    ),
    targets: targets.map((t) => ({ ...t, id: t.title, connectionId: alias.get(t.connectionId) })),
    defaultTargetId: title.get(state.defaultTargetId as string),
  };
}

test('settings exported here restore a fresh profile, which asks for the secret', async ({
  context,
  emulator,
  openExtensionPage,
  serviceWorker,
}) => {
  // A settings file may name only Notion's own address: this profile talks to Notion
  // (answered by the emulator), as a person's does.
  await routeNotionToEmulator(context, emulator);
  const page = await openOptions(openExtensionPage);
  const send = (verb: string, input?: unknown) => sendFromPage(page, verb, input);
  const demo = await connectDemo(send, 'https://api.notion.com');
  await send('updateTarget', {
    targetId: demo.readingListTargetId,
    patch: { mapping: { title: 'title', url: DEMO.properties.readingList.url, notes: null } },
  });
  await send('saveSettings', { requestsPerSecond: 10, defaultMode: 'article' });
  const original = await stored(serviceWorker, KEYS);

  const plain = await exportFile(page, false);
  expect(plain).not.toContain(SECRET);
  const parsed = JSON.parse(plain) as { connections: object[]; targets: object[] };
  expect(parsed.connections[0]).not.toHaveProperty('secret');
  expect(parsed.targets).toHaveLength(2);
  await expect(page.getByRole('status').filter({ hasText: 'without secrets' })).toBeVisible();
  // Ticked, the secret goes into the file: the only way it ever leaves the background.
  expect(await exportFile(page, true)).toContain(SECRET);

  const profile = mkdtempSync(join(tmpdir(), 'qc-import-'));
  const fresh = await launchWithExtension(profile);
  await routeNotionToEmulator(fresh, emulator);
  try {
    const worker = await extensionWorker(fresh);
    const other = await fresh.newPage();
    await other.goto(page.url());
    await importFile(other, plain);
    await expect(other.getByRole('status').filter({ hasText: 'Imported' })).toHaveText(
      'Imported. Connections: 1, targets: 2. 1 connection needs its secret: paste it under “Notion connections”.',
    );
    const card = other.getByRole('listitem').filter({
      has: other.getByRole('heading', { name: 'Demo workspace' }),
    });
    await expect(card).toContainText('This connection was imported without its secret.');
    await expect(card.getByText('missing')).toBeVisible();
    await saveScreen(other, 'options-imported-needs-secret');

    await card.getByLabel('New secret for “Demo workspace”').fill(SECRET);
    await card.getByRole('button', { name: 'Check and save' }).click();
    await expect(card.getByText(`ntn_••••••••${SECRET.slice(-4)}`)).toBeVisible();
    await expect(card).not.toContainText('imported without its secret');

    // Everything comes back as it was, under ids minted by the import.
    const restored = await stored(worker, KEYS);
    expect(byName(restored)).toEqual(byName(original));
    const restoredIds = (restored.targets as { id: string }[]).map((t) => t.id);
    const originalIds = (original.targets as { id: string }[]).map((t) => t.id);
    expect(restoredIds.filter((id) => originalIds.includes(id))).toEqual([]);
    // The restored profile works: its edited mapping survives a fresh schema read.
    const readingList = (restored.targets as { id: string; title: string }[]).find(
      (t) => t.title === 'Reading list',
    )!;
    const schema = await sendFromPage<{ ok: boolean; value: { mapping: object } }>(
      other,
      'getSchema',
      { targetId: readingList.id, refresh: true },
    );
    expect(schema.ok).toBe(true);
    expect(schema.value.mapping).toMatchObject({
      notes: null,
      url: DEMO.properties.readingList.url,
    });
  } finally {
    await fresh.close();
    rmSync(profile, { recursive: true, force: true });
  }
});

test('a file that is not a settings export gets a sentence and changes nothing', async ({
  emulator,
  openExtensionPage,
  serviceWorker,
}) => {
  const page = await openOptions(openExtensionPage);
  const section = page.locator('#export');
  const alert = section.getByRole('alert');

  await importFile(page, 'name,url\nfoo,https://example.com', 'bookmarks.csv');
  await expect(alert).toContainText('These settings could not be imported');
  await expect(alert).toContainText(
    'The file is not a Quick Capture settings export: it is not a JSON file.',
  );

  await importFile(page, JSON.stringify({ bookmarks: [] }));
  await expect(alert).toContainText('it was not made by Quick Capture’s export');

  // A file whose connection would send its secret elsewhere is refused as a whole.
  await connectDemo((verb, input) => sendFromPage(page, verb, input), emulator.url);
  const before = await stored(serviceWorker, KEYS);
  const exported = await exportFile(page, true);
  // Even this build's own export: its connection is on this computer (the emulator).
  await importFile(page, exported);
  await expect(alert).toContainText(
    `the connection “Demo workspace” would send its requests to ${emulator.url}, on this computer`,
  );
  const good = JSON.parse(exported) as { connections: { apiBase: string }[] };
  good.connections[0]!.apiBase = 'https://collector.example.net';
  await importFile(page, JSON.stringify(good));
  await expect(alert).toContainText(
    'the connection “Demo workspace” would send its requests to https://collector.example.net, which is not Notion',
  );
  await saveScreen(page, 'options-import-refused');
  expect(await stored(serviceWorker, KEYS)).toEqual(before);
});
