/** What each integration may see and do: sharing, descendants, relations, capabilities. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningEmulator } from './index.ts';
import { EmulatorAdmin } from './index.ts';
import { DEMO, client, expectApiError, paragraph, start, text } from './test-helpers.ts';

let emulator: RunningEmulator;
beforeAll(async () => {
  emulator = await start();
});
afterAll(() => emulator.close());

const reader = () => client(emulator, DEMO.integrations.reader.secret);

describe('sharing', () => {
  it("hides pages that are not shared, with Notion's 404 wording", async () => {
    await expectApiError(
      client(emulator).pages.retrieve({ page_id: DEMO.ids.privatePage }),
      404,
      'object_not_found',
      `Could not find page with ID: ${DEMO.ids.privatePage}. Make sure the relevant pages and databases are shared with your integration.`,
    );
    expect((await reader().pages.retrieve({ page_id: DEMO.ids.privatePage })).id).toBe(
      DEMO.ids.privatePage,
    );
  });

  it('answers a missing object exactly like an unshared one', async () => {
    const missing = '11111111-2222-4333-8444-555555555555';
    await expectApiError(
      client(emulator).pages.retrieve({ page_id: missing }),
      404,
      'object_not_found',
      `Could not find page with ID: ${missing}. Make sure the relevant pages and databases are shared with your integration.`,
    );
  });

  it('shares the descendants of a shared page', async () => {
    const child = await client(emulator).pages.create({
      parent: { page_id: DEMO.ids.inboxPage },
      properties: { title: { title: text('Nested') } },
      children: [paragraph('inside')],
    });
    const seenByReader = await reader().blocks.children.list({ block_id: child.id });
    expect(seenByReader.results).toHaveLength(1);
  });

  it('keeps the parent of a shared page hidden', async () => {
    await expectApiError(
      client(emulator).pages.retrieve({ page_id: DEMO.ids.homePage }),
      404,
      'object_not_found',
    );
    await expectApiError(
      client(emulator).databases.retrieve({ database_id: DEMO.ids.clientsDatabase }),
      404,
      'object_not_found',
      `Could not find database with ID: ${DEMO.ids.clientsDatabase}. Make sure the relevant pages and databases are shared with your integration.`,
    );
  });

  it('leaves out relation values that point into an unshared database, and refuses to set them', async () => {
    const project = await client(emulator).pages.retrieve({ page_id: DEMO.ids.projectPage });
    expect('properties' in project && project.properties.Client).toMatchObject({
      type: 'relation',
      relation: [],
    });
    const ds = await client(emulator).dataSources.retrieve({
      data_source_id: DEMO.ids.projectsDataSource,
    });
    expect('properties' in ds && ds.properties.Client).toMatchObject({
      type: 'relation',
      relation: { data_source_id: DEMO.ids.clientsDataSource },
    });
    await expectApiError(
      client(emulator).pages.create({
        parent: { data_source_id: DEMO.ids.projectsDataSource },
        properties: { Client: { relation: [{ id: DEMO.ids.clientPage }] } },
      }),
      404,
      'object_not_found',
      new RegExp(`Could not find page with ID: ${DEMO.ids.clientPage}`),
    );
  });

  it('follows the admin API when pages are shared and unshared', async () => {
    const admin = new EmulatorAdmin(emulator.url);
    await admin.share(DEMO.integrations.main.name, DEMO.ids.privatePage);
    expect((await client(emulator).pages.retrieve({ page_id: DEMO.ids.privatePage })).id).toBe(
      DEMO.ids.privatePage,
    );
    await admin.share(DEMO.integrations.main.name, DEMO.ids.privatePage, false);
    await expectApiError(
      client(emulator).pages.retrieve({ page_id: DEMO.ids.privatePage }),
      404,
      'object_not_found',
    );
  });
});

describe('databases, data sources and views', () => {
  it('lists data sources on the database and the schema on the data source', async () => {
    const db = await client(emulator).databases.retrieve({ database_id: DEMO.ids.mediaDatabase });
    expect('data_sources' in db && db.data_sources).toEqual([
      { id: DEMO.ids.articlesDataSource, name: 'Articles' },
      { id: DEMO.ids.videosDataSource, name: 'Videos' },
    ]);
    expect('properties' in db).toBe(false);
    const videos = await client(emulator).dataSources.retrieve({
      data_source_id: DEMO.ids.videosDataSource,
    });
    expect('properties' in videos && Object.keys(videos.properties)).toEqual([
      'Name',
      'URL',
      'Duration',
    ]);
  });

  it('does not accept a database id where a data source id belongs', async () => {
    await expectApiError(
      client(emulator).dataSources.retrieve({ data_source_id: DEMO.ids.readingListDatabase }),
      404,
      'object_not_found',
      /Could not find data source with ID/,
    );
  });

  it('resolves a view id to its data source', async () => {
    const view = await client(emulator).views.retrieve({ view_id: DEMO.ids.readingListView });
    expect(view).toMatchObject({
      object: 'view',
      parent: { type: 'database_id', database_id: DEMO.ids.readingListDatabase },
      data_source_id: DEMO.ids.readingListDataSource,
    });
  });
});

describe('capabilities', () => {
  it('refuses every write of an integration without insert and update', async () => {
    const forbidden = 'Insufficient permissions for this endpoint.';
    await expectApiError(
      reader().pages.create({ parent: { page_id: DEMO.ids.inboxPage }, properties: {} }),
      403,
      'restricted_resource',
      forbidden,
    );
    await expectApiError(
      reader().blocks.children.append({ block_id: DEMO.ids.inboxPage, children: [paragraph('x')] }),
      403,
      'restricted_resource',
      forbidden,
    );
    await expectApiError(
      reader().pages.update({ page_id: DEMO.ids.inboxPage, properties: {} }),
      403,
      'restricted_resource',
      forbidden,
    );
    await expectApiError(
      reader().fileUploads.create({ filename: 'a.png', content_type: 'image/png' }),
      403,
      'restricted_resource',
      forbidden,
    );
  });

  it('answers 401 once a secret is revoked', async () => {
    const admin = new EmulatorAdmin(emulator.url);
    await admin.updateIntegration(DEMO.integrations.reader.botId, { revoked: true });
    await expectApiError(reader().users.me({}), 401, 'unauthorized');
    await admin.updateIntegration(DEMO.integrations.reader.botId, { revoked: false });
    expect((await reader().users.me({})).id).toBe(DEMO.integrations.reader.botId);
  });
});
