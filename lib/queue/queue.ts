/**
 * The durable capture queue: every capture is stored before its first request and
 * resumed from its checkpoint after any stop, so that none is lost and none saved
 * twice. One rate limiter per connection paces every capture of it; captures appending
 * to the same page run one at a time, oldest first.
 *
 * The core is pure of the browser: storage, clock, network and the Notion client come
 * in as dependencies (`shell.ts` wires alarms, badge, notifications and online events).
 */
import type { Client } from '@notionhq/client';
import { toStoredError, type StoredError } from '../notion/errors';
import { Problem } from '../problems';
import type { PageProperties } from '../notion/plan-types';
import type { PropertyInputs } from '../notion/types';
import { systemClock, type Clock } from './clock';
import { entryFromState, upsertEntry } from './history';
import { buildJob, pageTitleProperties } from './job';
import { RateLimiter, notionBudget, type RateBudget } from './limiter';
import type { PropertyDeps } from './repair';
import { DEFAULT_POLICY, type RetryPolicy } from './retry-policy';
import { JobRunner, type RunContext, type RunEnd } from './runner';
import { commitSafely, editedBody } from './edit';
import { notionPageUrl } from './verify';
import type {
  CaptureInput,
  HistoryEntry,
  JobBody,
  JobState,
  QueueStore,
  QueueStoreChange,
} from './types';

export type QueueEvent =
  | { type: 'saved'; entry: HistoryEntry }
  | { type: 'needs_attention'; entry: HistoryEntry }
  /** Something changed that the badge or an open popup may show. */
  | { type: 'changed' };

export interface QueueDeps {
  store: QueueStore;
  /** A client built with `retry: false` (this queue is the one retry layer). */
  clientFor(connectionId: string): Promise<Client>;
  clock?: Clock;
  random?: () => number;
  policy?: Partial<RetryPolicy>;
  /** Default: Notion's 3 requests per second. */
  budgetFor?(connectionId: string): RateBudget;
  /** For data source targets: building properties and repairing them after a 400. */
  properties?: PropertyDeps;
  isOnline?(): boolean;
  /** Notion refused the secret (401): the connection needs a new one. */
  onUnauthorized?(connectionId: string, error: StoredError): void;
  onEvent?(event: QueueEvent): void;
  /** A safety net for waits the service worker may not live through (an alarm). */
  scheduleWake?(at: number): void;
  /** Captures of one connection in progress at once (they share its rate limit). */
  concurrency?: number;
  newId?(): string;
}

/** Changes a person may make to a failed capture before retrying it. */
export interface CaptureEdit {
  title?: string;
  inputs?: PropertyInputs;
}

const ACTIVE = new Set(['queued', 'saving', 'waiting']);

export class CaptureQueue {
  private readonly store: QueueStore;
  private readonly clock: Clock;
  private readonly policy: RetryPolicy;
  private readonly states = new Map<string, JobState>();
  private history: HistoryEntry[] = [];
  private readonly running = new Map<string, Promise<void>>();
  private readonly limiters = new Map<string, RateLimiter>();
  private readonly revoked = new Map<string, StoredError>();
  private loaded: Promise<void> | null = null;
  private alive = true;
  private cancelTimer: (() => void) | null = null;
  private settledWaiters: Array<() => void> = [];

  constructor(private readonly deps: QueueDeps) {
    this.store = deps.store;
    this.clock = deps.clock ?? systemClock;
    this.policy = { ...DEFAULT_POLICY, ...deps.policy };
  }

