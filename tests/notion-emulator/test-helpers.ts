/** Shared by the emulator's own tests: a started emulator and SDK clients pointed at it. */
import { APIResponseError, Client, UnknownHTTPResponseError } from '@notionhq/client';
import { expect } from 'vitest';
import { DEMO, startEmulator, type EmulatorOptions, type RunningEmulator } from './index.ts';

export { DEMO };

export async function start(options: EmulatorOptions = {}): Promise<RunningEmulator> {
  return startEmulator({ rateLimit: false, ...options });
}

/** The real SDK as the extension builds it: explicit version, no in-memory retries. */
export function client(
  emulator: RunningEmulator,
  secret: string = DEMO.integrations.main.secret,
  timeoutMs?: number,
): Client {
  return new Client({
    auth: secret,
    baseUrl: emulator.url,
    notionVersion: '2026-03-11',
    retry: false,
    timeoutMs,
    logLevel: undefined,
    logger: () => {},
  });
}

/** Awaits a rejection from the SDK and checks Notion's status, code and message. */
export async function expectApiError(
  promise: Promise<unknown>,
  status: number,
  code: string,
  message?: string | RegExp,
): Promise<APIResponseError> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error, 'the request should have failed').toBeInstanceOf(APIResponseError);
  const apiError = error as APIResponseError;
  expect({ status: apiError.status, code: apiError.code }).toEqual({ status, code });
  if (typeof message === 'string') expect(apiError.message).toBe(message);
  else if (message) expect(apiError.message).toMatch(message);
  return apiError;
}

/**
 * Awaits the SDK's rejection of a body over Notion's size limit: HTTP 413 with a page
 * that is no JSON error, which the SDK reports as an UnknownHTTPResponseError.
 */
export async function expectTooLarge(promise: Promise<unknown>): Promise<UnknownHTTPResponseError> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error, 'the request should have failed').toBeInstanceOf(UnknownHTTPResponseError);
  const unknown = error as UnknownHTTPResponseError;
  expect(unknown.status).toBe(413);
  expect(() => JSON.parse(unknown.body) as unknown).toThrow();
  return unknown;
}

export const text = (content: string) => [{ type: 'text' as const, text: { content } }];
export const paragraph = (content: string) => ({ paragraph: { rich_text: text(content) } });

/** Raw fetch against the emulator, for what the SDK cannot send (bad headers, bad JSON). */
export async function raw(
  emulator: RunningEmulator,
  path: string,
  init: RequestInit = {},
  withDefaults = true,
): Promise<{ status: number; headers: Headers; body: Record<string, unknown> }> {
  const headers = new Headers(init.headers);
  if (withDefaults) {
    if (!headers.has('authorization'))
      headers.set('authorization', `Bearer ${DEMO.integrations.main.secret}`);
    if (!headers.has('notion-version')) headers.set('notion-version', '2026-03-11');
  }
  const response = await fetch(`${emulator.url}${path}`, { ...init, headers });
  const textBody = await response.text();
  return {
    status: response.status,
    headers: response.headers,
    body: textBody ? (JSON.parse(textBody) as Record<string, unknown>) : {},
  };
}

/** The `Retry-After` header of an SDK error (the SDK types headers loosely). */
export function retryAfter(error: APIResponseError): string | null {
  return (error.headers as Headers).get('retry-after');
}
