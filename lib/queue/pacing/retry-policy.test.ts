import { describe, expect, it } from 'vitest';
import type { StoredError } from '../../notion/errors/errors';
import { DEFAULT_POLICY, backoffMs, decide } from './retry-policy';

const error = (status: number | null, code: string, extra: Partial<StoredError> = {}) => ({
  status,
  code,
  message: code,
  ...extra,
});
const never = () => 0.5;

describe('decide', () => {
  it('waits exactly the Retry-After of a 429 or 529', () => {
    const limited = error(429, 'rate_limited', { retry_after_seconds: 7 });
    expect(decide(limited, 1, true, DEFAULT_POLICY, never)).toEqual({
      kind: 'rate_limited',
      delayMs: 7_000,
    });
    const overloaded = error(529, 'service_overload', { retry_after_seconds: 2 });
    expect(decide(overloaded, 1, false, DEFAULT_POLICY, never)).toEqual({
      kind: 'rate_limited',
      delayMs: 2_000,
    });
  });

  it('waits a default time when a 429 names no Retry-After, and never gives up on it', () => {
    const limited = error(429, 'rate_limited');
    expect(decide(limited, 50, true, DEFAULT_POLICY, never)).toEqual({
      kind: 'rate_limited',
      delayMs: DEFAULT_POLICY.defaultRetryAfterMs,
    });
  });

  it('gives up when Notion blocked the integration', () => {
    const blocked = error(429, 'rate_limited', {
      additional_data: { rate_limit_reason: 'public_api_request_blocked' },
    });
    expect(decide(blocked, 1, true, DEFAULT_POLICY, never).kind).toBe('fail');
  });

  it('retries 5xx, timeouts and network errors, checking writes first', () => {
    for (const status of [500, 502, 503, 504]) {
      expect(decide(error(status, 'x'), 1, true, DEFAULT_POLICY, never)).toMatchObject({
        kind: 'retry',
        verify: true,
      });
      expect(decide(error(status, 'x'), 1, false, DEFAULT_POLICY, never)).toMatchObject({
        kind: 'retry',
        verify: false,
      });
    }
    for (const code of ['notionhq_client_request_timeout', 'network_error']) {
      expect(decide(error(null, code), 1, true, DEFAULT_POLICY, never).kind).toBe('retry');
    }
  });

  it('tries again later when a listing’s cursors kept expiring, up to the attempt limit', () => {
    const expired = error(null, 'listing_expired', { params: { restarts: '3' } });
    expect(decide(expired, 1, false, DEFAULT_POLICY, never).kind).toBe('retry');
    expect(decide(expired, DEFAULT_POLICY.maxAttempts, false, DEFAULT_POLICY, never).kind).toBe(
      'fail',
    );
  });

  it('waits for a write that may still be running before looking for it', () => {
    const timeout = decide(
      error(null, 'notionhq_client_request_timeout'),
      1,
      true,
      DEFAULT_POLICY,
      never,
    );
    expect(timeout).toMatchObject({ kind: 'retry', delayMs: DEFAULT_POLICY.settleMs });
    const badGateway = decide(error(502, 'bad_gateway'), 1, true, DEFAULT_POLICY, never);
    expect(badGateway.kind === 'retry' && badGateway.delayMs).toBeLessThan(DEFAULT_POLICY.settleMs);
  });

  it('parks a capture after too many failures in a row', () => {
    const max = DEFAULT_POLICY.maxAttempts;
    expect(decide(error(503, 'x'), max - 1, true, DEFAULT_POLICY, never).kind).toBe('retry');
    expect(decide(error(503, 'x'), max, true, DEFAULT_POLICY, never).kind).toBe('fail');
  });

  it('does not retry what retrying cannot fix', () => {
    for (const [status, code] of [
      [400, 'validation_error'],
      [403, 'restricted_resource'],
      [404, 'object_not_found'],
      [413, 'notionhq_client_response_error'],
    ] as const) {
      expect(decide(error(status, code), 1, true, DEFAULT_POLICY, never).kind).toBe('fail');
    }
  });

  it('asks for a new secret on 401 and for the network when offline', () => {
    expect(decide(error(401, 'unauthorized'), 1, true, DEFAULT_POLICY, never).kind).toBe(
      'reconnect',
    );
    expect(decide(error(null, 'offline'), 1, true, DEFAULT_POLICY, never).kind).toBe('offline');
  });
});

describe('backoffMs', () => {
  it('draws below a ceiling that doubles per attempt up to the maximum (full jitter)', () => {
    const policy = { ...DEFAULT_POLICY, baseDelayMs: 100, maxDelayMs: 1_000 };
    expect(backoffMs(policy, 0, () => 0)).toBe(0);
    expect(backoffMs(policy, 0, () => 0.999)).toBe(99);
    expect(backoffMs(policy, 2, () => 0.999)).toBe(399);
    expect(backoffMs(policy, 10, () => 0.999)).toBe(999);
  });
});
