/**
 * The connection's budget and the outbox's room, side by side with what they replace.
 *
 * Budget, at Notion's own rate (180 requests per 60 s): 150 captures saved through the
 * queue while a popup keeps reading (schemas, "already saved") the whole time. Ours: the
 * reads wait their turn at the connection's limiter with the queue's requests. Peer: the
 * reads go around it, as they did before. Both in one run, each against its own emulator
 * (in its own process), for well over a minute; the figure is the most requests Notion
 * saw in any sliding 60 s, and the 429s it answered.
 *
 * Room: eleven screenshots of 4.8 MB (over 50 MB) captured offline, then the network
 * back. Ours: storage without a quota (`unlimitedStorage`). Peer: the 10 MB a browser
 * allows an extension without it. Lost and refused captures are counted.
 *
 *   npx tsx tests/bench/queue-budget.ts      (or `npm run bench -- queue-budget`)
 */
import { randomBytes } from 'node:crypto';
import { spawn, type ChildProcess } from 'node:child_process';
import { pathToFileURL } from 'node:url';
import { Client } from '@notionhq/client';
import { createNotionClient } from '../../lib/notion/connection/client';
import { toStoredError } from '../../lib/notion/errors/errors';
import { paragraphs } from '../../lib/notion/plan/testing/fixtures';
import { systemClock } from '../../lib/queue/pacing/clock';
import { RateLimiter, notionBudget, requestLimit } from '../../lib/queue/pacing/limiter';
import { MemoryStore } from '../../lib/queue/testing/memory-store';
import { createQueue } from '../../lib/queue/queue';
import { DEFAULT_POLICY, decide } from '../../lib/queue/pacing/retry-policy';
import { captureOf, childPages, readingList, rowProperties } from '../../lib/queue/testing/harness';
import { peakInWindow } from '../../lib/queue/testing/rate-audit';
import { DEMO, EmulatorAdmin, startEmulator } from '../notion-emulator/index';
import { projectRoot } from '../golden/corpus';

const CAPTURES = 150;
const MINUTE = 60_000;

async function startEmulatorProcess(): Promise<{ url: string; child: ChildProcess }> {
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', 'tests/notion-emulator/cli.ts', '--port', '0', '--seed', 'demo'],
    { cwd: projectRoot, stdio: ['ignore', 'pipe', 'inherit'] },
  );
  const url = await new Promise<string>((resolve, reject) => {
    let out = '';
    child.stdout?.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const match = /listening at (http:\/\/\S+)/.exec(out);
      if (match?.[1]) resolve(match[1]);
    });
    child.on('exit', (code) => reject(new Error(`emulator exited (${code})`)));
  });
  return { url, child };
}

const rateLimitWait = (error: unknown) => {
  const decision = decide(toStoredError(error), 1, false, DEFAULT_POLICY, () => 0);
  return decision.kind === 'rate_limited' ? decision.delayMs : null;
};

/** One run: captures through the queue while a popup reads, `shared` or around it. */
async function budgetRun(shared: boolean): Promise<{ peak: number; limited: number }> {
  const { url, child } = await startEmulatorProcess();
  try {
    const admin = new EmulatorAdmin(url);
    await admin.setRateLimit({ requests: 180, windowMs: MINUTE });
    const limiter = new RateLimiter(notionBudget(3), systemClock);
    const secret = DEMO.integrations.main.secret;
    const direct = new Client({
      auth: secret,
      baseUrl: url,
      notionVersion: '2026-03-11',
      retry: false,
      logger: () => {},
    });
    const reader = createNotionClient({
      secret,
      apiBase: url,
      ...(shared ? { limit: requestLimit(limiter, systemClock, rateLimitWait) } : {}),
    });
    const queue = createQueue({
      store: new MemoryStore(),
      clientFor: async () => direct,
      limiterFor: () => limiter,
    });
    await queue.start();
    for (let i = 0; i < CAPTURES; i++) {
      const title = `Budget ${i}`;
      await queue.enqueue(captureOf(readingList, title, []), rowProperties(title));
    }
    let done = false;
    const popup = (async () => {
      // A popup open all along: a schema refresh and an "already saved" look-up, then a
      // moment for the person, again and again.
      while (!done) {
        await Promise.allSettled([
          reader.dataSources.retrieve({ data_source_id: DEMO.ids.readingListDataSource }),
          reader.dataSources.query({
            data_source_id: DEMO.ids.readingListDataSource,
            page_size: 1,
          }),
        ]);
        await new Promise((r) => setTimeout(r, 500));
      }
    })();
    await queue.settled();
    done = true;
    await popup;
    await queue.stop();
    const log = await admin.requestLog();
    return {
      peak: peakInWindow(
        log.map((r) => Date.parse(r.time)),
        MINUTE,
      ),
      limited: log.filter((r) => r.status === 429).length,
    };
  } finally {
    child.kill('SIGTERM');
  }
}

