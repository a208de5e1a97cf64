/**
 * Queue benchmark: 200 captures of corpus pages (articles, selections, bookmarks) to a
 * data source, child pages and an inbox page, through the durable queue into the
 * emulator (in its own process, so that heap figures are the queue's side).
 *
 * Budget: 150 requests per 5 s window on the emulator (Notion's fixed-window rule at
 * 30 requests/s, ten times the default plan so that the run takes seconds), and the
 * queue's limiter set to the same budget with a burst of 3.
 *
 * Run 1, clean: sustained throughput against the budget (after the initial burst the
 * budget allows), 429s, requests against the planned lower bound, the outbox's peak
 * size in storage and the heap's peak growth over the run. Run 2, faults: 429/529 storms, every 5xx, 503
 * after commit, dropped connections, answers past the client's timeout, and the worker
 * killed halfway (a new queue over the same storage): duplicates and lost captures.
 *
 *   npx tsx tests/bench/queue.ts      (or `npm run bench -- queue`)
 */
import { Client, type BlockObjectRequest } from '@notionhq/client';
import { spawn, type ChildProcess } from 'node:child_process';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { pathToFileURL } from 'node:url';
import '../../lib/capture/page/defuddle-per-page';
import { capturePage } from '../../lib/capture/capture-page';
import { lowerBoundRequests } from '../../lib/notion/plan/testing/bound';
import { planTargetOf } from '../../lib/queue/job';
import { MemoryStore } from '../../lib/queue/testing/memory-store';
import { createQueue, type CaptureQueue } from '../../lib/queue/queue';
import {
  captureOf,
  childPages,
  inbox,
  outlineOfRequest,
  readingList,
  rowProperties,
  type Outline,
} from '../../lib/queue/testing/harness';
import { audit } from '../../lib/queue/testing/audit';
import type { CaptureInput } from '../../lib/queue/types';
import { DEMO, EmulatorAdmin, type FaultSpec } from '../notion-emulator/index';
import {
  CORPUS_URL,
  corpusPages,
  parseDocument,
  projectRoot,
  readCorpusFile,
} from '../golden/corpus';

const CAPTURES = 200;
const BUDGET = { requests: 150, windowMs: 5_000 };
const BURST = 3;
const PER_SECOND = (BUDGET.requests * 1000) / BUDGET.windowMs;

interface Planned {
  input: CaptureInput;
  properties?: ReturnType<typeof rowProperties>;
  expected: Outline;
  lowerBound: number;
}

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

/** 200 captures cycling through the corpus, modes and targets. */
function captures(): Planned[] {
  const pages = corpusPages();
  const converted = new Map<string, { title: string; blocks: BlockObjectRequest[] }>();
  const out: Planned[] = [];
  for (let i = 0; i < CAPTURES; i++) {
    const page = pages[i % pages.length] as string;
    let capture = converted.get(page);
    if (!capture) {
      const doc = parseDocument(readCorpusFile(page, 'source.html'));
      const result = capturePage(doc, { mode: 'article' }, { url: CORPUS_URL });
      capture = { title: result.metadata.title || page, blocks: result.blocks };
      converted.set(page, capture);
    }
    const kind = i % 3;
    const blocks = kind === 0 ? capture.blocks : kind === 1 ? capture.blocks.slice(0, 5) : [];
    const target = [readingList, readingList, childPages, inbox][i % 4] ?? readingList;
    const title = `${capture.title.slice(0, 80)} #${i}`;
    const input = {
      ...captureOf(target, title, blocks),
      mode: (['article', 'selection', 'bookmark'] as const)[kind] ?? 'article',
    };
    const properties = target.kind === 'data_source' ? rowProperties(title) : undefined;
    const source = { title, url: input.source.url };
    out.push({
      input,
      properties,
      expected: outlineOfRequest(blocks),
      lowerBound: lowerBoundRequests(planTargetOf(target), blocks, { source }),
    });
  }
  return out;
}

function makeQueue(url: string, store: MemoryStore, policy = {}, timeoutMs = 25_000): CaptureQueue {
  const client = new Client({
    auth: DEMO.integrations.main.secret,
    baseUrl: url,
    notionVersion: '2026-03-11',
    retry: false,
    timeoutMs,
    logger: () => {},
  });
  return createQueue({
    store,
    clientFor: async () => client,
    budgetFor: () => ({ ...BUDGET, burst: BURST }),
    policy,
    concurrency: 6,
  });
}

function faultWaves(): FaultSpec[][] {
  const creates = { method: 'POST', path: '/v1/pages' };
  const appends = { method: 'PATCH', path: '/v1/blocks/*/children' };
  return [
    [{ path: '/v1/**', times: 4, action: { type: 'status', status: 429, retryAfterSeconds: 2 } }],
    [500, 502, 503, 504].map((status) => ({
      ...creates,
      times: 2,
      action: { type: 'status' as const, status: status as 500 },
    })),
    [500, 502, 503, 504].map((status) => ({
      ...appends,
      times: 2,
      action: { type: 'status' as const, status: status as 500 },
    })),
    [
      { ...creates, times: 4, action: { type: '503-after-commit' } },
      { ...appends, times: 4, action: { type: '503-after-commit' } },
    ],
    [{ path: '/v1/**', times: 3, action: { type: 'status', status: 529, retryAfterSeconds: 1 } }],
    [
      { ...creates, times: 3, action: { type: 'drop', afterCommit: true } },
      { ...appends, times: 3, action: { type: 'drop', afterCommit: true } },
      { ...appends, times: 3, action: { type: 'drop' } },
    ],
    [
      { ...creates, times: 2, action: { type: 'delay', ms: 2_500 } },
      { ...appends, times: 2, action: { type: 'delay', ms: 2_500 } },
    ],
  ];
}

