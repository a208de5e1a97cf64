/**
 * Fault injection through the real SDK against the emulator. After every fault each
 * capture must be in Notion exactly once, with all of its blocks in order.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { Client, type BlockObjectRequest } from '@notionhq/client';
import { DEMO, type FaultSpec } from '../../../tests/notion-emulator';
import { chain, paragraphs, table } from '../../notion/plan/testing/fixtures';
import {
  captureOf,
  outlineOfPage,
  outlineOfRequest,
  readingList,
  rowProperties,
  rowsByTitle,
  startHarness,
  type Harness,
} from '../testing/harness';
import type { CaptureQueue } from '../queue';

let h: Harness;
// A client timeout far above any answer on a busy machine: only the test of a client that
// gives up shortens it, so a slow answer elsewhere never turns into a look-up the test
// did not ask for.
beforeEach(async () => {
  h = await startHarness({ timeoutMs: 10_000 });
});
afterEach(async () => {
  await h.close();
});

const TITLES = ['One', 'Two', 'Three'];

/**
 * How long a restarted queue waits for a request the stopped one left in flight: the
 * emulator holds those answers 150 ms, and this leaves a loaded machine ten times that.
 */
const SETTLE_MS = 2_000;

/** 1 create + 3 appends to the page + appends below a deep list and a long table. */
function article(label: string): BlockObjectRequest[] {
  return [
    ...paragraphs(100, `${label}-a`),
    chain(5, `${label}-c`),
    table(150, 2, `${label}-t`),
    ...paragraphs(150, `${label}-b`),
  ];
}

async function enqueueAll(queue: CaptureQueue): Promise<void> {
  for (const title of TITLES) {
    await queue.enqueue(captureOf(readingList, title, article(title)), rowProperties(title));
  }
}

/** Every capture once, complete and in order; nothing left in the outbox. */
function expectExactlyOnce(queue: CaptureQueue): void {
  const rows = rowsByTitle(h.emulator);
  for (const title of TITLES) {
    expect(rows.get(title), `pages titled ${title}`).toHaveLength(1);
    const outline = outlineOfPage(h.emulator, rows.get(title)?.[0] ?? '');
    expect(outline).toEqual(outlineOfRequest(article(title)));
  }
  expect(queue.list().every((e) => e.status === 'saved')).toBe(true);
}

async function runWith(faults: FaultSpec[]): Promise<CaptureQueue> {
  for (const fault of faults) h.emulator.injectFault(fault);
  const queue = h.queue();
  await enqueueAll(queue);
  await queue.settled();
  return queue;
}

const creates = { method: 'POST', path: '/v1/pages' };
const storm429: FaultSpec = {
  path: '/v1/**',
  times: 1,
  action: { type: 'status', status: 429, retryAfterSeconds: 1 },
};
const appends = { method: 'PATCH', path: '/v1/blocks/*/children' };