function screenshot(bytes: number): string {
  const png = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47]), randomBytes(bytes)]);
  return `data:image/png;base64,${png.toString('base64')}`;
}

/** Eleven large screenshots offline, then online; `quotaBytes` as the browser allows. */
async function backlogRun(quotaBytes: number) {
  const emulator = await startEmulator({ seed: 'demo', rateLimit: false });
  try {
    const client = new Client({
      auth: DEMO.integrations.main.secret,
      baseUrl: emulator.url,
      notionVersion: '2026-03-11',
      retry: false,
      logger: () => {},
    });
    let online = false;
    const store = new MemoryStore(quotaBytes);
    const queue = createQueue({
      store,
      clientFor: async () => client,
      isOnline: () => online,
      uploadLimit: async () => 5 * 1024 * 1024,
      budgetFor: () => ({ requests: 1_000, windowMs: 1_000, burst: 100 }),
    });
    await queue.start();
    const titles: string[] = [];
    let refused = 0;
    for (let i = 0; i < 11; i++) {
      const title = `Backlog ${i}`;
      try {
        await queue.enqueue({
          ...captureOf(childPages, title, paragraphs(1)),
          mode: 'screenshot',
          screenshot: { dataUrl: screenshot(4.8 * 1024 * 1024) },
        });
        titles.push(title);
      } catch {
        refused += 1;
      }
    }
    const storedMb = store.peakBytes / 1024 / 1024;
    online = true;
    queue.wake();
    await queue.settled();
    const pages = emulator.listPages({ parent: DEMO.ids.inboxPage });
    const count = (title: string) => pages.filter((p) => JSON.stringify(p).includes(`"${title}"`));
    return {
      storedMb,
      refused,
      lost: titles.filter((t) => count(t).length === 0).length,
      duplicates: titles.filter((t) => count(t).length > 1).length,
    };
  } finally {
    await emulator.close();
  }
}

/** Figures for bench-results.json, keys prefixed `queue.`. */
export async function benchQueueBudget(): Promise<Record<string, number>> {
  const [ours, around] = await Promise.all([budgetRun(true), budgetRun(false)]);
  const unlimited = await backlogRun(Infinity);
  const quota = await backlogRun(10 * 1024 * 1024);
  const figures = {
    'queue.peak_requests_per_minute': ours.peak,
    'queue.peak_requests_per_minute_reads_around_limiter': around.peak,
    'queue.shared_budget_rate_limited': ours.limited,
    'queue.shared_budget_rate_limited_reads_around_limiter': around.limited,
    'queue.offline_backlog_mb': Number(unlimited.storedMb.toFixed(1)),
    'queue.offline_backlog_lost': unlimited.lost + unlimited.refused,
    'queue.offline_backlog_duplicates': unlimited.duplicates,
    'queue.offline_backlog_refused_10mb_quota': quota.refused,
  };
  for (const [key, value] of Object.entries(figures)) console.log(`  ${key}: ${value}`);
  return figures;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) await benchQueueBudget();