async function enqueueAll(queue: CaptureQueue, planned: Planned[]): Promise<void> {
  for (const p of planned) await queue.enqueue(p.input, p.properties);
}

/** Collects garbage when the runtime allows it, so that heap figures are the live set. */
function collectGarbage(): void {
  setFlagsFromString('--expose_gc');
  const gc = runInNewContext('gc') as (() => void) | undefined;
  gc?.();
}

/** Figures for bench-results.json, keys prefixed `queue.`. */
export async function benchQueue(): Promise<Record<string, number>> {
  const planned = captures();
  const { url, child } = await startEmulatorProcess();
  const admin = new EmulatorAdmin(url);
  try {
    await admin.setRateLimit(BUDGET);
    // Run 1: clean.
    const store = new MemoryStore();
    const queue = makeQueue(url, store);
    collectGarbage();
    const heapBase = process.memoryUsage().heapUsed;
    let heapPeak = heapBase;
    const sampler = setInterval(() => {
      heapPeak = Math.max(heapPeak, process.memoryUsage().heapUsed);
    }, 20);
    await enqueueAll(queue, planned);
    await queue.settled();
    clearInterval(sampler);
    const log = await admin.requestLog();
    const times = log.map((r) => Date.parse(r.time)).sort((a, b) => a - b);
    const seconds = ((times.at(-1) ?? 0) - (times[0] ?? 0)) / 1000;
    if (process.env.BENCH_DEBUG) {
      const rel = times.map((t) => t - (times[0] ?? 0));
      const perSecond = new Map<number, number>();
      for (const t of rel)
        perSecond.set(Math.floor(t / 500), (perSecond.get(Math.floor(t / 500)) ?? 0) + 1);
      console.log('per 500ms', [...perSecond.entries()].map(([k, v]) => `${k}:${v}`).join(' '));
      console.log(
        '429 at',
        log.filter((r) => r.status === 429).map((r) => Date.parse(r.time) - (times[0] ?? 0)),
      );
      console.log(
        'durations p50/p90/max',
        [0.5, 0.9, 1].map(
          (q) =>
            log.map((r) => r.durationMs).sort((a, b) => a - b)[
              Math.min(log.length - 1, Math.floor(q * log.length))
            ],
        ),
      );
    }
    // Sustained: from the first request the burst allowance did not cover.
    const sustained =
      (times.length - 1 - BURST) / (((times.at(-1) ?? 0) - (times[BURST] ?? 0)) / 1000);
    const clean = await audit(admin, planned);
    const lowerBound = planned.reduce((sum, p) => sum + p.lowerBound, 0);

    // Run 2: the same captures with faults, and the worker killed halfway.
    await admin.reset();
    await admin.setRateLimit(BUDGET);
    const faultStore = new MemoryStore();
    const policy = { baseDelayMs: 200, maxDelayMs: 2_000, settleMs: 3_000, maxAttempts: 12 };
    const first = makeQueue(url, faultStore, policy, 2_000);
    const waves = faultWaves();
    const injector = setInterval(() => {
      const wave = waves.shift();
      if (wave) for (const fault of wave) void admin.injectFault(fault);
    }, 1_000);
    await enqueueAll(first, planned);
    while (first.list().filter((e) => e.status === 'saved').length < CAPTURES / 3) {
      await new Promise((r) => setTimeout(r, 50));
    }
    await first.stop({ abandon: true });
    const second = makeQueue(url, faultStore, policy, 2_000);
    await second.start();
    await second.settled();
    clearInterval(injector);
    const faulty = await audit(admin, planned);
    if (process.env.BENCH_DEBUG) console.log('clean', clean, 'faulty', faulty);
    const faultLog = await admin.requestLog();

    const figures = {
      'queue.throughput_ratio': Number((sustained / PER_SECOND).toFixed(4)),
      'queue.rate_limited_responses': log.filter((r) => r.status === 429).length,
      'queue.requests_per_capture_ratio': Number((log.length / lowerBound).toFixed(4)),
      'queue.duplicates': faulty.duplicates + clean.duplicates,
      'queue.lost': faulty.lost + clean.lost,
      'queue.outbox_peak_kb': Math.round(store.peakBytes / 1024),
      'queue.heap_peak_kb': Math.round((heapPeak - heapBase) / 1024),
      'queue.requests_clean': log.length,
      'queue.seconds_clean': Number(seconds.toFixed(2)),
      'queue.requests_faulty': faultLog.length,
      'queue.faults_answered': faultLog.filter((r) => r.fault !== null).length,
    };
    for (const [key, value] of Object.entries(figures)) console.log(`  ${key}: ${value}`);
    return figures;
  } finally {
    child.kill('SIGTERM');
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) await benchQueue();
