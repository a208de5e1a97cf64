/**
 * A world in which fast-check's scheduler decides the order of everything the queue
 * waits for: Notion's answers (the emulator in this process, each answer held until the
 * scheduler lets it through), extension storage (every call slow, applied in the order
 * it was made, as the browser does), and time (each timer fires when the scheduler
 * says, the clock then moved to its due time).
 *
 * A worker can be stopped at any moment (`restart`): from then on the stopped instance
 * reaches nothing — no storage call, no request, no timer — exactly as a killed service
 * worker, while what it had already handed to the browser or to Notion still happens.
 * Which instance a call comes from is told by `AsyncLocalStorage`, so the queue's own
 * code (and `lib/storage.ts`'s real store) runs unchanged.
 */
import { AsyncLocalStorage } from 'node:async_hooks';
import { Client } from '@notionhq/client';
import type { Scheduler } from 'fast-check';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import {
  DEMO,
  countingIds,
  startEmulator,
  useIdSource,
  type RunningEmulator,
} from '../../../tests/notion-emulator/index';
import { buildProperties } from '../../notion/properties/build-properties';
import { fetchSchema, propertyNamedInValidationError } from '../../notion/schema/schema';
import { queueStore } from '../../storage';
import type { Clock } from '../pacing/clock';
import { createQueue, type CaptureQueue } from '../queue';
import { scheduleStorage } from '../../testing/scheduled-storage';
import type { QueueStore } from '../types';

/** One worker's life: its queue, and whether it was stopped. */
export interface Instance {
  readonly queue: CaptureQueue;
  /** 1 for the first worker, 2 after the first restart… */
  readonly life: number;
  dead: boolean;
}

// `QC_TRACE=1` prints each worker's start and storage calls: what to read when a seed
// from the model-based tests fails.
const trace = (...parts: unknown[]) => {
  if (process.env.QC_TRACE) console.log(...parts);
};

const START = Date.parse('2026-12-01T09:00:00Z');
const stopped = () => new Error('The worker was stopped.');
let jobIds = countingIds(2);

// One for every world: each enabled AsyncLocalStorage costs every promise created
// afterwards a little, so a new one per run would slow the thousandth run to a crawl.
const workers = new AsyncLocalStorage<Instance>();

/**
 * Far more scheduled steps than any run needs: past it, the run is going round in
 * circles (timers rescheduling themselves for ever). Failing then, with the last steps,
 * beats a test that never ends.
 */
const MAX_STEPS = 20_000;

export let lastRunSteps = 0;

function boundSteps(s: Scheduler): void {
  let steps = 0;
  lastRunSteps = 0;
  const schedule = s.schedule.bind(s);
  s.schedule = <T>(task: Promise<T>, label?: string, ...rest: unknown[]) => {
    steps += 1;
    lastRunSteps = steps;
    if (steps > MAX_STEPS) {
      const last = s
        .report()
        .slice(-30)
        .map((r) => `${r.status} ${r.label}`);
      throw new Error(`The run does not settle; its last steps:\n${last.join('\n')}`);
    }
    trace(`step ${steps}: ${label}`);
    return schedule(task, label, ...(rest as []));
  };
}

/** Retries that take little (fake) time; a settle time long enough to matter. */
const POLICY = {
  baseDelayMs: 100,
  maxDelayMs: 2_000,
  maxAttempts: 6,
  defaultRetryAfterMs: 1_000,
  settleMs: 5_000,
  offlineRecheckMs: 1_000,
};

export class ScheduledWorld {
  private readonly clockState: { time: number };
  private readonly context = workers;
  private readonly restores: Array<() => void> = [];
  current!: Instance;
  online = true;
  /** Instances started so far (the first included). */
  lives = 0;

  private constructor(
    readonly s: Scheduler,
    readonly emulator: RunningEmulator,
    clockState: { time: number },
  ) {
    this.clockState = clockState;
  }

