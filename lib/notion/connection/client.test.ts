import { APIResponseError, Client, RequestTimeoutError } from '@notionhq/client';
import { describe, expect, it, vi } from 'vitest';
import { DEMO } from '../../../tests/notion-emulator';
import { createNotionClient } from './client';
import { describeError } from '../errors/describe-error';
import { NotionEngineError } from '../errors/errors';
import { useEmulator } from '../testing/emulator';

const emulator = useEmulator();

const secret = DEMO.integrations.main.secret;

describe('createNotionClient (against the emulator)', () => {
  it('speaks API version 2026-03-11, which the SDK does not default to', async () => {
    const ours = createNotionClient({ secret, apiBase: emulator.url });
    await expect(ours.users.me({})).resolves.toMatchObject({ id: DEMO.integrations.main.botId });
    const sdkDefault = new Client({
      auth: secret,
      baseUrl: emulator.url,
      retry: false,
      logger: () => {},
    });
    await expect(sdkDefault.users.me({})).rejects.toMatchObject({ status: 400 });
  });

  it('never retries by itself: one 429 or 503 is one request', async () => {
    const client = createNotionClient({ secret, apiBase: emulator.url });
    emulator.injectFault({
      path: '/v1/users/me',
      times: 2,
      action: { type: 'status', status: 429, retryAfterSeconds: 1 },
    });
    const before = emulator.requestLog().length;
    const error = await client.users.me({}).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(APIResponseError);
    expect(emulator.requestLog().length - before).toBe(1);
    expect(describeError(error, 'en').action).toContain('1 s');
    emulator.clearFaults();
    emulator.injectFault({
      method: 'GET',
      path: '/v1/users/me',
      action: { type: 'status', status: 503 },
    });
    await expect(client.users.me({})).rejects.toMatchObject({ status: 503 });
    expect(emulator.requestLog().length - before).toBe(2);
  });

  it('gives up on a slow answer with a timeout error', async () => {
    const client = createNotionClient({ secret, apiBase: emulator.url, timeoutMs: 100 });
    emulator.injectFault({ path: '/v1/users/me', action: { type: 'delay', ms: 1000 } });
    const error = await client.users.me({}).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(RequestTimeoutError);
    expect(describeError(error, 'en').title).toBe('Notion took too long to answer');
  });

  it('refuses to be built for another host, and sends requests to its base only', async () => {
    expect(() => createNotionClient({ secret, apiBase: 'https://example.com' })).toThrow(
      NotionEngineError,
    );
    const seen: string[] = [];
    const spy = vi.fn((input: RequestInfo | URL, init?: RequestInit) => {
      seen.push(String(input));
      return fetch(input, init);
    });
    const client = createNotionClient({ secret, apiBase: emulator.url, fetch: spy });
    await client.users.me({});
    await client.search({ page_size: 1 });
    expect(seen.every((url) => url.startsWith(`${emulator.url}/v1/`))).toBe(true);
    expect(spy).toHaveBeenCalledTimes(2);
  });

  it('answers a dropped connection with a network failure people can read', async () => {
    const client = createNotionClient({ secret, apiBase: emulator.url });
    emulator.injectFault({ path: '/v1/users/me', action: { type: 'drop' } });
    const error = await client.users.me({}).catch((e: unknown) => e);
    expect(describeError(error, 'en').title).toBe('Couldn’t reach Notion');
  });
});
