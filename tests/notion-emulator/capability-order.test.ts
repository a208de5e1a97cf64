/**
 * A token without the capability an endpoint needs is refused for the endpoint as a whole
 * (403 `restricted_resource`, "Insufficient permissions for this endpoint."), before its
 * body is validated or its object looked up. Notion does not document the order; its
 * endpoint-wide wording suggests it, and the connection doctor's probes (a request that
 * can change nothing) rely on it only to say "not refused".
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { RunningEmulator } from './index.ts';
import { DEMO, client, expectApiError, raw, start } from './test-helpers.ts';

let emulator: RunningEmulator;
beforeAll(async () => {
  emulator = await start();
});
beforeEach(() => emulator.reset());
afterAll(() => emulator.close());

const NO_OBJECT = '00000000-0000-0000-0000-000000000000';

function send(secret: string, method: 'POST' | 'PATCH', path: string) {
  return raw(emulator, path, {
    method,
    headers: { authorization: `Bearer ${secret}`, 'content-type': 'application/json' },
    body: '{}',
  });
}

const token = (botId: string) => emulator.workspace.integrations.find((i) => i.botId === botId)!;

describe('capability before body and object', () => {
  it('refuses a page creation without insert content before reading the body', async () => {
    const refused = await send(DEMO.integrations.reader.secret, 'POST', '/v1/pages');
    expect(refused).toMatchObject({
      status: 403,
      body: { code: 'restricted_resource', message: 'Insufficient permissions for this endpoint.' },
    });
    const allowed = await send(DEMO.integrations.main.secret, 'POST', '/v1/pages');
    expect(allowed).toMatchObject({ status: 400, body: { code: 'validation_error' } });
  });

  it('refuses a page update without update content before looking the page up', async () => {
    const path = `/v1/pages/${NO_OBJECT}`;
    expect(await send(DEMO.integrations.reader.secret, 'PATCH', path)).toMatchObject({
      status: 403,
      body: { code: 'restricted_resource' },
    });
    expect(await send(DEMO.integrations.main.secret, 'PATCH', path)).toMatchObject({
      status: 404,
      body: { code: 'object_not_found' },
    });
  });

  it('holds a PAT to its capabilities as an integration', async () => {
    token(DEMO.personalTokens.ada.botId).capabilities.insert = false;
    expect(await send(DEMO.personalTokens.ada.secret, 'POST', '/v1/pages')).toMatchObject({
      status: 403,
      body: { code: 'restricted_resource' },
    });
    expect(
      await send(DEMO.personalTokens.ada.secret, 'PATCH', `/v1/pages/${NO_OBJECT}`),
    ).toMatchObject({ status: 404 });
  });

  it('answers a PAT refused by its workspace the same on every endpoint, users/me included', async () => {
    emulator.workspace.info.personalTokens = 'nobody';
    await expectApiError(
      client(emulator, DEMO.personalTokens.ada.secret).users.me({}),
      403,
      'restricted_resource',
    );
    expect(await send(DEMO.personalTokens.ada.secret, 'POST', '/v1/pages')).toMatchObject({
      status: 403,
      body: { code: 'restricted_resource' },
    });
  });
});