  /** Loads the outbox and resumes every unfinished capture from its checkpoint. */
  start(): Promise<void> {
    this.loaded ??= (async () => {
      const [states, history] = await Promise.all([
        this.store.listStates(),
        this.store.getHistory(),
      ]);
      this.history = history;
      const leftovers: string[] = [];
      for (const state of states) {
        if (!ACTIVE.has(state.status) && state.status !== 'needs_attention') {
          leftovers.push(state.id);
          continue;
        }
        if (state.status === 'saving') state.status = 'waiting';
        // A request that was in flight when the worker stopped may still run at Notion.
        if (state.inFlight !== null && state.inFlightAt !== null) {
          state.notBefore = Math.max(state.notBefore ?? 0, state.inFlightAt + this.policy.settleMs);
        }
        // Notion's Retry-After holds for the whole connection, across restarts too.
        if (state.waitReason === 'rate_limited' && state.notBefore !== null) {
          this.limiter(state.connectionId).pause(state.notBefore);
        }
        this.states.set(state.id, state);
      }
      if (leftovers.length > 0) await this.store.commit({ remove: leftovers });
      this.pump();
    })();
    return this.loaded;
  }

  /**
   * Stores a capture and queues it; resolves once it is safely in storage (before any
   * request). `properties`: built from the form (data sources); pages get their title.
   * @throws Problem('StorageFull') when extension storage has no room for it
   */
  async enqueue(input: CaptureInput, properties?: PageProperties): Promise<JobState> {
    await this.start();
    const props = properties ?? (await this.buildProperties(input));
    const id = this.deps.newId?.() ?? crypto.randomUUID();
    const { body, state, entry } = buildJob(id, input, props, this.clock.now());
    const history = upsertEntry(this.history, entry);
    await commitSafely(this.store, { bodies: [body], states: [state], history });
    this.history = history;
    this.states.set(id, state);
    this.emit({ type: 'changed' });
    this.pump();
    return { ...state };
  }

  /** Runs waiting captures whose time has come (alarms, the online event). */
  wake(): void {
    this.pump();
  }

  /** The connection has a working secret again: its captures go on. */
  connectionRestored(connectionId: string): void {
    this.revoked.delete(connectionId);
    for (const state of this.states.values()) {
      if (state.connectionId === connectionId && state.waitReason === 'reconnect') {
        Object.assign(state, { status: 'queued', waitReason: null, notBefore: null });
      }
    }
    this.pump();
  }

  /** Newest first: finished captures and those still in the outbox. */
  list(): HistoryEntry[] {
    const now = this.clock.now();
    return this.history.map((entry) => {
      const state = this.states.get(entry.id);
      return state ? entryFromState(entry, state, now) : entry;
    });
  }

  /** The checkpoint of a capture still in the outbox. */
  get(id: string): JobState | null {
    const state = this.states.get(id);
    return state ? { ...state } : null;
  }

  /** Captures not finished yet, and those that need attention (the toolbar badge). */
  counts(): { pending: number; attention: number } {
    let pending = 0;
    let attention = 0;
    for (const state of this.states.values()) {
      if (ACTIVE.has(state.status)) pending += 1;
      else if (state.status === 'needs_attention') attention += 1;
    }
    return { pending, attention };
  }

  /** Tries a capture that needs attention (or waits) again, now. */
  async retry(id: string): Promise<void> {
    const state = this.requireIdle(id);
    Object.assign(state, {
      status: 'queued',
      waitReason: null,
      attempts: 0,
      notBefore: null,
      repaired: false,
      updatedAt: this.clock.now(),
    });
    await this.saveWithHistory(state);
    this.pump();
  }

  /** Gives up a capture that is not being sent; what Notion already has stays. */
  async discard(id: string): Promise<void> {
    const state = this.requireIdle(id);
    Object.assign(state, { status: 'discarded', waitReason: null, updatedAt: this.clock.now() });
    await this.saveWithHistory(state);
    await this.store.commit({ remove: [id] });
    this.states.delete(id);
    this.emit({ type: 'changed' });
  }

  /** Changes title or form values of a failed capture, then retries it. */
  async editAndRetry(id: string, edit: CaptureEdit): Promise<void> {
    const state = this.requireIdle(id);
    const body = await this.store.getBody(id);
    if (!body) throw new Error('This capture is no longer stored.');
    const input = { ...body.input, title: edit.title ?? body.input.title };
    if (edit.inputs) input.inputs = edit.inputs;
    const properties = await this.buildProperties({ ...input, blocks: [] });
    const next = editedBody(body, state.done, input, properties);
    if (!next) throw new Error('This capture was already created in Notion; retry it instead.');
    await commitSafely(this.store, { bodies: [next] });
    const entry = this.history.find((e) => e.id === id);
    if (entry) this.history = upsertEntry(this.history, { ...entry, title: input.title });
    await this.retry(id);
  }

