import { beforeAll, describe, expect, it } from 'vitest';
import { DEMO, EmulatorAdmin } from '../../../tests/notion-emulator';
import { toCompactId } from '../api/ids';
import { useEmulator } from '../testing/emulator';
import { parseNotionInput, type ParsedInput } from './parse-input';
import { resolveTarget, type Resolution } from './resolve';
import { dataSourceTarget, pageTarget } from './targets';

const emulator = useEmulator();
let admin: EmulatorAdmin;
beforeAll(() => {
  admin = new EmulatorAdmin(emulator.url);
});

const { ids } = DEMO;
const main = () => emulator.client();
const context = { integrationName: DEMO.integrations.main.name, locale: 'en' as const };

function parsed(text: string): Extract<ParsedInput, { ok: true }> {
  const [item] = parseNotionInput(text);
  if (!item?.ok) throw new Error(`not parsed: ${text}`);
  return item;
}

async function resolve(text: string): Promise<Resolution> {
  return resolveTarget(main(), parsed(text), context);
}

const url = (id: string, title = 'Page') =>
  `https://www.notion.so/demo/${title}-${toCompactId(id)}`;

describe('resolveTarget (against the emulator)', () => {
  it('resolves a database to its data source, with its schema', async () => {
    const result = await resolve(url(ids.readingListDatabase, 'Reading-list'));
    expect(result.kind).toBe('data_sources');
    if (result.kind !== 'data_sources') return;
    expect(result.diagnostics).toEqual([]);
    const [choice, ...rest] = result.choices;
    expect(rest).toEqual([]);
    expect(choice).toMatchObject({
      dataSourceId: ids.readingListDataSource,
      databaseId: ids.readingListDatabase,
      name: 'Reading list',
      databaseTitle: 'Reading list',
      icon: '📚',
      warnings: [],
    });
    expect(Object.keys(choice!.schema.properties).sort()).toEqual(
      ['Name', 'Notes', 'Saved at', 'Tags', 'Type', 'URL'].sort(),
    );
    const target = dataSourceTarget(choice!, { connectionId: 'c1', id: 't1' });
    expect(target).toMatchObject({
      kind: 'data_source',
      id: 't1',
      connectionId: 'c1',
      dataSourceId: ids.readingListDataSource,
      mappingEdited: false,
      mapping: {
        title: 'title',
        url: DEMO.properties.readingList.url,
        tags: DEMO.properties.readingList.tags,
        captureType: DEMO.properties.readingList.type,
        capturedAt: DEMO.properties.readingList.savedAt,
        excerpt: DEMO.properties.readingList.notes,
      },
    });
  });

  it('returns every data source of a multi-source database, each named', async () => {
    const result = await resolve(url(ids.mediaDatabase, 'Media-library'));
    if (result.kind !== 'data_sources') throw new Error(result.kind);
    expect(result.choices.map((c) => [c.name, c.dataSourceId, c.databaseTitle])).toEqual([
      ['Articles', ids.articlesDataSource, 'Media library'],
      ['Videos', ids.videosDataSource, 'Media library'],
    ]);
    expect(result.diagnostics).toEqual([
      expect.objectContaining({
        code: 'several_sources',
        severity: 'info',
        message: expect.stringContaining('2 data sources'),
      }),
    ]);
  });

  it('resolves a view link to the view’s data source only', async () => {
    const text = `${url(ids.mediaDatabase)}?v=${toCompactId(ids.videosView)}&pvs=4`;
    const result = await resolve(text);
    if (result.kind !== 'data_sources') throw new Error(result.kind);
    expect(result.viewId).toBe(ids.videosView);
    expect(result.choices.map((c) => [c.name, c.databaseId, c.databaseTitle])).toEqual([
      ['Videos', ids.mediaDatabase, 'Media library'],
    ]);
  });

  it('resolves a page, and a page peeked from a database view', async () => {
    const inbox = await resolve(`https://app.notion.com/p/Inbox-${toCompactId(ids.inboxPage)}`);
    expect(inbox).toMatchObject({
      kind: 'page',
      page: { pageId: ids.inboxPage, title: 'Inbox', icon: '📥', inlineDatabases: [] },
      diagnostics: [],
    });
    if (inbox.kind === 'page') {
      expect(pageTarget(inbox.page, { connectionId: 'c1', pageMode: 'append' })).toMatchObject({
        kind: 'page',
        pageId: ids.inboxPage,
        pageMode: 'append',
        title: 'Inbox',
      });
    }
    const peek = `${url(ids.readingListDatabase)}?v=${toCompactId(ids.readingListView)}&p=${toCompactId(ids.welcomePage)}&pm=s`;
    expect(await resolve(peek)).toMatchObject({
      kind: 'page',
      page: { pageId: ids.welcomePage, title: 'Welcome to Quick Capture' },
    });
  });

  it('says how to share what is not shared with the integration', async () => {
    const result = await resolve(url(ids.privatePage, 'Private-notes'));
    expect(result.kind).toBe('unresolved');
    expect(result.diagnostics).toEqual([
      expect.objectContaining({
        severity: 'error',
        code: 'not_shared',
        message:
          'This page or database isn’t shared with Quick Capture, or it doesn’t exist. Open it in Notion → ••• → Connections → Quick Capture.',
      }),
    ]);
    const korean = await resolveTarget(main(), parsed(ids.privatePage), {
      ...context,
      locale: 'ko',
    });
    expect(korean.diagnostics[0]?.message).toContain('••• → 연결 → Quick Capture');
  });

  it('names the missing capability when the integration may not read content', async () => {
    await admin.updateIntegration(DEMO.integrations.main.name, { capabilities: { read: false } });
    const result = await resolve(url(ids.readingListDatabase));
    expect(result.kind).toBe('unresolved');
    expect(result.diagnostics).toEqual([
      expect.objectContaining({
        code: 'no_read_capability',
        message: expect.stringContaining('“Read content” capability is off'),
      }),
    ]);
  });

  it('warns about a relation to a database that is not shared, naming both', async () => {
    const result = await resolve(url(ids.projectsDatabase, 'Projects'));
    if (result.kind !== 'data_sources') throw new Error(result.kind);
    const [choice] = result.choices;
    expect(choice?.warnings).toEqual([
      expect.objectContaining({
        severity: 'warning',
        code: 'relation_not_shared',
        propertyId: DEMO.properties.projects.client,
        propertyName: 'Client',
        databaseId: ids.clientsDatabase,
        message: expect.stringContaining(
          `“Client” links to a database that isn’t shared with Quick Capture (https://www.notion.so/${toCompactId(ids.clientsDatabase)})`,
        ),
      }),
    ]);
    await admin.share(DEMO.integrations.main.name, ids.clientsDatabase);
    const shared = await resolve(url(ids.projectsDatabase, 'Projects'));
    if (shared.kind !== 'data_sources') throw new Error(shared.kind);
    expect(shared.choices[0]?.warnings).toEqual([]);
  });

  it('resolves a pasted data source id, and explains a link to a block', async () => {
    const source = await resolve(ids.articlesDataSource);
    expect(source).toMatchObject({
      kind: 'data_sources',
      choices: [
        {
          dataSourceId: ids.articlesDataSource,
          databaseId: ids.mediaDatabase,
          databaseTitle: 'Media library',
        },
      ],
    });
    const children = await main().blocks.children.list({ block_id: ids.inboxPage });
    const blockId = children.results[0]!.id;
    const block = await resolve(blockId);
    expect(block).toMatchObject({ kind: 'unresolved', diagnostics: [{ code: 'not_a_target' }] });
  });

  it('points out databases inside a page', async () => {
    await main().databases.create({
      parent: { type: 'page_id', page_id: ids.inboxPage },
      is_inline: true,
      title: [{ type: 'text', text: { content: 'Inline list' } }],
      initial_data_source: { properties: { Name: { title: {} } } },
    });
    const result = await resolve(url(ids.inboxPage, 'Inbox'));
    if (result.kind !== 'page') throw new Error(result.kind);
    expect(result.page.inlineDatabases).toEqual([
      { databaseId: expect.any(String), title: 'Inline list' },
    ]);
    expect(result.diagnostics.map((d) => d.code)).toEqual(['inline_databases']);
  });

  it('reports a trashed page instead of offering it', async () => {
    await main().pages.update({ page_id: ids.welcomePage, in_trash: true });
    const result = await resolve(url(ids.welcomePage));
    expect(result.kind).toBe('unresolved');
    expect(result.diagnostics.map((d) => d.code)).toContain('in_trash');
  });

  it('resolves when its first probe meets an id of the other kind (400, not 404)', async () => {
    // A page link without a hint is tried as a database first; a link into a block of a
    // database page hints "page". Notion answers such probes "is a page, not a database".
    await admin.clearRequestLog();
    const page = await resolve(url(ids.inboxPage, 'Inbox'));
    expect(page).toMatchObject({ kind: 'page', page: { pageId: ids.inboxPage } });
    const database = await resolve(
      `${url(ids.readingListDatabase, 'Reading-list')}#${toCompactId(ids.welcomePage)}`,
    );
    expect(database).toMatchObject({
      kind: 'data_sources',
      choices: [{ dataSourceId: ids.readingListDataSource }],
    });
    const wrongKind = (await admin.requestLog()).filter(
      (entry) => entry.status === 400 && entry.code === 'validation_error',
    );
    expect(wrongKind.map((entry) => entry.path)).toEqual([
      `/v1/databases/${ids.inboxPage}`,
      `/v1/pages/${ids.readingListDatabase}`,
    ]);
  });
});
