import { afterEach, describe, expect, it, vi } from 'vitest';
import { isUnderApiBase, normalizeApiBase } from './api-base';
import { checkSecretFormat, maskSecret } from './secret';

const NTN = 'ntn_BVZPhmnwN7glD2TvdB6yzgzjBOp3vx61VjBVmKdX6wm5Dm';
const OLD = 'secret_AbCdEfGhIjKlMnOpQrStUvWxYz0123456789abcdefg';

describe('checkSecretFormat', () => {
  it.each([
    [NTN, NTN],
    [OLD, OLD],
    [`  ${NTN}\n`, NTN],
    [`"${NTN}"`, NTN],
    [`Bearer ${NTN}`, NTN],
  ])('accepts %j', (pasted, secret) => {
    expect(checkSecretFormat(pasted)).toEqual({ ok: true, secret });
  });

  it.each([
    ['', 'empty'],
    ['   ', 'empty'],
    ['BVZPhmnwN7glD2TvdB6yzgzjBOp3vx61VjBVmKdX6wm5Dm', 'prefix'],
    ['https://www.notion.so/Page-0123456789abcdef0123456789abcdef', 'prefix'],
    ['ntn_', 'short'],
    ['ntn_BVZPhmnwN7gl', 'short'],
    ['ntn_BVZPhmnw N7glD2TvdB6yzgzjBOp3vx61V', 'characters'],
    ['ntn_BVZPhmnw-N7glD2TvdB6yzgzjBOp3vx61V', 'characters'],
  ])('refuses %j as %s', (pasted, problem) => {
    expect(checkSecretFormat(pasted)).toEqual({ ok: false, problem });
  });
});

describe('maskSecret', () => {
  it('shows the prefix and the last four characters only', () => {
    expect(maskSecret(NTN)).toBe('ntn_••••••••m5Dm');
    expect(maskSecret(OLD)).toBe('secret_••••••••defg');
    expect(maskSecret('ntn_short')).toBe('ntn_••••••••');
  });
});

describe('normalizeApiBase', () => {
  it.each([
    ['', 'https://api.notion.com'],
    [undefined, 'https://api.notion.com'],
    ['https://api.notion.com', 'https://api.notion.com'],
    ['https://api.notion.com/', 'https://api.notion.com'],
    ['https://api.notion.com/v1', 'https://api.notion.com'],
    ['HTTPS://API.NOTION.COM', 'https://api.notion.com'],
  ])('allows %j', (input, base) => {
    expect(normalizeApiBase(input, { allowLoopback: false })).toBe(base);
    expect(normalizeApiBase(input, { allowLoopback: true })).toBe(base);
  });

  it.each([
    ['http://127.0.0.1:4567', 'http://127.0.0.1:4567'],
    ['http://localhost:8080/', 'http://localhost:8080'],
    ['http://[::1]:9000', 'http://[::1]:9000'],
  ])('allows loopback %j only where loopback is allowed', (input, base) => {
    expect(normalizeApiBase(input, { allowLoopback: true })).toBe(base);
    expect(normalizeApiBase(input, { allowLoopback: false })).toBeNull();
  });

  it.each([
    'http://api.notion.com',
    'https://api.notion.com:8443',
    'https://api.notion.com.evil.example',
    'https://notion-proxy.example.com',
    'https://127.0.0.1:4567',
    'http://192.168.1.10:4567',
    'http://user:pass@127.0.0.1:4567',
    'http://127.0.0.1:4567/other',
    'https://api.notion.com/?x=1',
    'not a url',
    'file:///etc/passwd',
  ])('refuses %j', (input) => {
    expect(normalizeApiBase(input, { allowLoopback: true })).toBeNull();
    expect(normalizeApiBase(input, { allowLoopback: false })).toBeNull();
  });

  it('checks request URLs against the base', () => {
    expect(isUnderApiBase('https://api.notion.com/v1/users/me', 'https://api.notion.com')).toBe(
      true,
    );
    expect(isUnderApiBase('https://example.com/v1/users/me', 'https://api.notion.com')).toBe(false);
    expect(isUnderApiBase('http://127.0.0.1:1/v1/x', 'http://127.0.0.1:2')).toBe(false);
    expect(isUnderApiBase('https://api.notion.com/admin', 'https://api.notion.com')).toBe(false);
  });
});

describe('the API base rule of each build', () => {
  afterEach(() => {
    vi.unstubAllEnvs();
    vi.resetModules();
  });

  // The default comes from the build's mode, read when the module loads: each case loads
  // a fresh copy under the mode it names.
  async function ruleUnder(mode: string) {
    vi.stubEnv('MODE', mode);
    vi.resetModules();
    return (await import('./api-base')).normalizeApiBase;
  }

  it('refuses loopback in the production build', async () => {
    const rule = await ruleUnder('production');
    expect(rule('http://127.0.0.1:4010')).toBeNull();
    expect(rule('http://localhost:4010')).toBeNull();
    expect(rule('https://api.notion.com')).toBe('https://api.notion.com');
  });

  it('allows loopback in the test build', async () => {
    const rule = await ruleUnder('test');
    expect(rule('http://127.0.0.1:4010')).toBe('http://127.0.0.1:4010');
  });
});
