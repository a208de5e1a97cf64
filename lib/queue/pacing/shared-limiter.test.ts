/**
 * One budget per connection, whoever asks: the queue's requests and the pages' reads
 * (schema, "already saved", relation search) wait their turn at the same limiter, and a
 * rate-limited answer to either pauses both.
 */
import { Client } from '@notionhq/client';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DEMO } from '../../../tests/notion-emulator';
import { createNotionClient } from '../../notion/connection/client';
import { toStoredError } from '../../notion/errors/errors';
import { paragraphs } from '../../notion/plan/testing/fixtures';
import { systemClock } from './clock';
import { RateLimiter, requestLimit } from './limiter';
import { DEFAULT_POLICY, decide } from './retry-policy';
import {
  captureOf,
  readingList,
  rowProperties,
  startHarness,
  type Harness,
} from '../testing/harness';
import { peakInWindow } from '../testing/rate-audit';

const BUDGET = { requests: 12, windowMs: 1_000, burst: 3 };

const rateLimitWait = (error: unknown) => {
  const decision = decide(toStoredError(error), 1, false, DEFAULT_POLICY, () => 0);
  return decision.kind === 'rate_limited' ? decision.delayMs : null;
};

let h: Harness;
let limiter: RateLimiter;
let pageClient: Client;
beforeEach(async () => {
  h = await startHarness({ rateLimit: { requests: BUDGET.requests, windowMs: BUDGET.windowMs } });
  limiter = new RateLimiter(BUDGET, systemClock);
  pageClient = createNotionClient({
    secret: DEMO.integrations.main.secret,
    apiBase: h.emulator.url,
    limit: requestLimit(limiter, systemClock, rateLimitWait),
  });
});
afterEach(async () => {
  await h.close();
});

describe('the connection’s limiter, shared', () => {
  it('keeps the queue and the pages’ reads together within the budget of any window', async () => {
    const queue = h.queue({ limiterFor: () => limiter });
    await queue.start();
    for (let i = 0; i < 5; i++) {
      const title = `Shared budget ${i}`;
      await queue.enqueue(captureOf(readingList, title, paragraphs(2)), rowProperties(title));
    }
    // A popup open meanwhile: schema reads and "already saved" look-ups.
    const reads = Array.from({ length: 16 }, (_, i) =>
      i % 2 === 0
        ? pageClient.dataSources.retrieve({ data_source_id: DEMO.ids.readingListDataSource })
        : pageClient.dataSources.query({
            data_source_id: DEMO.ids.readingListDataSource,
            page_size: 1,
          }),
    );
    await Promise.all([queue.settled(), ...reads]);
    const log = h.emulator.requestLog();
    expect(log.filter((r) => r.status === 429)).toEqual([]);
    // More than one window's worth, so the limiter had to hold some back.
    expect(log.length).toBeGreaterThan(BUDGET.requests + BUDGET.burst);
    const arrivals = log.map((r) => Date.parse(r.time));
    expect(peakInWindow(arrivals, BUDGET.windowMs)).toBeLessThanOrEqual(BUDGET.requests);
  });

  it('pauses the whole connection when Notion answers a page’s read with its rate limit', async () => {
    h.emulator.injectFault({
      path: '/v1/data_sources/*',
      times: 1,
      action: { type: 'status', status: 429, retryAfterSeconds: 7 },
    });
    const before = Date.now();
    await expect(
      pageClient.dataSources.retrieve({ data_source_id: DEMO.ids.readingListDataSource }),
    ).rejects.toMatchObject({ status: 429 });
    // The queue, sharing the limiter, waits as long as Notion asked.
    expect(limiter.pausedUntilMs).toBeGreaterThanOrEqual(before + 7_000);
    expect(limiter.delay()).toBeGreaterThan(5_000);
  });

  it('sends every request of a limited client through the limit, endpoint helpers included', async () => {
    let turns = 0;
    const counted = createNotionClient({
      secret: DEMO.integrations.main.secret,
      apiBase: h.emulator.url,
      limit: (send) => {
        turns += 1;
        return send();
      },
    });
    await counted.users.me({});
    await counted.dataSources.retrieve({ data_source_id: DEMO.ids.readingListDataSource });
    await counted.search({ page_size: 1 });
    expect(turns).toBe(3);
    expect(h.emulator.requestLog()).toHaveLength(3);
  });
});
