/**
 * A world for the highlight sync in which fast-check's scheduler decides the order of
 * everything it waits for: Notion's answers (the emulator in this process), storage (a
 * store in memory, each call answered when the scheduler says), and time (a clock the
 * test moves). A worker can be stopped at any await (`restart`): from then on the
 * stopped engine reaches nothing, while what it had already sent still happens.
 */
import { Client } from '@notionhq/client';
import type { Scheduler } from 'fast-check';
import {
  DEMO,
  countingIds,
  startEmulator,
  useIdSource,
  type RunningEmulator,
} from '../../../../tests/notion-emulator/index';
import type { Highlight } from '../../model';
import { HighlightSync, type SyncStore } from '../engine';
import { emptySync, type PageSync } from '../model';
import { notionCalls } from '../notion-calls';

export const PAGE_URL = 'https://example.com/article';
export const NOTION_PAGE = DEMO.ids.inboxPage;

const START = Date.parse('2026-12-01T09:00:00Z');
const stopped = () => new Error('The worker was stopped.');

/** Short waits in fake time; a settle time that matters. */
export const SYNC_POLICY = {
  baseDelayMs: 100,
  maxDelayMs: 2_000,
  maxAttempts: 6,
  defaultRetryAfterMs: 1_000,
  settleMs: 5_000,
  offlineRecheckMs: 1_000,
};

interface Life {
  engine: HighlightSync;
  dead: boolean;
}

export class SyncWorld {
  time = START;
  /** What storage holds: the person's highlights and the synced state. */
  highlights: Highlight[] = [];
  sync: PageSync | null = null;
  current!: Life;
  lives = 0;

  private constructor(
    readonly s: Scheduler,
    readonly emulator: RunningEmulator,
  ) {}

  static async create(s: Scheduler): Promise<SyncWorld> {
    useIdSource(countingIds(1));
    const world = new SyncWorld(s, null as unknown as RunningEmulator);
    const emulator = await startEmulator({
      seed: 'demo',
      rateLimit: false,
      now: () => world.time,
    });
    Object.assign(world, { emulator });
    world.restart();
    return world;
  }

  /** Stops the current worker where it stands and starts a new one on the same storage. */
  restart(): void {
    if (this.current) {
      this.current.dead = true;
      this.current.engine.stop();
    }
    this.lives += 1;
    const life: Life = { engine: null as unknown as HighlightSync, dead: false };
    life.engine = this.engineFor(life);
    this.current = life;
  }

  /** A change the person makes to their highlights, through (slow) storage. */
  async change(edit: (highlights: Highlight[]) => Highlight[]): Promise<void> {
    await this.s.schedule(Promise.resolve(), 'storage: the person’s change');
    this.highlights = edit(this.highlights);
  }

  async close(): Promise<void> {
    useIdSource(null);
    this.current.dead = true;
    this.current.engine.stop();
    await this.emulator.close();
  }

  private engineFor(life: Life): HighlightSync {
    const gate = async <T>(label: string, run: () => T): Promise<T> => {
      if (life.dead) throw stopped();
      await this.s.schedule(Promise.resolve(), `storage: ${label} (worker ${this.lives})`);
      if (life.dead) throw stopped();
      return run();
    };
    const store: SyncStore = {
      highlights: () => gate('read highlights', () => structuredClone(this.highlights)),
      read: () => gate('read sync', () => structuredClone(this.sync)),
      update: (_url, change) =>
        gate('update sync', () => {
          this.sync = change(structuredClone(this.sync ?? emptySync(PAGE_URL)));
          return structuredClone(this.sync);
        }),
    };
    const client = new Client({
      auth: DEMO.integrations.main.secret,
      baseUrl: this.emulator.url,
      notionVersion: '2026-03-11',
      retry: false,
      timeoutMs: 600_000,
      logger: () => {},
      fetch: (input, init) => {
        if (life.dead) return Promise.reject(stopped());
        const method = init?.method ?? 'GET';
        const path = new URL(String(input)).pathname;
        return this.s.schedule(this.emulator.fetch(input, init), `answer ${method} ${path}`);
      },
    });
    return new HighlightSync({
      store,
      notion: async () => notionCalls(client),
      limited: (_id, send) => send(),
      resolvePage: async () => ({
        kind: 'ready',
        page: { connectionId: 'main', pageId: NOTION_PAGE, pageUrl: 'https://www.notion.so/inbox' },
      }),
      clock: { now: () => this.time, setTimer: () => () => undefined },
      policy: SYNC_POLICY,
      random: () => 0.5,
    });
  }
}
