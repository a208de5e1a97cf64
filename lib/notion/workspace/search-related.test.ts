import { Client } from '@notionhq/client';
import { beforeAll, describe, expect, it } from 'vitest';
import { DEMO, EmulatorAdmin } from '../../../tests/notion-emulator';
import { fetchSchema } from '../schema/schema';
import { useEmulator } from '../testing/emulator';
import { relatedDataSourceId, searchRelated } from './search-related';

// The share made before the first test stays for all of them.
const emulator = useEmulator({ eachTest: 'as left' });
let client: Client;

beforeAll(async () => {
  // The demo keeps Clients from the main integration on purpose; share it for this test.
  await new EmulatorAdmin(emulator.url).share(
    DEMO.integrations.main.botId,
    DEMO.ids.clientsDatabase,
  );
  client = new Client({
    auth: DEMO.integrations.main.secret,
    baseUrl: emulator.url,
    notionVersion: '2026-03-11',
    retry: false,
  });
});

describe('searchRelated', () => {
  it('finds pages of the related data source by title', async () => {
    const projects = await fetchSchema(client, DEMO.ids.projectsDataSource);
    const relation = Object.values(projects.properties).find((p) => p.type === 'relation')!;
    expect(relatedDataSourceId(projects, relation.id)).toBe(DEMO.ids.clientsDataSource);
    const clients = await fetchSchema(client, DEMO.ids.clientsDataSource);
    const all = await searchRelated(client, clients, '');
    expect(all.map((p) => p.id)).toContain(DEMO.ids.clientPage);
    const title = all.find((p) => p.id === DEMO.ids.clientPage)!.title;
    const found = await searchRelated(client, clients, title.slice(1, 4));
    expect(found.map((p) => p.id)).toContain(DEMO.ids.clientPage);
    expect(await searchRelated(client, clients, 'no page is called this')).toEqual([]);
  });

  it('names no data source for a property that is not a relation', async () => {
    const projects = await fetchSchema(client, DEMO.ids.projectsDataSource);
    const titleId = Object.values(projects.properties).find((p) => p.type === 'title')!.id;
    expect(relatedDataSourceId(projects, titleId)).toBeNull();
  });
});
