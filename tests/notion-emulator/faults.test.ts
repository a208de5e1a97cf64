/** Injected failures: statuses with Notion's codes, delays, dropped connections, 503 after commit. */
import { APIResponseError, RequestTimeoutError } from '@notionhq/client';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { RunningEmulator } from './index.ts';
import { EmulatorAdmin, RETRY_GUIDANCE } from './index.ts';
import {
  DEMO,
  client,
  expectApiError,
  paragraph,
  retryAfter,
  start,
  text,
} from './test-helpers.ts';

let emulator: RunningEmulator;
let admin: EmulatorAdmin;
beforeAll(async () => {
  emulator = await start();
  admin = new EmulatorAdmin(emulator.url);
});
beforeEach(() => admin.clearFaults());
afterAll(() => emulator.close());

const createRow = (title: string) =>
  client(emulator).pages.create({
    parent: { data_source_id: DEMO.ids.readingListDataSource },
    properties: { Name: { title: text(title) } },
  });

describe('status faults', () => {
  it.each([
    [500, 'internal_server_error'],
    [502, 'bad_gateway'],
    [503, 'service_unavailable'],
    [504, 'gateway_timeout'],
    [529, 'service_overload'],
  ] as const)('answers %i with %s for the next matching request only', async (status, code) => {
    await admin.injectFault({
      method: 'GET',
      path: '/v1/users/me',
      action: { type: 'status', status },
    });
    const error = await client(emulator)
      .users.me({})
      .catch((e: unknown) => e);
    // The SDK knows some of these codes and reports the others as unknown responses.
    expect(error).toMatchObject({ status });
    if (error instanceof APIResponseError) expect(error.code).toBe(code);
    else expect(String((error as { body?: string }).body)).toContain(`"code":"${code}"`);
    expect((await client(emulator).users.me({})).id).toBe(DEMO.integrations.main.botId);
  });

  it('can answer 429 with a Retry-After and a chosen reason', async () => {
    await admin.injectFault({
      path: '/v1/search',
      action: {
        type: 'status',
        status: 429,
        retryAfterSeconds: 120,
        additionalData: { rate_limit_reason: 'public_api_space_request_rate_limit' },
      },
    });
    const error = await expectApiError(client(emulator).search({}), 429, 'rate_limited');
    expect(retryAfter(error)).toBe('120');
    expect(error.additional_data).toEqual({
      rate_limit_reason: 'public_api_space_request_rate_limit',
    });
  });

  it('matches path globs with bare or dashed ids, a method, a count and an integration', async () => {
    await admin.injectFault({
      method: 'PATCH',
      path: `/v1/blocks/${DEMO.ids.inboxPage.replace(/-/g, '')}/children`,
      times: 2,
      integration: 'Quick Capture',
      action: { type: 'status', status: 500 },
    });
    const append = () =>
      client(emulator).blocks.children.append({
        block_id: DEMO.ids.inboxPage,
        children: [paragraph('x')],
      });
    await expectApiError(append(), 500, 'internal_server_error');
    await expectApiError(append(), 500, 'internal_server_error');
    await append();
    await admin.injectFault({ path: '/v1/pages/*', action: { type: 'status', status: 500 } });
    await client(emulator).blocks.children.list({ block_id: DEMO.ids.inboxPage });
    await expectApiError(
      client(emulator).pages.retrieve({ page_id: DEMO.ids.inboxPage }),
      500,
      'internal_server_error',
    );
  });
});

describe('connection faults', () => {
  it('delays an answer past the client timeout', async () => {
    await admin.injectFault({ path: '/v1/users/me', action: { type: 'delay', ms: 400 } });
    const error = await client(emulator, undefined, 100)
      .users.me({})
      .catch((e: unknown) => e);
    expect(RequestTimeoutError.isRequestTimeoutError(error)).toBe(true);
  });

  it('drops the connection without an answer, before or after the write', async () => {
    await admin.injectFault({ method: 'POST', path: '/v1/pages', action: { type: 'drop' } });
    await expect(createRow('dropped before')).rejects.toThrow();
    await admin.injectFault({
      method: 'POST',
      path: '/v1/pages',
      action: { type: 'drop', afterCommit: true },
    });
    await expect(createRow('dropped after')).rejects.toThrow();
    const titles = emulator
      .listPages({ dataSource: DEMO.ids.readingListDataSource })
      .map((p) => JSON.stringify(p.properties));
    expect(titles.some((t) => t.includes('dropped after'))).toBe(true);
    expect(titles.some((t) => t.includes('dropped before'))).toBe(false);
    expect(emulator.requestLog().filter((r) => r.status === 0)).toHaveLength(2);
  });

  it('cuts an answer off halfway after the write: the caller gets no answer to read', async () => {
    await admin.injectFault({
      method: 'POST',
      path: '/v1/pages',
      action: { type: 'drop', afterCommit: true, midAnswer: true },
    });
    await expect(createRow('cut off')).rejects.toThrow();
    const titles = emulator
      .listPages({ dataSource: DEMO.ids.readingListDataSource })
      .map((p) => JSON.stringify(p.properties));
    expect(titles.some((t) => t.includes('cut off'))).toBe(true);
  });
});

describe('503 after commit', () => {
  it('saves the page, then answers 503 naming it in committed_resource_id', async () => {
    await admin.injectFault({
      method: 'POST',
      path: '/v1/pages',
      action: { type: '503-after-commit' },
    });
    const error = await expectApiError(createRow('saved anyway'), 503, 'service_unavailable');
    const id = error.additional_data?.committed_resource_id;
    expect(error.additional_data?.retry_guidance).toBe(RETRY_GUIDANCE);
    expect(typeof id).toBe('string');
    const page = await client(emulator).pages.retrieve({ page_id: String(id) });
    expect('properties' in page && page.properties.Name).toMatchObject({
      title: [{ plain_text: 'saved anyway' }],
    });
  });

  it('appends the children, then answers 503 with committed_child_ids in order', async () => {
    const notion = client(emulator);
    const page = await notion.pages.create({
      parent: { page_id: DEMO.ids.inboxPage },
      properties: {},
    });
    await admin.injectFault({
      method: 'PATCH',
      path: '/v1/blocks/*/children',
      action: { type: '503-after-commit' },
    });
    const error = await expectApiError(
      notion.blocks.children.append({
        block_id: page.id,
        children: [paragraph('a'), paragraph('b')],
      }),
      503,
      'service_unavailable',
    );
    const listed = await notion.blocks.children.list({ block_id: page.id });
    expect(error.additional_data?.committed_child_ids).toEqual(listed.results.map((b) => b.id));
    expect(listed.results).toHaveLength(2);
  });

  it('commits nothing when the write itself is invalid', async () => {
    await admin.injectFault({
      method: 'POST',
      path: '/v1/pages',
      action: { type: '503-after-commit' },
    });
    await expectApiError(
      client(emulator).pages.create({
        parent: { data_source_id: DEMO.ids.readingListDataSource },
        properties: { Nope: { rich_text: [] } },
      }),
      400,
      'validation_error',
    );
  });
});
