/** The admin API: state inspection, reset, custom seeds and the request log. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningEmulator } from './index.ts';
import { EmulatorAdmin } from './index.ts';
import { DEMO, client, expectApiError, paragraph, start, text } from './test-helpers.ts';

let emulator: RunningEmulator;
let admin: EmulatorAdmin;
beforeAll(async () => {
  emulator = await start();
  admin = new EmulatorAdmin(emulator.url);
});
afterAll(() => emulator.close());

describe('state inspection', () => {
  it('returns a page with its block tree in order', async () => {
    const notion = client(emulator);
    const page = await notion.pages.create({
      parent: { page_id: DEMO.ids.inboxPage },
      properties: { title: { title: text('Tree') } },
      children: [
        paragraph('first'),
        { toggle: { rich_text: text('second'), children: [paragraph('inner')] } },
      ],
    });
    const tree = await admin.getPageTree(page.id);
    expect(tree.page.id).toBe(page.id);
    expect(tree.blocks.map((b) => b.type)).toEqual(['paragraph', 'toggle']);
    expect(tree.blocks[1]?.children.map((b) => b.type)).toEqual(['paragraph']);
    const inbox = await admin.getPageTree(DEMO.ids.inboxPage);
    expect(inbox.blocks.at(-1)).toMatchObject({
      type: 'child_page',
      child_page: { title: 'Tree' },
    });
  });

  it('lists the pages of a data source', async () => {
    const rows = await admin.listPages({ dataSource: DEMO.ids.readingListDataSource });
    expect(rows.map((r) => r.id)).toContain(DEMO.ids.welcomePage);
  });

  it('logs requests with status, code and integration name but never the secret', async () => {
    await admin.clearRequestLog();
    await expectApiError(
      client(emulator).pages.retrieve({ page_id: DEMO.ids.privatePage }),
      404,
      'object_not_found',
    );
    const log = await admin.requestLog();
    expect(log).toEqual([
      expect.objectContaining({
        method: 'GET',
        path: `/v1/pages/${DEMO.ids.privatePage}`,
        status: 404,
        code: 'object_not_found',
        integration: 'Quick Capture',
      }),
    ]);
    expect(JSON.stringify(log)).not.toContain(DEMO.integrations.main.secret);
  });
});

describe('reset and seeds', () => {
  it('reset returns to the seed', async () => {
    const page = await client(emulator).pages.create({
      parent: { page_id: DEMO.ids.inboxPage },
      properties: {},
    });
    await admin.reset();
    await expectApiError(
      client(emulator).pages.retrieve({ page_id: page.id }),
      404,
      'object_not_found',
    );
    expect((await client(emulator).pages.retrieve({ page_id: DEMO.ids.inboxPage })).id).toBe(
      DEMO.ids.inboxPage,
    );
  });

  it('takes a custom workspace and refuses a seed Notion would refuse', async () => {
    const secret = 'ntn_' + 'C'.repeat(46);
    const root = '0b0b0b0b-0000-4000-8000-000000000001';
    await admin.seed({
      integrations: [
        { botId: '0b0b0b0b-0000-4000-8000-000000000002', name: 'Custom', secret, shared: [root] },
      ],
      pages: [
        {
          id: root,
          parent: { type: 'workspace' },
          title: 'Custom root',
          children: [paragraph('hello')],
        },
      ],
    });
    const listed = await client(emulator, secret).blocks.children.list({ block_id: root });
    expect(listed.results).toHaveLength(1);
    await expect(
      admin.seed({
        integrations: [],
        pages: [{ id: root, parent: { type: 'workspace' }, title: 'x'.repeat(2001) }],
      }),
    ).rejects.toThrow(/should be ≤ `2000`/);
    expect((await client(emulator, secret).users.me({})).name).toBe('Custom');
    await admin.seed('demo');
    await expectApiError(client(emulator, secret).users.me({}), 401, 'unauthorized');
  });
});