  /** Resolves when no capture can make progress without an event (tests, benchmarks). */
  settled(): Promise<void> {
    return new Promise((resolve) => {
      this.settledWaiters.push(resolve);
      this.checkSettled();
    });
  }

  /**
   * Stops this instance. `abandon`: like a killed worker, in-flight requests are left
   * to their fate and nothing more is written; otherwise running steps finish first.
   */
  async stop(options: { abandon?: boolean } = {}): Promise<void> {
    this.cancelTimer?.();
    if (options.abandon) {
      this.alive = false;
      return;
    }
    this.alive = false;
    await Promise.allSettled([...this.running.values()]);
  }

  private requireIdle(id: string): JobState {
    const state = this.states.get(id);
    if (!state) throw new Error('This capture is not in the outbox any more.');
    if (this.running.has(id)) throw new Error('This capture is being saved right now.');
    return state;
  }

  private async buildProperties(input: CaptureInput): Promise<PageProperties> {
    const { target } = input;
    if (target.kind === 'page') return pageTitleProperties(input.title);
    const deps = this.deps.properties;
    if (!deps) throw new Error('Properties for a data source capture were not given.');
    const client = await this.deps.clientFor(target.connectionId);
    const schema = await deps.fetchSchema(client, target.dataSourceId);
    const built = deps.buildProperties(schema, input.inputs ?? {});
    if ('errors' in built) throw new Error(Object.values(built.errors).join(' '));
    return built.properties as PageProperties;
  }

  private limiter(connectionId: string): RateLimiter {
    let limiter = this.limiters.get(connectionId);
    if (!limiter) {
      const budget = this.deps.budgetFor?.(connectionId) ?? notionBudget(3);
      limiter = new RateLimiter(budget, this.clock);
      this.limiters.set(connectionId, limiter);
    }
    return limiter;
  }

  private context(): RunContext {
    return {
      now: () => this.clock.now(),
      random: this.deps.random ?? Math.random,
      policy: this.policy,
      client: (id) => this.deps.clientFor(id),
      limiter: (id) => this.limiter(id),
      properties: this.deps.properties ?? null,
      claimed: (jobId) => this.claimedPages(jobId),
      isRevoked: (id) => this.revoked.has(id),
      revoke: (id, error) => this.revoke(id, error),
      alive: () => this.alive,
      saveState: (state) => this.write({ states: [state] }),
      saveBody: (body) => this.write({ bodies: [body] }),
    };
  }

  private async write(change: QueueStoreChange): Promise<void> {
    if (this.alive) await commitSafely(this.store, change);
  }

  private claimedPages(jobId: string): Set<string> {
    const ids = new Set<string>();
    for (const state of this.states.values()) {
      if (state.id !== jobId && state.pageId) ids.add(state.pageId);
    }
    for (const entry of this.history) if (entry.id !== jobId && entry.pageId) ids.add(entry.pageId);
    return ids;
  }

  private revoke(connectionId: string, error: StoredError): void {
    if (!this.revoked.has(connectionId)) this.deps.onUnauthorized?.(connectionId, error);
    this.revoked.set(connectionId, error);
    for (const state of this.states.values()) {
      if (state.connectionId === connectionId && ACTIVE.has(state.status)) {
        Object.assign(state, { status: 'waiting', waitReason: 'reconnect', error });
      }
    }
  }

  private async saveWithHistory(state: JobState): Promise<void> {
    const entry = this.history.find((e) => e.id === state.id);
    if (entry)
      this.history = upsertEntry(this.history, entryFromState(entry, state, this.clock.now()));
    await this.write({ states: [state], history: this.history });
  }

  private emit(event: QueueEvent): void {
    this.deps.onEvent?.(event);
  }

