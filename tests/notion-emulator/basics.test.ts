import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningEmulator } from './index.ts';
import { DEMO, client, expectApiError, raw, start } from './test-helpers.ts';

let emulator: RunningEmulator;
beforeAll(async () => {
  emulator = await start();
});
afterAll(() => emulator.close());

describe('authentication and version', () => {
  it('answers 401 unauthorized for a missing or unknown secret', async () => {
    const missing = await raw(emulator, '/v1/users/me', { headers: { authorization: '' } });
    expect(missing.status).toBe(401);
    expect(missing.body).toMatchObject({
      object: 'error',
      code: 'unauthorized',
      message: 'API token is invalid.',
    });
    await expectApiError(
      client(emulator, 'ntn_' + 'x'.repeat(46)).users.me({}),
      401,
      'unauthorized',
      'API token is invalid.',
    );
  });

  it('answers 400 missing_version without Notion-Version and 400 for another version', async () => {
    const response = await fetch(`${emulator.url}/v1/users/me`, {
      headers: { authorization: `Bearer ${DEMO.integrations.main.secret}` },
    });
    expect(response.status).toBe(400);
    expect(await response.json()).toMatchObject({ code: 'missing_version' });
    const old = await raw(emulator, '/v1/users/me', {
      headers: { 'notion-version': '2022-06-28' },
    });
    expect(old.status).toBe(400);
    expect(old.body.code).toBe('validation_error');
  });

  it('puts request_id in every error body and the x-notion-request-id header', async () => {
    const error = await expectApiError(
      client(emulator).pages.retrieve({ page_id: DEMO.ids.privatePage }),
      404,
      'object_not_found',
    );
    expect(error.request_id).toMatch(/^[0-9a-f-]{36}$/);
    expect(error.headers).toBeDefined();
  });
});

describe('users', () => {
  it('describes the bot and the workspace upload cap on users/me', async () => {
    const me = await client(emulator).users.me({});
    expect(me).toMatchObject({
      id: DEMO.integrations.main.botId,
      name: 'Quick Capture',
      type: 'bot',
    });
    expect(
      me.type === 'bot' &&
        'workspace_limits' in me.bot &&
        me.bot.workspace_limits.max_file_upload_size_in_bytes,
    ).toBe(5 * 1024 * 1024);
  });

  it('lists people with emails only for integrations allowed to read them', async () => {
    const main = await client(emulator).users.list({});
    const ada = main.results.find((u) => u.id === DEMO.users.ada.id);
    expect(ada?.type === 'person' && ada.person.email).toBe('ada@example.com');
    const reader = await client(emulator, DEMO.integrations.reader.secret).users.list({});
    const adaForReader = reader.results.find((u) => u.id === DEMO.users.ada.id);
    expect(adaForReader?.type === 'person' && adaForReader.person.email).toBeUndefined();
    expect(main.results.filter((u) => u.type === 'bot')).toHaveLength(2);
  });
});

describe('search', () => {
  it('returns shared pages and data sources, one result per data source', async () => {
    const all = await client(emulator).search({});
    const ids = all.results.map((r) => r.id);
    expect(ids).toContain(DEMO.ids.inboxPage);
    expect(ids).toContain(DEMO.ids.articlesDataSource);
    expect(ids).toContain(DEMO.ids.videosDataSource);
    expect(ids).not.toContain(DEMO.ids.privatePage);
    expect(ids).not.toContain(DEMO.ids.clientsDataSource);
  });

  it('filters by object and title', async () => {
    const sources = await client(emulator).search({
      query: 'read',
      filter: { property: 'object', value: 'data_source' },
    });
    expect(sources.results.map((r) => r.id)).toEqual([DEMO.ids.readingListDataSource]);
  });

  it('rejects the pre-2025 filter value "database" naming the allowed values', async () => {
    await expectApiError(
      client(emulator).search({ filter: { property: 'object', value: 'database' as 'page' } }),
      400,
      'validation_error',
      'body failed validation: body.filter.value should be `"page"` or `"data_source"`, instead was `"database"`.',
    );
  });
});

describe('HTTP surface', () => {
  it('answers a CORS preflight from an extension origin', async () => {
    const response = await fetch(`${emulator.url}/v1/pages`, {
      method: 'OPTIONS',
      headers: {
        origin: 'chrome-extension://abcdefghijklmnop',
        'access-control-request-method': 'POST',
        'access-control-request-headers': 'authorization,notion-version,content-type',
      },
    });
    expect(response.status).toBe(204);
    expect(response.headers.get('access-control-allow-origin')).toBe(
      'chrome-extension://abcdefghijklmnop',
    );
    expect(response.headers.get('access-control-allow-headers')).toBe(
      'authorization,notion-version,content-type',
    );
    expect(response.headers.get('access-control-allow-methods')).toContain('PATCH');
  });

  it('sends CORS headers on errors too', async () => {
    const response = await raw(emulator, '/v1/users/me', {
      headers: { authorization: 'Bearer nope', origin: 'chrome-extension://x' },
    });
    expect(response.status).toBe(401);
    expect(response.headers.get('access-control-allow-origin')).toBe('chrome-extension://x');
  });

  it('rejects unknown routes, bad JSON and malformed path ids like Notion', async () => {
    expect((await raw(emulator, '/v1/comets')).body).toMatchObject({
      status: 400,
      code: 'invalid_request_url',
    });
    const badJson = await raw(emulator, '/v1/pages', {
      method: 'POST',
      body: '{nope',
      headers: { 'content-type': 'application/json' },
    });
    expect(badJson.body).toMatchObject({
      status: 400,
      code: 'invalid_json',
      message: 'Error parsing JSON body.',
    });
    const badId = await raw(emulator, '/v1/pages/not-an-id');
    expect(badId.body).toMatchObject({
      code: 'validation_error',
      message:
        'path failed validation: path.page_id should be a valid uuid, instead was `"not-an-id"`.',
    });
  });

  it('accepts ids without dashes in paths', async () => {
    const page = await client(emulator).pages.retrieve({
      page_id: DEMO.ids.inboxPage.replace(/-/g, ''),
    });
    expect(page.id).toBe(DEMO.ids.inboxPage);
  });
});
