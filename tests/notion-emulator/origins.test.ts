/**
 * Who the emulator answers while the demo runs: the admin API only this computer's own
 * callers (loopback `Host`, no foreign `Origin`), CORS only extension origins.
 */
import { request } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isExtensionOrigin, isLoopbackHost } from './http-utils';
import { startEmulator, type RunningEmulator } from './index';

let emulator: RunningEmulator;
beforeAll(async () => {
  emulator = await startEmulator({ seed: 'demo', rateLimit: false });
});
afterAll(async () => {
  await emulator.close();
});

/** A raw request, so that `Host` can be anything (fetch would not let it be set). */
function send(
  method: string,
  path: string,
  headers: Record<string, string>,
): Promise<{ status: number; headers: Record<string, unknown> }> {
  return new Promise((resolve, reject) => {
    const req = request(
      { host: '127.0.0.1', port: emulator.port, method, path, headers },
      (res) => {
        res.resume();
        res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers }));
      },
    );
    req.on('error', reject);
    req.end();
  });
}

describe('the rules', () => {
  it.each([
    ['127.0.0.1:4010', true],
    ['localhost:4010', true],
    ['[::1]:4010', true],
    ['localhost', true],
    ['evil.example:4010', false],
    ['127.0.0.1.nip.io:4010', false],
    ['', false],
  ])('Host %j is loopback: %s', (host, loopback) => {
    expect(isLoopbackHost(host)).toBe(loopback);
  });

  it.each([
    ['chrome-extension://abcdefghijklmnopabcdefghijklmnop', true],
    ['moz-extension://0d4f1b3a-6f0e-4c8e-9b51-2f1a0e9c7d11', true],
    ['https://evil.example', false],
    ['http://127.0.0.1:4010', false],
    ['null', false],
    ['chrome-extension://abc/path', false],
  ])('Origin %j is an extension: %s', (origin, extension) => {
    expect(isExtensionOrigin(origin)).toBe(extension);
  });
});

describe('the admin API', () => {
  const own = () => `127.0.0.1:${emulator.port}`;

  it('answers Node (no Origin) and the viewer’s own origin', async () => {
    expect((await send('GET', '/__emulator/health', { host: own() })).status).toBe(200);
    const viewer = { host: own(), origin: `http://127.0.0.1:${emulator.port}` };
    expect((await send('GET', '/__emulator/health', viewer)).status).toBe(200);
  });

  it('refuses a web page, and a name rebound to this computer, and sends no CORS', async () => {
    const before = emulator.listPages().length;
    const page = await send('POST', '/__emulator/reset', {
      host: own(),
      origin: 'https://evil.example',
    });
    expect(page.status).toBe(403);
    expect(page.headers['access-control-allow-origin']).toBeUndefined();
    const rebound = await send('POST', '/__emulator/reset', {
      host: `evil.example:${emulator.port}`,
    });
    expect(rebound.status).toBe(403);
    const extension = await send('GET', '/__emulator/pages', {
      host: own(),
      origin: 'chrome-extension://abcdefghijklmnop',
    });
    expect(extension.status).toBe(403);
    const preflight = await send('OPTIONS', '/__emulator/reset', {
      host: own(),
      origin: 'https://evil.example',
      'access-control-request-method': 'POST',
    });
    expect(preflight.headers['access-control-allow-origin']).toBeUndefined();
    expect(emulator.listPages().length).toBe(before);
  });
});

describe('the Notion API', () => {
  it('answers CORS for extension origins only', async () => {
    const ask = (origin: string) =>
      send('GET', '/v1/users/me', { host: `127.0.0.1:${emulator.port}`, origin });
    const chrome = await ask('chrome-extension://abcdefghijklmnop');
    expect(chrome.headers['access-control-allow-origin']).toBe(
      'chrome-extension://abcdefghijklmnop',
    );
    const firefox = await ask('moz-extension://0d4f1b3a-6f0e-4c8e-9b51-2f1a0e9c7d11');
    expect(firefox.headers['access-control-allow-origin']).toBe(
      'moz-extension://0d4f1b3a-6f0e-4c8e-9b51-2f1a0e9c7d11',
    );
    const site = await ask('https://evil.example');
    expect(site.headers['access-control-allow-origin']).toBeUndefined();
  });
});
