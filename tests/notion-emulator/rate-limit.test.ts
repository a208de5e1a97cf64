/** The per-integration budget, Retry-After, and the admin switch. A fake clock avoids waiting. */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { RunningEmulator } from './index.ts';
import { EmulatorAdmin } from './index.ts';
import { DEMO, client, expectApiError, retryAfter, start } from './test-helpers.ts';

let emulator: RunningEmulator;
let now = Date.parse('2026-03-11T00:00:00Z');
beforeAll(async () => {
  emulator = await start({ rateLimit: { requests: 3, windowMs: 10_000 }, now: () => now });
});
beforeEach(() => {
  emulator.setRateLimit({ requests: 3, windowMs: 10_000 });
});
afterAll(() => emulator.close());

describe('rate limiting', () => {
  it('answers 429 rate_limited once the window budget is spent, with Retry-After until it resets', async () => {
    const notion = client(emulator);
    for (let i = 0; i < 3; i++) await notion.users.me({});
    now += 4_500;
    const error = await expectApiError(notion.users.me({}), 429, 'rate_limited');
    expect(retryAfter(error)).toBe('6');
    expect(error.additional_data).toEqual({ rate_limit_reason: 'public_api_request_rate_limit' });
    now += 5_500;
    expect((await notion.users.me({})).id).toBe(DEMO.integrations.main.botId);
  });

  it('keeps separate budgets per integration', async () => {
    for (let i = 0; i < 3; i++) await client(emulator).users.me({});
    await expectApiError(client(emulator).users.me({}), 429, 'rate_limited');
    expect((await client(emulator, DEMO.integrations.reader.secret).users.me({})).id).toBe(
      DEMO.integrations.reader.botId,
    );
  });

  it('does not limit the admin API, which can change or lift the budget', async () => {
    const admin = new EmulatorAdmin(emulator.url);
    for (let i = 0; i < 10; i++) await admin.health();
    await admin.setRateLimit({ requests: 1, windowMs: 60_000 });
    expect(await admin.getRateLimit()).toEqual({ requests: 1, windowMs: 60_000 });
    await client(emulator).users.me({});
    const error = await expectApiError(client(emulator).users.me({}), 429, 'rate_limited');
    expect(retryAfter(error)).toBe('60');
    await admin.setRateLimit(false);
    for (let i = 0; i < 5; i++) await client(emulator).users.me({});
  });
});
