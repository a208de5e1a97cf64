import { DEMO } from '../notion-emulator/index';
import { connectDemo } from '../tools/demo-setup';
import { expect, sendFromPage, test } from './fixtures';
import { stored as storedState } from './pages/options-page';

interface Reply<T> {
  ok: boolean;
  value?: T;
  failure?: { title: string; detail: string; action: string };
}

test('the background connects to the emulator, reads users/me and stores the connection', async ({
  emulator,
  openExtensionPage,
  serviceWorker,
}) => {
  const page = await openExtensionPage('options.html');
  const reply = await sendFromPage<
    Reply<{ botName: string; workspaceName: string; secretMask: string; maxUploadBytes: number }>
  >(page, 'addConnection', {
    alias: 'Demo',
    secret: DEMO.integrations.main.secret,
    apiBase: emulator.url,
  });
  expect(reply.ok).toBe(true);
  expect(reply.value).toMatchObject({
    botName: DEMO.integrations.main.name,
    workspaceName: DEMO.workspace.name,
    maxUploadBytes: 5 * 1024 * 1024,
  });
  // The page only ever sees the mask.
  expect(JSON.stringify(reply)).not.toContain(DEMO.integrations.main.secret);

  const stored = await storedState(serviceWorker, ['connections', 'secrets']);
  const connections = stored.connections as { botName: string; apiBase: string; id: string }[];
  expect(connections).toHaveLength(1);
  expect(connections[0]).toMatchObject({
    botName: DEMO.integrations.main.name,
    apiBase: emulator.url,
  });
  expect((stored.secrets as Record<string, string>)[connections[0]!.id]).toBe(
    DEMO.integrations.main.secret,
  );

  const calls = emulator.requestLog().filter((r) => r.path === '/v1/users/me');
  expect(calls).toHaveLength(1);
  expect(calls[0]!.status).toBe(200);
});

test('a revoked or mistyped secret gets a sentence, and nothing is stored', async ({
  emulator,
  openExtensionPage,
  serviceWorker,
}) => {
  const page = await openExtensionPage('options.html');
  const wrong = 'ntn_' + 'x'.repeat(46);
  const reply = await sendFromPage<Reply<unknown>>(page, 'addConnection', {
    alias: 'Demo',
    secret: wrong,
    apiBase: emulator.url,
  });
  expect(reply.ok).toBe(false);
  expect(`${reply.failure!.title} ${reply.failure!.detail}`).toMatch(/revoked or mistyped/i);
  expect(reply.failure!.action).not.toBe('');
  const stored = await serviceWorker.evaluate(() => chrome.storage.local.get('connections'));
  expect(stored.connections ?? []).toEqual([]);
});

test('pasted Notion addresses become targets, the database first as the default', async ({
  emulator,
  openExtensionPage,
  serviceWorker,
}) => {
  const page = await openExtensionPage('options.html');
  const demo = await connectDemo((verb, input) => sendFromPage(page, verb, input), emulator.url);
  const stored = await serviceWorker.evaluate(() =>
    chrome.storage.local.get(['targets', 'defaultTargetId', 'schemas']),
  );
  const targets = stored.targets as {
    id: string;
    kind: string;
    title: string;
    pageMode?: string;
  }[];
  expect(targets.map((t) => [t.kind, t.title])).toEqual([
    ['data_source', 'Reading list'],
    ['page', 'Inbox'],
  ]);
  expect(targets[1]!.pageMode).toBe('append');
  expect(stored.defaultTargetId).toBe(demo.readingListTargetId);
  // The schema read while resolving is cached for the popup's first paint.
  expect(Object.keys(stored.schemas as object)).toContain(DEMO.ids.readingListDataSource);
});
