import {
  APIErrorCode,
  APIResponseError,
  ClientErrorCode,
  InvalidPathParameterError,
  RequestTimeoutError,
  UnknownHTTPResponseError,
} from '@notionhq/client';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { describeError } from './describe-error';
import { NotionEngineError, toStoredError, type StoredError } from './errors';
import { para, paragraphs } from '../plan/testing/fixtures';
import { planRequests } from '../plan';

const SECRET = 'ntn_BVZPhmnwN7glD2TvdB6yzgzjBOp3vx61VjBVmKdX6wm5Dm';

function apiError(
  status: number,
  code: string,
  message = 'Notion says no.',
  extra: { additional_data?: Record<string, string>; headers?: Record<string, string> } = {},
): APIResponseError {
  return new APIResponseError({
    code: code as APIErrorCode,
    status,
    message,
    headers: extra.headers ?? {},
    rawBodyText: JSON.stringify({ object: 'error', status, code, message }),
    additional_data: extra.additional_data,
    request_id: 'req-1',
  });
}

/** Text a person reads: no codes, no JSON, no secret. */
function expectReadable(text: string): void {
  expect(text).not.toMatch(/[a-z]+_[a-z_]+/);
  expect(text).not.toMatch(/[{}[\]]/);
  expect(text.trim().length).toBeGreaterThan(5);
}

afterEach(() => vi.unstubAllGlobals());

