import { describe, expect, it } from 'vitest';
import { DEMO, DEMO_SEED, EmulatorAdmin } from '../../../tests/notion-emulator';
import { listPeople, listVisible } from './browse';
import { describeError } from '../errors/describe-error';
import { useEmulator } from '../testing/emulator';

const emulator = useEmulator();

const { ids } = DEMO;
const client = (secret?: string) => emulator.client(secret);

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

  it('starts the search over when a cursor expires, and lists each item once', async () => {
    const main = client();
    for (let i = 0; i < 205; i++) {
      await main.pages.create({
        parent: { page_id: ids.inboxPage },
        properties: { title: { title: [{ text: { content: `Note ${i}` } }] } },
      });
    }
    // The next two pages asked for answer "The start_cursor provided is invalid".
    emulator.setCursorExpiry({ failNext: 2, listings: ['search'] });
    const { items, complete } = await listVisible(main);
    expect(complete).toBe(true);
    const notes = items.filter((item) => item.title.startsWith('Note ')).map((n) => n.title);
    expect(new Set(notes).size).toBe(205);
    expect(notes).toHaveLength(205);
    const expired = emulator
      .requestLog()
      .filter((entry) => entry.path === '/v1/search' && entry.status === 400);
    expect(expired).toHaveLength(2);
  });

  it('gives up with a sentence when every pass meets an expired cursor', async () => {
    const main = client();
    for (let i = 0; i < 101; i++) {
      await main.pages.create({
        parent: { page_id: ids.inboxPage },
        properties: { title: { title: [{ text: { content: `Note ${i}` } }] } },
      });
    }
    emulator.setCursorExpiry({ maxUses: 0, listings: ['search'] });
    const failure = await listVisible(main).then(
      () => null,
      (error: unknown) => error,
    );
    expect(failure).toMatchObject({ name: 'NotionEngineError', code: 'listing_expired' });
    // The first pass and three fresh ones, each stopped at its first cursor.
    const searches = emulator.requestLog().filter((entry) => entry.path === '/v1/search');
    expect(searches.map((entry) => entry.status)).toEqual([200, 400, 200, 400, 200, 400, 200, 400]);
    expect(describeError(failure, 'en').title).toBe(
      'Notion ended a list before it was read to the end',
    );
    expect(describeError(failure, 'ko').detail).toContain('3번');
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

  it('reads every page of a large workspace, starting over when a cursor expires', async () => {
    const many = Array.from({ length: 230 }, (_, i) => ({
      id: `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`,
      name: `Person ${i}`,
      email: `person${i}@example.com`,
    }));
    emulator.seed({ ...DEMO_SEED, people: [...(DEMO_SEED.people ?? []), ...many] });
    try {
      emulator.setCursorExpiry({ failNext: 1, listings: ['users'] });
      const people = await listPeople(client());
      expect(people).toHaveLength(232);
      expect(new Set(people.map((p) => p.id)).size).toBe(232);
      const users = emulator.requestLog().filter((entry) => entry.path === '/v1/users');
      expect(users.map((entry) => entry.status)).toEqual([200, 400, 200, 200, 200]);
    } finally {
      emulator.seed('demo');
    }
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
