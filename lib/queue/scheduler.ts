/**
 * The queue's engine: loads the outbox, picks the captures that may run (their time
 * has come, their connection is usable and under its concurrency, no older capture to
 * the same page is unfinished), runs them, records how each run ended, and sets the
 * timer (and the alarm, through `scheduleWake`) for the next one.
 *
 * `CaptureQueue` (`queue.ts`) owns one and turns what people ask (save, retry, discard,
 * edit) into changes of the outbox it holds; nothing else uses it.
 */
import { toStoredError, type StoredError } from '../notion/errors/errors';
import { Problem } from '../problems';
import { systemClock, type Clock } from './pacing/clock';
import { commitSafely } from './store/edit';
import { fetchImage } from './images/fetch-image';
import { entryFromState, upsertEntries } from './store/history';
import { RateLimiter, notionBudget, type RateBudget } from './pacing/limiter';
import { ACTIVE, type QueueDeps, type QueueEvent } from './queue-deps';
import { DEFAULT_POLICY, type RetryPolicy } from './pacing/retry-policy';
import { PageClaims } from './runner/page-claims';
import { JobRunner, type RunContext, type RunEnd } from './runner/runner';
import type { HistoryEntry, JobBody, JobState, QueueStore, QueueStoreChange } from './types';
import { notionPageUrl } from './runner/verify';

/** Bodies kept in memory for their first run (`keepFresh`). */
const FRESH_BODIES = 4;

const sameBudget = (a: RateBudget, b: RateBudget) =>
  a.requests === b.requests &&
  a.windowMs === b.windowMs &&
  a.burst === b.burst &&
  a.marginMs === b.marginMs;

export class QueueScheduler {
  readonly store: QueueStore;
  readonly clock: Clock;
  private readonly policy: RetryPolicy;
  /** The checkpoints of the captures in the outbox, by id. */
  readonly states = new Map<string, JobState>();
  private lines: HistoryEntry[] = [];
  private readonly running = new Map<string, Promise<void>>();
  /** Captures a person is changing right now (retry, discard, edit): not launched meanwhile. */
  private readonly changing = new Set<string>();
  private readonly limiters = new Map<string, RateLimiter>();
  private readonly revoked = new Map<string, StoredError>();
  private readonly claims = new PageClaims();
  private loaded: Promise<void> | null = null;
  private alive = true;
  private cancelTimer: (() => void) | null = null;
  private settledWaiters: Array<() => void> = [];
  /**
   * Bodies of captures just stored, handed to their first run instead of read back:
   * the body was built a moment ago, and reading a large article's plan back costs as
   * much as writing it. A few at most — a backlog waits in storage, not in memory.
   */
  private readonly fresh = new Map<string, JobBody>();