describe('faults', () => {
  it('waits out a 429 storm exactly as long as Retry-After says', async () => {
    for (let i = 0; i < 6; i++) h.emulator.injectFault(storm429);
    // When each request left and when its answer came back, as the worker sees them:
    // the pause counts from the 429's arrival, whatever the machine's load.
    const sent: number[] = [];
    const limitedAt: number[] = [];
    const client = new Client({
      auth: DEMO.integrations.main.secret,
      baseUrl: h.emulator.url,
      notionVersion: '2026-03-11',
      retry: false,
      logger: () => {},
      fetch: async (input, init) => {
        sent.push(Date.now());
        const answer = await fetch(input, init);
        if (answer.status === 429) limitedAt.push(Date.now());
        return answer;
      },
    });
    const queue = h.queue({ clientFor: async () => client });
    await enqueueAll(queue);
    await queue.settled();
    expectExactlyOnce(queue);
    expect(limitedAt.length).toBe(6);
    for (const at of limitedAt) {
      // Nothing of this connection left before the pause the 429 asked for ended.
      expect(sent.filter((t) => t > at && t < at + 1000)).toEqual([]);
    }
  });

  it('treats 529 like 429', async () => {
    const queue = await runWith([
      { ...appends, times: 2, action: { type: 'status', status: 529, retryAfterSeconds: 1 } },
    ]);
    expectExactlyOnce(queue);
  });

  for (const status of [500, 502, 503, 504] as const) {
    it(`retries ${status} on creates and appends, checking before repeating`, async () => {
      const queue = await runWith([
        { ...creates, times: 2, action: { type: 'status', status } },
        { ...appends, times: 3, action: { type: 'status', status } },
      ]);
      expectExactlyOnce(queue);
    });
  }

  it('does not repeat a write that answered 503 after it was saved', async () => {
    const queue = await runWith([
      { ...creates, times: 2, action: { type: '503-after-commit' } },
      { ...appends, times: 3, action: { type: '503-after-commit' } },
    ]);
    expectExactlyOnce(queue);
    // The committed ids in the answer were enough: no write repeated, nothing re-read.
    const log = h.emulator.requestLog();
    expect(log.filter((r) => r.method === 'POST' && r.path === '/v1/pages')).toHaveLength(3);
    expect(log.filter((r) => r.method === 'GET')).toHaveLength(0);
  });

  it('finds writes saved before their connection dropped', async () => {
    const queue = await runWith([
      { ...creates, times: 1, action: { type: 'drop', afterCommit: true } },
      { ...appends, times: 2, action: { type: 'drop', afterCommit: true } },
      { ...appends, times: 2, action: { type: 'drop' } },
    ]);
    expectExactlyOnce(queue);
  });

  it('finds writes that finished after the client gave up waiting', async () => {
    // The client times out at 250 ms; the emulator answers after 280 ms, having saved.
    await h.close();
    h = await startHarness({ timeoutMs: 250 });
    const queue = await runWith([
      { ...creates, times: 1, action: { type: 'delay', ms: 280 } },
      { ...appends, times: 2, action: { type: 'delay', ms: 280 } },
    ]);
    expectExactlyOnce(queue);
  });

  it('pauses every capture of a connection on 401 until it is reconnected', async () => {
    const refused: string[] = [];
    const queue = h.queue({ onUnauthorized: (connectionId) => refused.push(connectionId) });
    await enqueueAll(queue);
    // Let some requests through, then revoke the secret.
    while (h.emulator.requestLog().length < 4) await new Promise((r) => setTimeout(r, 5));
    await h.admin.updateIntegration('Quick Capture', { revoked: true });
    await queue.settled();
    expect(refused).toEqual(['conn-main']);
    expect(queue.counts().pending).toBe(3);
    const waiting = (await h.store.listStates()).map((s) => [s.status, s.waitReason]);
    expect(waiting).toEqual(TITLES.map(() => ['waiting', 'reconnect']));
    expect(queue.list().some((e) => e.status === 'saved')).toBe(false);
    const during = h.emulator.requestLog().length;
    await new Promise((r) => setTimeout(r, 300));
    expect(h.emulator.requestLog().length).toBe(during);
    await h.admin.updateIntegration('Quick Capture', { revoked: false });
    queue.connectionRestored('conn-main');
    await queue.settled();
    expectExactlyOnce(queue);
  });

  it('resumes after the worker was killed mid-request, without a duplicate', async () => {
    h.emulator.injectFault({ ...appends, times: 1, action: { type: 'delay', ms: 150 } });
    // The stopped worker's append still lands ~150 ms later; the next one waits far
    // longer than that before looking, as a busy machine may take its time to commit.
    const first = h.queue({ clientFor: async () => h.client, policy: { settleMs: SETTLE_MS } });
    await enqueueAll(first);
    // Wait until a step is marked in flight behind the slow append, then "kill" it.
    const inFlight = async () =>
      (await h.store.listStates()).some((s) => s.inFlight !== null && s.done > 0);
    while (!(await inFlight())) await new Promise((r) => setTimeout(r, 2));
    await first.stop({ abandon: true });
    const second = h.queue({ policy: { settleMs: SETTLE_MS } });
    await second.start();
    await second.settled();
    expectExactlyOnce(second);
  });

  it('resumes a capture killed while creating its page', async () => {
    h.emulator.injectFault({ ...creates, times: 1, action: { type: 'delay', ms: 150 } });
    const first = h.queue();
    await first.enqueue(captureOf(readingList, 'One', article('One')), rowProperties('One'));
    while (!(await h.store.listStates()).some((s) => s.inFlight !== null)) {
      await new Promise((r) => setTimeout(r, 2));
    }
    await first.stop({ abandon: true });
    const second = h.queue({ policy: { settleMs: SETTLE_MS } });
    await second.enqueue(captureOf(readingList, 'Two', article('Two')), rowProperties('Two'));
    await second.enqueue(captureOf(readingList, 'Three', article('Three')), rowProperties('Three'));
    await second.settled();
    expectExactlyOnce(second);
  });
});

describe('restarts', () => {
  it('keeps a connection paused for the rest of its Retry-After after a restart', async () => {
    h.emulator.injectFault({
      path: '/v1/**',
      action: { type: 'status', status: 429, retryAfterSeconds: 3 },
    });
    const first = h.queue();
    await enqueueAll(first);
    while (!(await h.store.listStates()).some((s) => s.waitReason === 'rate_limited')) {
      await new Promise((r) => setTimeout(r, 2));
    }
    await first.stop({ abandon: true });
    // Let requests the first worker had already sent land before the restart.
    await new Promise((r) => setTimeout(r, 50));
    const limited = h.emulator.requestLog().find((r) => r.status === 429);
    const limitedAt = Date.parse(limited?.time ?? '');
    const before = h.emulator.requestLog().length;
    // The restart comes while the pause still runs (3 s leave room on a busy machine).
    expect(Date.now()).toBeLessThan(limitedAt + 3000);
    const second = h.queue();
    await second.start();
    await second.settled();
    expectExactlyOnce(second);
    const after = h.emulator.requestLog().slice(before);
    expect(after.length).toBeGreaterThan(0);
    const earliest = Math.min(...after.map((r) => Date.parse(r.time)));
    expect(earliest).toBeGreaterThanOrEqual(limitedAt + 3000);
  });
});

describe('the rate budget', () => {
  it('stays under a budget the emulator enforces, without a single 429', async () => {
    await h.admin.setRateLimit({ requests: 12, windowMs: 1_000 });
    const queue = h.queue({ budgetFor: () => ({ requests: 12, windowMs: 1_000, burst: 2 }) });
    await enqueueAll(queue);
    await queue.settled();
    expectExactlyOnce(queue);
    const log = h.emulator.requestLog();
    // More than one window's worth, so the window rule was put to work.
    expect(log.length).toBeGreaterThan(12);
    expect(log.filter((r) => r.status === 429)).toEqual([]);
  });
});

describe('a refused secret across restarts', () => {
  it('sends nothing after a restart until the connection is restored', async () => {
    await h.admin.updateIntegration('Quick Capture', { revoked: true });
    const first = h.queue();
    await enqueueAll(first);
    await first.settled();
    await first.stop();
    const refused = h.emulator.requestLog().length;
    expect(refused).toBeGreaterThan(0);
    const second = h.queue();
    await second.start();
    await second.settled();
    expect(h.emulator.requestLog()).toHaveLength(refused);
    await h.admin.updateIntegration('Quick Capture', { revoked: false });
    second.connectionRestored('conn-main');
    await second.settled();
    expectExactlyOnce(second);
  });
});