  private pump(): void {
    if (!this.alive || !this.loaded) return;
    const now = this.clock.now();
    const online = this.deps.isOnline?.() ?? true;
    const concurrency = this.deps.concurrency ?? 4;
    const perConnection = new Map<string, number>();
    for (const id of this.running.keys()) {
      const conn = this.states.get(id)?.connectionId ?? '';
      perConnection.set(conn, (perConnection.get(conn) ?? 0) + 1);
    }
    const orderTaken = new Set<string>();
    let nextWake = Infinity;
    const active = [...this.states.values()]
      .filter((s) => ACTIVE.has(s.status))
      .sort((a, b) => a.createdAt - b.createdAt);
    for (const state of active) {
      const blocked = state.orderKey !== null && orderTaken.has(state.orderKey);
      if (state.orderKey !== null) orderTaken.add(state.orderKey);
      if (this.running.has(state.id) || blocked) continue;
      if (this.revoked.has(state.connectionId) || !online) continue;
      if (state.notBefore !== null && state.notBefore > now) {
        nextWake = Math.min(nextWake, state.notBefore);
        continue;
      }
      const count = perConnection.get(state.connectionId) ?? 0;
      if (count >= concurrency) continue;
      perConnection.set(state.connectionId, count + 1);
      this.launch(state);
    }
    this.scheduleWake(nextWake);
    this.checkSettled();
  }

  private scheduleWake(at: number): void {
    this.cancelTimer?.();
    this.cancelTimer = null;
    if (!Number.isFinite(at)) return;
    this.cancelTimer = this.clock.setTimer(at - this.clock.now(), () => this.pump());
    this.deps.scheduleWake?.(at);
  }

  private launch(state: JobState): void {
    const run = (async () => {
      const body = await this.store.getBody(state.id);
      let end: RunEnd;
      if (!body) {
        end = 'needs_attention';
        Object.assign(state, {
          status: 'needs_attention',
          error: { status: null, code: 'job_missing', message: 'The capture body is gone.' },
        });
      } else {
        try {
          end = await new JobRunner(this.context(), state, body).run();
        } catch (error) {
          // Storage refused a checkpoint (or a bug): stop here, kept for a retry.
          if (!this.alive) return;
          end = 'needs_attention';
          const full = error instanceof Problem && error.code === 'StorageFull';
          Object.assign(state, {
            status: 'needs_attention',
            error: full
              ? { status: null, code: 'storage_full', message: error.message }
              : toStoredError(error),
          });
        }
      }
      if (this.alive) await this.finish(state, body, end);
    })()
      .catch(() => undefined)
      .finally(() => {
        this.running.delete(state.id);
        this.pump();
      });
    this.running.set(state.id, run);
  }

  private async finish(state: JobState, body: JobBody | null, end: RunEnd): Promise<void> {
    if (end === 'stopped') return;
    if (end === 'waiting') {
      await this.write({ states: [state] });
      this.emit({ type: 'changed' });
      return;
    }
    if (end === 'saved' && body && body.input.target.kind === 'page' && !state.pageId) {
      state.pageId = body.input.target.pageId;
      state.pageUrl = body.input.target.url ?? notionPageUrl(state.pageId);
    }
    await this.saveWithHistory(state);
    const entry = this.history.find((e) => e.id === state.id);
    if (end === 'saved') {
      await this.write({ remove: [state.id] });
      this.states.delete(state.id);
    }
    if (entry) this.emit({ type: end, entry });
    this.emit({ type: 'changed' });
  }

  private checkSettled(): void {
    if (this.settledWaiters.length === 0 || this.running.size > 0) return;
    const busy = [...this.states.values()].some(
      (s) => ACTIVE.has(s.status) && s.waitReason !== 'reconnect' && s.waitReason !== 'offline',
    );
    if (busy) return;
    const waiters = this.settledWaiters;
    this.settledWaiters = [];
    waiters.forEach((resolve) => resolve());
  }
}

/** The queue the background runs, with its real dependencies. */
export function createQueue(deps: QueueDeps): CaptureQueue {
  return new CaptureQueue(deps);
}