  constructor(readonly deps: QueueDeps) {
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
      this.lines = history;
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
        // Notion's Retry-After holds for the whole connection, across restarts too, and
        // so does a refused secret (until `connectionRestored`).
        if (state.waitReason === 'rate_limited' && state.notBefore !== null) {
          this.limiter(state.connectionId).pause(state.notBefore);
        }
        if (state.waitReason === 'reconnect' && state.error) {
          this.revoked.set(state.connectionId, state.error);
        }
        this.states.set(state.id, state);
      }
      if (leftovers.length > 0) await this.store.commit({ remove: leftovers });
      this.pump();
    })();
    return this.loaded;
  }

  /** Runs waiting captures whose time has come (alarms, the online event). */
  wake(): void {
    this.pump();
  }

  /** Resolves when no capture can make progress without an event (tests, benchmarks). */
  async settled(): Promise<void> {
    // Before the outbox is loaded, "nothing to do" would only mean "nothing known yet".
    await this.start();
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

  /** The history lines, newest first (finished captures and those in the outbox). */
  get history(): readonly HistoryEntry[] {
    return this.lines;
  }

  /** A person asked to try the connection again: its refusal is forgotten. */
  forgive(connectionId: string): void {
    this.revoked.delete(connectionId);
  }

  /**
   * Runs a person's change of one capture while nothing else touches it: not while it is
   * being sent, and not while another change of it is under way (two clicks, or Retry in
   * the popup and Discard in the history at once). The queue does not launch it meanwhile.
   */
  async whileIdle(id: string, change: (state: JobState) => Promise<void>): Promise<void> {
    await this.start();
    const state = this.states.get(id);
    if (!state) throw new Problem('CaptureGone');
    if (this.running.has(id) || this.changing.has(id)) throw new Problem('CaptureBusy');
    this.changing.add(id);
    // A person's change may store another body: the next run reads the stored one.
    this.fresh.delete(id);
    try {
      await change(state);
    } finally {
      this.changing.delete(id);
      this.pump();
    }
  }

  /** Keeps `body`, just committed, for the first run of its capture. */
  keepFresh(body: JobBody): void {
    this.fresh.set(body.id, body);
    for (const id of this.fresh.keys()) {
      if (this.fresh.size <= FRESH_BODIES) break;
      this.fresh.delete(id);
    }
  }

  /** The body of capture `id`: the one just stored when it is kept, else storage's. */
  private async bodyOf(id: string): Promise<JobBody | null> {
    const kept = this.fresh.get(id);
    this.fresh.delete(id);
    return kept ?? this.store.getBody(id);
  }

  /** The connection's rate limiter, shared by every capture of it. */
  limiter(connectionId: string): RateLimiter {
    const shared = this.deps.limiterFor?.(connectionId);
    if (shared) return shared;
    const budget = this.deps.budgetFor?.(connectionId) ?? notionBudget(3);
    let limiter = this.limiters.get(connectionId);
    if (!limiter) {
      limiter = new RateLimiter(budget, this.clock);
      this.limiters.set(connectionId, limiter);
    } else if (!sameBudget(limiter.currentBudget, budget)) {
      // The setting changed while the worker ran: the new pace applies from now on.
      limiter.setBudget(budget);
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
      claims: this.claims,
      isRevoked: (id) => this.revoked.has(id),
      revoke: (id, error) => this.revoke(id, error),
      alive: () => this.alive,
      saveState: (state) => this.write({ states: [state] }),
      saveBody: (body) => this.write({ bodies: [body] }),
      uploadLimit: (id) => this.uploadLimit(id),
      fetchImage: this.deps.fetchImage ?? fetchImage,
    };
  }

  /** The connection's upload cap; unknown (null) when it cannot be read. */
  async uploadLimit(connectionId: string): Promise<number | null> {
    try {
      return (await this.deps.uploadLimit?.(connectionId)) ?? null;
    } catch {
      return null;
    }
  }

  /** Commits a change of the outbox, unless this instance was stopped. */
  async write(change: QueueStoreChange): Promise<void> {
    if (this.alive) await commitSafely(this.store, change);
  }

  private claimedPages(jobId: string): Set<string> {
    const ids = new Set<string>();
    for (const state of this.states.values()) {
      if (state.id !== jobId && state.pageId) ids.add(state.pageId);
    }
    for (const entry of this.lines) if (entry.id !== jobId && entry.pageId) ids.add(entry.pageId);
    return ids;
  }

  private revoke(connectionId: string, error: StoredError): void {
    if (!this.revoked.has(connectionId)) this.deps.onUnauthorized?.(connectionId, error);
    this.revoked.set(connectionId, error);
    const waiting: JobState[] = [];
    for (const state of this.states.values()) {
      if (state.connectionId === connectionId && ACTIVE.has(state.status)) {
        Object.assign(state, { status: 'waiting', waitReason: 'reconnect', error });
        // Running captures write their own checkpoint when they stop.
        if (!this.running.has(state.id)) waiting.push(state);
      }
    }
    if (waiting.length > 0) void this.write({ states: waiting }).catch(() => undefined);
  }

  /**
   * Puts history lines in place, in memory at once: the change is made to the latest
   * history, whatever else is under way. The same lines go to storage with the commit
   * (`QueueStoreChange.entries`), which applies them to the latest stored history.
   */
  putLines(entries: readonly HistoryEntry[]): void {
    this.lines = upsertEntries(this.lines, entries, (id) => this.states.has(id));
  }

  /** Stores the checkpoint and the history line that follows from it. */
  async saveWithHistory(state: JobState): Promise<void> {
    const entry = this.lines.find((e) => e.id === state.id);
    const line = entry ? entryFromState(entry, state, this.clock.now()) : null;
    if (line) this.putLines([line]);
    await this.write({ states: [state], ...(line ? { entries: [line] } : {}) });
  }

  /** Tells the world (the badge, an open popup) what happened. */
  emit(event: QueueEvent): void {
    this.deps.onEvent?.(event);
  }

  /** Launches every capture that may run now, and sets the timer for the next one. */
  pump(): void {
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
      if (this.running.has(state.id) || this.changing.has(state.id) || blocked) continue;
      if (this.revoked.has(state.connectionId)) continue;
      if (!online) {
        nextWake = Math.min(nextWake, now + this.policy.offlineRecheckMs);
        continue;
      }
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
      const body = await this.bodyOf(state.id);
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
    const entry = this.lines.find((e) => e.id === state.id);
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
