import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import {
  DEMO,
  EmulatorAdmin,
  startEmulator,
  type RunningEmulator,
} from '../../tests/notion-emulator/index';
import { listPeople, listVisible } from './browse';
import { createNotionClient } from './client';

let emulator: RunningEmulator;
beforeAll(async () => {
  emulator = await startEmulator({ seed: 'demo', rateLimit: false });
});
afterAll(() => emulator.close());
beforeEach(() => emulator.reset());

const { ids } = DEMO;
const client = (secret: string = DEMO.integrations.main.secret) =>
  createNotionClient({ secret, apiBase: emulator.url });

describe('listVisible (against the emulator)', () => {
  it('lists every shared page and data source with title, icon and parent', async () => {
    const { items, complete } = await listVisible(client());
    expect(complete).toBe(true);
    const byId = new Map(items.map((item) => [item.id, item]));
    expect(byId.get(ids.inboxPage)).toMatchObject({
      kind: 'page',
      title: 'Inbox',
      icon: '📥',
      parent: { type: 'page', id: ids.homePage },
      isRow: false,
    });
    expect(byId.get(ids.readingListDataSource)).toMatchObject({
      kind: 'data_source',
      title: 'Reading list',
      databaseId: ids.readingListDatabase,
      parent: { type: 'page', id: ids.homePage },
    });
    expect(byId.get(ids.welcomePage)).toMatchObject({
      kind: 'page',
      isRow: true,
      parent: { type: 'data_source', id: ids.readingListDataSource },
      parentTitle: 'Reading list',
    });
    expect(byId.has(ids.articlesDataSource) && byId.has(ids.videosDataSource)).toBe(true);
    expect(byId.has(ids.privatePage)).toBe(false);
    expect(byId.has(ids.clientsDataSource)).toBe(false);
  });

  it('follows every page of results', async () => {
    const main = client();
    for (let i = 0; i < 105; i++) {
      await main.pages.create({
        parent: { page_id: ids.inboxPage },
        properties: { title: { title: [{ text: { content: `Note ${i}` } }] } },
      });
    }
    const { items } = await listVisible(main);
    const notes = items.filter((item) => item.title.startsWith('Note '));
    expect(notes).toHaveLength(105);
    expect(notes.every((n) => n.parentTitle === 'Inbox')).toBe(true);
  });

  it('sees only what is shared with this integration', async () => {
    const { items } = await listVisible(client(DEMO.integrations.reader.secret));
    expect(items.map((i) => i.id)).toContain(ids.privatePage);
    expect(items.map((i) => i.id)).not.toContain(ids.projectsDataSource);
  });
});

describe('listPeople (against the emulator)', () => {
  it('lists the workspace’s people, not bots', async () => {
    const people = await listPeople(client());
    expect(people).toEqual(
      expect.arrayContaining([
        { id: DEMO.users.ada.id, name: 'Ada Lovelace', avatarUrl: null, email: 'ada@example.com' },
        {
          id: DEMO.users.grace.id,
          name: 'Grace Hopper',
          avatarUrl: null,
          email: 'grace@example.com',
        },
      ]),
    );
    expect(people).toHaveLength(2);
  });

  it('is refused without the user information capability', async () => {
    await new EmulatorAdmin(emulator.url).updateIntegration(DEMO.integrations.main.name, {
      capabilities: { userInfo: 'none' },
    });
    await expect(listPeople(client())).rejects.toMatchObject({
      status: 403,
      code: 'restricted_resource',
    });
  });
});