  /** A world with the demo workspace and a first worker, started. */
  static async create(s: Scheduler): Promise<ScheduledWorld> {
    boundSteps(s);
    // The same ids in every replay of a seed (Notion's and the queue's).
    useIdSource(countingIds(1));
    jobIds = countingIds(2);
    fakeBrowser.reset();
    // Notion's clock is the queue's: verification compares times from both.
    const clockState = { time: START };
    const emulator = await startEmulator({
      seed: 'demo',
      rateLimit: false,
      now: () => clockState.time,
    });
    const world = new ScheduledWorld(s, emulator, clockState);
    world.slowStorage();
    world.restart();
    return world;
  }

  now(): number {
    return this.clockState.time;
  }

  /** Runs `task` as the current worker (its storage calls, requests and timers). */
  as<T>(task: (queue: CaptureQueue) => T): T {
    const instance = this.current;
    return this.context.run(instance, () => task(instance.queue));
  }

  /** Stops the current worker where it stands and starts a new one on the same storage. */
  restart(): void {
    if (this.current) {
      this.current.dead = true;
      void this.current.queue.stop({ abandon: true });
    }
    this.lives += 1;
    const instance: Instance = {
      queue: null as unknown as CaptureQueue,
      life: this.lives,
      dead: false,
    };
    Object.assign(instance, { queue: this.queueFor(instance) });
    this.current = instance;
    trace(`--- worker ${instance.life} starts`);
    // Started at once, as the browser starts a worker for the event that woke it.
    void this.as((queue) => queue.start()).catch(() => undefined);
  }

  async close(): Promise<void> {
    useIdSource(null);
    for (const restore of this.restores.splice(0)) restore();
    this.current.dead = true;
    await this.current.queue.stop({ abandon: true });
    await this.emulator.close();
  }

  private queueFor(instance: Instance): CaptureQueue {
    const gate = <T>(call: () => Promise<T>): Promise<T> =>
      instance.dead ? Promise.reject(stopped()) : call();
    const store: QueueStore = {
      listStates: () => gate(() => queueStore.listStates()),
      getBody: (id) => gate(() => queueStore.getBody(id)),
      getHistory: () => gate(() => queueStore.getHistory()),
      commit: (change) => gate(() => queueStore.commit(change)),
    };
    const clock: Clock = {
      now: () => this.clockState.time,
      setTimer: (ms, fn) => {
        let cancelled = false;
        const due = this.clockState.time + Math.max(0, ms);
        void this.s.schedule(Promise.resolve(), `timer +${ms} ms`).then(() => {
          if (cancelled || instance.dead) return;
          this.clockState.time = Math.max(this.clockState.time, due);
          fn();
        });
        return () => (cancelled = true);
      },
    };
    const client = new Client({
      auth: DEMO.integrations.main.secret,
      baseUrl: this.emulator.url,
      notionVersion: '2026-03-11',
      retry: false,
      timeoutMs: 600_000,
      logger: () => {},
      fetch: (input, init) => {
        if (instance.dead) return Promise.reject(stopped());
        const method = init?.method ?? 'GET';
        const path = new URL(String(input)).pathname;
        return this.s.schedule(this.emulator.fetch(input, init), `answer ${method} ${path}`);
      },
    });
    return createQueue({
      store,
      clock,
      clientFor: async () => client,
      policy: POLICY,
      random: () => 0.5,
      newId: () => jobIds(),
      isOnline: () => this.online,
      budgetFor: () => ({ requests: 10_000, windowMs: 1_000, burst: 1_000 }),
      properties: { fetchSchema, buildProperties, propertyNamedInValidationError },
    });
  }

  /** Storage slow under the scheduler, in order, and closed to a stopped worker. */
  private slowStorage(): void {
    this.restores.push(
      scheduleStorage(this.s, {
        refuse: () => (this.context.getStore()?.dead ? stopped() : null),
        onCall: (name, arg) =>
          trace(
            `storage ${name} from worker ${this.context.getStore()?.life}`,
            JSON.stringify(arg).slice(0, 200),
          ),
      }),
    );
  }
}
