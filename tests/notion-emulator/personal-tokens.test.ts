/**
 * Personal access tokens: a PAT acts as its person in one workspace, sees what that person
 * sees with nothing shared, follows the workspace's PAT policy and can be revoked.
 */
import { isFullPage } from '@notionhq/client';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { RunningEmulator } from './index.ts';
import { EmulatorAdmin } from './index.ts';
import { DEMO, client, expectApiError, start, text } from './test-helpers.ts';

let emulator: RunningEmulator;
let admin: EmulatorAdmin;
beforeAll(async () => {
  emulator = await start();
  admin = new EmulatorAdmin(emulator.url);
});
beforeEach(() => emulator.reset());
afterAll(() => emulator.close());

const ada = () => client(emulator, DEMO.personalTokens.ada.secret);

/** Ids of everything a token finds with an empty search, every page of results. */
async function searchAll(secret: string): Promise<Set<string>> {
  const notion = client(emulator, secret);
  const ids = new Set<string>();
  let cursor: string | undefined;
  do {
    const page = await notion.search({ start_cursor: cursor, page_size: 2 });
    for (const result of page.results) ids.add(result.id);
    cursor = page.next_cursor ?? undefined;
  } while (cursor);
  return ids;
}

describe('what a PAT sees', () => {
  it('opens what its person can open, with nothing shared with it', async () => {
    // Neither Clients nor the home page is shared with any integration.
    const clients = await ada().databases.retrieve({ database_id: DEMO.ids.clientsDatabase });
    expect(clients.id).toBe(DEMO.ids.clientsDatabase);
    expect((await ada().pages.retrieve({ page_id: DEMO.ids.homePage })).id).toBe(DEMO.ids.homePage);
    await expectApiError(
      client(emulator).databases.retrieve({ database_id: DEMO.ids.clientsDatabase }),
      404,
      'object_not_found',
    );
  });

  it('finds more in search than any integration of the demo', async () => {
    const mine = await searchAll(DEMO.personalTokens.ada.secret);
    for (const integration of Object.values(DEMO.integrations)) {
      const theirs = await searchAll(integration.secret);
      for (const id of theirs) expect(mine.has(id), `PAT misses ${id}`).toBe(true);
      expect(mine.size).toBeGreaterThan(theirs.size);
    }
    expect(mine.has(DEMO.ids.clientsDataSource)).toBe(true);
    expect(mine.has(DEMO.ids.privatePage)).toBe(true);
  });

  it('writes as its person', async () => {
    const page = await ada().pages.create({
      parent: { data_source_id: DEMO.ids.readingListDataSource },
      properties: { Name: { title: text('Saved with a PAT') } },
    });
    expect(isFullPage(page) && page.created_by.id).toBe(DEMO.users.ada.id);
  });

  it("sees only a member's pages, and loses what the member loses", async () => {
    const token = await admin.createPersonalToken(DEMO.users.grace.id, 'Grace’s token');
    const grace = client(emulator, token.secret);
    expect(await searchAll(token.secret)).toEqual(
      new Set([DEMO.ids.inboxPage, DEMO.ids.readingListDataSource, DEMO.ids.welcomePage]),
    );
    await expectApiError(
      grace.pages.retrieve({ page_id: DEMO.ids.privatePage }),
      404,
      'object_not_found',
    );
    await admin.setPersonAccess(DEMO.users.grace.id, [DEMO.ids.inboxPage]);
    await expectApiError(
      grace.databases.retrieve({ database_id: DEMO.ids.readingListDatabase }),
      404,
      'object_not_found',
    );
    // Sharing with an integration gives a PAT nothing: only the person's access counts.
    await admin.share(DEMO.integrations.main.name, DEMO.ids.clientsDatabase);
    await expectApiError(
      grace.databases.retrieve({ database_id: DEMO.ids.clientsDatabase }),
      404,
      'object_not_found',
    );
  });
});

describe('users and a PAT', () => {
  it('answers users/me with a bot owned by its person and the workspace', async () => {
    const me = await ada().users.me({});
    expect(me).toMatchObject({
      object: 'user',
      id: DEMO.personalTokens.ada.botId,
      type: 'bot',
      bot: {
        owner: { type: 'user', user: { id: DEMO.users.ada.id, type: 'person' } },
        workspace_id: DEMO.workspace.id,
        workspace_name: DEMO.workspace.name,
        workspace_limits: { max_file_upload_size_in_bytes: 5 * 1024 * 1024 },
      },
    });
    const integration = await client(emulator).users.me({});
    expect(integration).toMatchObject({ bot: { owner: { type: 'workspace', workspace: true } } });
  });

  it('may not list users but may read one', async () => {
    await expectApiError(ada().users.list({}), 403, 'restricted_resource');
    const grace = await ada().users.retrieve({ user_id: DEMO.users.grace.id });
    expect(grace).toMatchObject({ type: 'person', name: DEMO.users.grace.name });
    const listed = await client(emulator).users.list({});
    expect(listed.results.map((u) => u.id)).not.toContain(DEMO.personalTokens.ada.botId);
  });
});

describe("the workspace's PAT policy", () => {
  it('refuses every PAT once PATs are off, and no integration', async () => {
    await admin.setPersonalTokenPolicy('nobody');
    await expectApiError(
      ada().users.me({}),
      403,
      'restricted_resource',
      /does not allow personal access tokens/,
    );
    await expectApiError(ada().search({}), 403, 'restricted_resource');
    expect((await client(emulator).users.me({})).id).toBe(DEMO.integrations.main.botId);
    await expect(admin.createPersonalToken(DEMO.users.ada.id, 'another')).rejects.toThrow(/403/);
  });

  it('lets only owners use PATs when restricted to owners', async () => {
    const token = await admin.createPersonalToken(DEMO.users.grace.id, 'Grace’s token');
    await admin.setPersonalTokenPolicy('owners');
    expect((await ada().users.me({})).id).toBe(DEMO.personalTokens.ada.botId);
    await expectApiError(client(emulator, token.secret).users.me({}), 403, 'restricted_resource');
    await expect(admin.createPersonalToken(DEMO.users.grace.id, 'again')).rejects.toThrow(/403/);
    await admin.setPersonalTokenPolicy('everyone');
    expect((await client(emulator, token.secret).users.me({})).id).toBe(token.botId);
  });
});

describe('revoking a PAT', () => {
  it('answers 401 unauthorized from then on, and only for that token', async () => {
    await admin.updateIntegration(DEMO.personalTokens.ada.botId, { revoked: true });
    await expectApiError(ada().users.me({}), 401, 'unauthorized', 'API token is invalid.');
    await expectApiError(
      ada().pages.retrieve({ page_id: DEMO.ids.inboxPage }),
      401,
      'unauthorized',
    );
    expect((await client(emulator).users.me({})).id).toBe(DEMO.integrations.main.botId);
  });
});