describe('describeError', () => {
  const everyApiCode = Object.values(APIErrorCode).map((code) => [code] as const);
  it.each(everyApiCode)('explains %s in both languages without raw codes', (code) => {
    const status =
      { rate_limited: 429, unauthorized: 401, object_not_found: 404 }[code as string] ?? 400;
    for (const locale of ['en', 'ko'] as const) {
      const described = describeError(apiError(status, code), locale);
      for (const part of [described.title, described.detail, described.action])
        expectReadable(part);
      expect(described.raw).toContain(code);
    }
  });

  it.each(Object.values(ClientErrorCode).map((code) => [code] as const))('explains %s', (code) => {
    const error =
      code === ClientErrorCode.RequestTimeout
        ? new RequestTimeoutError()
        : code === ClientErrorCode.InvalidPathParameter
          ? new InvalidPathParameterError('bad path')
          : new UnknownHTTPResponseError({
              status: 418,
              message: undefined,
              headers: {},
              rawBodyText: '<html>',
            });
    const described = describeError(error, 'en');
    for (const part of [described.title, described.detail, described.action]) expectReadable(part);
  });

  it('says a 401 secret was revoked or mistyped', () => {
    const en = describeError(apiError(401, 'unauthorized', 'API token is invalid.'), 'en');
    expect(en.detail).toBe('This secret was revoked or mistyped.');
    expect(describeError(apiError(401, 'unauthorized'), 'ko').detail).toBe(
      '시크릿이 취소되었거나 잘못 입력되었습니다.',
    );
  });

  it('tells how to share on 404', () => {
    expect(describeError(apiError(404, 'object_not_found'), 'en').action).toContain(
      '••• → Connections',
    );
  });

  it('reads the rate limit reason and Retry-After', () => {
    const plain = describeError(
      apiError(429, 'rate_limited', 'slow', { headers: { 'Retry-After': '17' } }),
      'en',
    );
    expect(plain.action).toContain('17 s');
    const space = describeError(
      apiError(429, 'rate_limited', 'slow', {
        additional_data: { rate_limit_reason: 'public_api_space_request_rate_limit' },
      }),
      'en',
    );
    expect(space.detail).toContain('workspace');
    const blocked = describeError(
      apiError(429, 'rate_limited', 'blocked', {
        additional_data: { rate_limit_reason: 'public_api_request_blocked' },
      }),
      'en',
    );
    expect(blocked.title).toBe('Notion blocked this integration’s requests');
    expect(blocked.detail).toContain('won’t help');
  });

  it('handles 5xx codes the SDK does not know, 529 and a write that may have been saved', () => {
    const badGateway = new UnknownHTTPResponseError({
      status: 502,
      message: undefined,
      headers: {},
      rawBodyText: JSON.stringify({
        object: 'error',
        status: 502,
        code: 'bad_gateway',
        message: 'Bad gateway',
      }),
    });
    expect(toStoredError(badGateway)).toMatchObject({ status: 502, code: 'bad_gateway' });
    expect(describeError(badGateway, 'en').detail).toContain('HTTP 502');
    expect(describeError(apiError(529, 'service_overload'), 'en').title).toBe(
      'Notion is overloaded',
    );
    const maybe = apiError(503, 'service_unavailable', 'Unavailable', {
      additional_data: { retry_guidance: 'read_before_retry', committed_resource_id: 'abc' },
    });
    expect(describeError(maybe, 'en').detail).toContain('may have saved it');
  });

  it('says a 413 (a page, no JSON) means the request was too large, in both languages', () => {
    const tooLarge = new UnknownHTTPResponseError({
      status: 413,
      message: undefined,
      headers: { 'content-type': 'text/html' },
      rawBodyText: '<html><head><title>413 Payload Too Large</title></head></html>',
    });
    expect(toStoredError(tooLarge)).toMatchObject({ status: 413 });
    const en = describeError(tooLarge, 'en');
    expect(en.title).toBe('Notion refused a request as too large');
    expect(en.detail).toContain('500 KB');
    expect(en.raw).toContain('HTTP 413');
    const ko = describeError(tooLarge, 'ko');
    expect(ko.title).toBe('Notion이 요청이 너무 크다며 거부했습니다');
    for (const part of [en.title, en.detail, en.action, ko.title, ko.detail, ko.action])
      expectReadable(part);
    // Stored and read back after a restart, it reads the same.
    const stored = JSON.parse(JSON.stringify(toStoredError(tooLarge))) as StoredError;
    expect(describeError(stored, 'en')).toEqual(en);
  });

  it('says when a database’s options reached Notion’s schema size, in both languages', () => {
    const full = apiError(
      400,
      'validation_error',
      'You have exceeded the maximum database property schema size.',
    );
    const en = describeError(full, 'en');
    expect(en.title).toBe('This database can’t take more options');
    expect(en.action).toContain('delete options');
    const ko = describeError(full, 'ko');
    expect(ko.title).toBe('이 데이터베이스에는 옵션을 더 추가할 수 없습니다');
    for (const part of [en.title, en.detail, en.action, ko.title, ko.detail, ko.action])
      expectReadable(part);
    expect(describeError(apiError(400, 'validation_error'), 'en').title).toBe(
      'Notion refused what was sent',
    );
  });

  it('tells offline from other network failures', () => {
    const failed = new TypeError('Failed to fetch');
    expect(describeError(failed, 'en').title).toBe('Couldn’t reach Notion');
    vi.stubGlobal('navigator', { onLine: false });
    expect(describeError(failed, 'en').title).toBe('You’re offline');
  });

  it('treats an aborted fetch as a timeout', () => {
    const aborted = new DOMException('The operation timed out.', 'TimeoutError');
    expect(describeError(aborted, 'en').title).toBe('Notion took too long to answer');
  });

  it('explains engine errors with their details', () => {
    const secret = describeError(
      new NotionEngineError('secret_format', { problem: 'short' }),
      'en',
    );
    expect(secret.detail).toContain('cut off');
    const base = describeError(
      new NotionEngineError('api_base_refused', { apiBase: 'https://evil.example' }),
      'en',
    );
    expect(base.detail).toContain('https://evil.example');
    const shared = describeError(
      new NotionEngineError('not_shared', { integration: 'Quick Capture' }),
      'ko',
    );
    expect(shared.action).toContain('Quick Capture');
    const capability = describeError(
      new NotionEngineError('missing_capability', { capability: 'insert_content' }),
      'en',
    );
    expect(capability.detail).toContain('Insert content');
  });

  it('says which part is too large when the planner refuses a capture', () => {
    let thrown: unknown;
    try {
      // One paragraph of 600,000 characters: no request can carry it.
      planRequests({ kind: 'data_source', dataSourceId: 'ds' }, {}, [
        ...paragraphs(2),
        para('x'.repeat(600_000)),
      ]);
    } catch (error) {
      thrown = error;
    }
    const failure = describeError(thrown, 'en');
    expect(failure.title).toBe('Part of this page is too large for Notion');
    expect(failure.raw).toMatch(/^block_too_large/);
    expectReadable(failure.detail);
    expect(describeError(thrown, 'ko').title).toBe(
      '이 페이지의 일부가 Notion에 보내기에 너무 큽니다',
    );
  });

  it('describes a stored record exactly like the live error, after a JSON round trip', () => {
    const live = apiError(429, 'rate_limited', 'slow', {
      headers: { 'retry-after': '30' },
      additional_data: { rate_limit_reason: 'public_api_request_rate_limit' },
    });
    const stored = JSON.parse(JSON.stringify(toStoredError(live))) as StoredError;
    expect(stored).toEqual({
      status: 429,
      code: 'rate_limited',
      message: 'slow',
      additional_data: { rate_limit_reason: 'public_api_request_rate_limit' },
      retry_after_seconds: 30,
      request_id: 'req-1',
    });
    expect(describeError(stored, 'ko')).toEqual(describeError(live, 'ko'));
    const engine = JSON.parse(
      JSON.stringify(toStoredError(new NotionEngineError('not_shared', { integration: 'Bot' }))),
    );
    expect(describeError(engine, 'en').detail).toBe('It isn’t shared with Bot, or it was deleted.');
  });

  it('falls back for anything unknown and never leaks a secret', () => {
    const described = describeError(new Error(`boom with ${SECRET}`), 'en');
    expect(described.title).toBe('Something went wrong');
    expect(described.raw).toContain('boom');
    expect(JSON.stringify(described)).not.toContain(SECRET.slice(4));
    expect(describeError('a string was thrown', 'en').title).toBe('Something went wrong');
    expect(describeError(undefined, 'en').raw).toBe('unknown — undefined');
  });

  it('fits the messaging protocol shape', () => {
    const described = describeError(apiError(409, 'conflict_error'), 'en');
    expect(Object.keys(described).sort()).toEqual(['action', 'detail', 'raw', 'title']);
  });
});
