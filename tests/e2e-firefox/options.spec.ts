/**
 * The options page in Firefox: connecting and adding a target as a person types them,
 * and the sentences a wrong secret or a wrong address get. Nothing reaches Notion's
 * side but through the extension's event page, over 127.0.0.1 (the test build).
 *
 * Where Firefox differs: turning on image uploads asks for access to other sites in
 * Firefox's own permission prompt (permissions.spec.ts answers it). Firefox also lets a
 * person withdraw the api.notion.com host permission in about:addons, which Chrome grants
 * for good at install; this suite does not withdraw it.
 */
import { DEMO } from '../notion-emulator/index';
import { notionUrl } from '../e2e/pages/options-page';
import { expect, stored, storedSecrets, test } from './fixtures';
import { OptionsPage } from './pages/options';

interface StoredConnection {
  id: string;
  apiBase: string;
  botName: string;
}

test('connecting in the options page checks the secret with Notion and keeps it out of storage.local', async ({
  firefox,
  extension,
  emulator,
  say,
}) => {
  const options = await OptionsPage.open(firefox, say);
  await options.addConnection(emulator.url);
  await options.announced(
    say('optConnectionAdded', {
      workspace: DEMO.workspace.name,
      integration: DEMO.integrations.main.name,
    }),
  );
  const { connections, secrets } = await stored<{
    connections?: StoredConnection[];
    secrets?: unknown;
  }>(extension, ['connections', 'secrets']);
  expect(connections).toHaveLength(1);
  expect(connections![0]).toMatchObject({
    apiBase: emulator.url,
    botName: DEMO.integrations.main.name,
  });
  // Firefox lets content scripts read storage.local: the secret is in IndexedDB only.
  expect(secrets).toBeUndefined();
  expect(await storedSecrets(extension)).toEqual({
    [connections![0]!.id]: DEMO.integrations.main.secret,
  });
  // The page shows the mask only; the form forgot the secret.
  expect(await options.text()).not.toContain(DEMO.integrations.main.secret);
  const calls = emulator.requestLog().filter((r) => r.path === '/v1/users/me');
  expect(calls.map((c) => c.status)).toEqual([200]);
});

test('a database pasted by its address becomes the default target', async ({
  firefox,
  extension,
  emulator,
  say,
}) => {
  const options = await OptionsPage.open(firefox, say);
  await options.addConnection(emulator.url);
  await options.announced(
    say('optConnectionAdded', {
      workspace: DEMO.workspace.name,
      integration: DEMO.integrations.main.name,
    }),
  );
  await options.lookUp(notionUrl('Reading-list', DEMO.ids.readingListDatabase));
  await options.addTarget('Reading list');
  await options.announced(say('optTargetAdded', { title: 'Reading list' }));
  const { targets, defaultTargetId } = await stored<{
    targets?: { id: string; kind: string; title: string; dataSourceId?: string }[];
    defaultTargetId?: string;
  }>(extension, ['targets', 'defaultTargetId']);
  expect(targets?.map((t) => [t.kind, t.title, t.dataSourceId])).toEqual([
    ['data_source', 'Reading list', DEMO.ids.readingListDataSource],
  ]);
  expect(defaultTargetId).toBe(targets![0]!.id);
});

test('a mistyped secret and an address that is not Notion’s get sentences, and nothing is stored', async ({
  firefox,
  extension,
  emulator,
  say,
}) => {
  const options = await OptionsPage.open(firefox, say);
  await options.addConnection(emulator.url, 'ntn_' + 'x'.repeat(46));
  const said = (await options.announced(say('errUnauthorizedDetail'))).join(' ');
  // What happened and what to do, in words; Notion's own answer stays under "Details".
  expect(said).toContain(say('errUnauthorizedTitle'));
  expect(said).toContain(say('errUnauthorizedAction'));
  expect((await stored(extension, ['connections'])).connections ?? []).toEqual([]);

  await options.addConnection(emulator.url);
  await options.announced(
    say('optConnectionAdded', {
      workspace: DEMO.workspace.name,
      integration: DEMO.integrations.main.name,
    }),
  );
  await options.lookUp('https://example.com/an-article');
  await options.shows(say('notionParseNotNotion', { source: 'https://example.com/an-article' }));
  expect((await stored(extension, ['targets'])).targets ?? []).toEqual([]);
});
