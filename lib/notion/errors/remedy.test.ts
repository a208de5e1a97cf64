import { describe, expect, it } from 'vitest';
import type { StoredError } from './errors';
import { remedyOf } from './remedy';

const error = (code: string, status: number | null = 400): StoredError => ({
  status,
  code,
  message: code,
});

describe('remedyOf', () => {
  it('asks for a new secret, never a retry, when Notion refused the secret', () => {
    expect(
      remedyOf('waiting', { reason: 'reconnect', until: null }, error('unauthorized', 401)),
    ).toBe('replace_secret');
    expect(remedyOf('needs_attention', null, error('unauthorized', 401))).toBe('replace_secret');
  });

  it('opens the target when Notion cannot find it (not shared with the integration)', () => {
    expect(remedyOf('needs_attention', null, error('object_not_found', 404))).toBe('open_target');
    expect(remedyOf('needs_attention', null, error('not_shared', null))).toBe('open_target');
  });

  it('offers a retry for other failures', () => {
    expect(remedyOf('needs_attention', null, error('validation_error'))).toBe('retry');
    expect(remedyOf('needs_attention', null, error('internal_server_error', 500))).toBe('retry');
    expect(remedyOf('needs_attention', null, null)).toBe('retry');
  });

  it('offers nothing while a wait fixes itself, nor once the capture is done', () => {
    expect(
      remedyOf('waiting', { reason: 'rate_limited', until: 5 }, error('rate_limited', 429)),
    ).toBe(null);
    expect(remedyOf('waiting', { reason: 'offline', until: null }, null)).toBe(null);
    expect(remedyOf('queued', null, null)).toBe(null);
    expect(remedyOf('saved', null, null)).toBe(null);
    expect(remedyOf('undone', null, null)).toBe(null);
    expect(remedyOf('discarded', null, error('unauthorized', 401))).toBe(null);
  });
});
