/**
 * The durable capture queue: every capture is stored before its first request and
 * resumed from its checkpoint after any stop, so that none is lost and none saved
 * twice. One rate limiter per connection paces every capture of it; captures appending
 * to the same page run one at a time, oldest first.
 *
 * The core is pure of the browser: storage, clock, network and the Notion client come
 * in as dependencies (`shell.ts` wires alarms, badge, notifications and online events).
 */
import type { PageProperties } from '../notion/plan/types';
import { Problem } from '../problems';
import { commitSafely, editableStep, editedBody } from './store/edit';
import { entryFromState } from './store/history';
import { undoRefusal, undoneLine } from './store/undo';
import { buildJob, pageTitleProperties } from './job';
import { ACTIVE, type CaptureEdit, type QueueDeps } from './queue-deps';
import { QueueScheduler } from './scheduler';
import type { CaptureInput, CaptureWait, HistoryEntry, JobState } from './types';

export type { CaptureEdit, QueueDeps, QueueEvent } from './queue-deps';

/**
 * What people and the background ask of the queue. The engine that holds the outbox and
 * runs it (`scheduler.ts`) is its own object; this class turns each request into changes
 * of that outbox.
 */
export class CaptureQueue {
  private readonly engine: QueueScheduler;
  /** Captures whose Undo is under way: a second press must not send a second request. */
  private readonly undoing = new Set<string>();

  constructor(deps: QueueDeps) {
    this.engine = new QueueScheduler(deps);
  }

  /** Loads the outbox and resumes every unfinished capture from its checkpoint. */
  start(): Promise<void> {
    return this.engine.start();
  }

  /** Runs waiting captures whose time has come (alarms, the online event). */
  wake(): void {
    this.engine.wake();
  }

  /** Resolves when no capture can make progress without an event (tests, benchmarks). */
  settled(): Promise<void> {
    return this.engine.settled();
  }

  /**
   * Stops this instance. `abandon`: like a killed worker, in-flight requests are left
   * to their fate and nothing more is written; otherwise running steps finish first.
   */
  stop(options: { abandon?: boolean } = {}): Promise<void> {
    return this.engine.stop(options);
  }

  /**
   * Stores a capture and queues it; resolves once it is safely in storage (before any
   * request). `properties`: built from the form (data sources); pages get their title.
   * @throws Problem('StorageFull') when extension storage has no room for it,
   *   Problem('ScreenshotTooLarge') when the workspace would refuse its screenshot,
   *   PlanError when one of its blocks is larger than any request may be
   */
  async enqueue(input: CaptureInput, properties?: PageProperties): Promise<JobState> {
    await this.engine.start();
    const props = properties ?? (await this.buildProperties(input));
    const id = this.engine.deps.newId?.() ?? crypto.randomUUID();
    const maxUploadBytes = await this.engine.uploadLimit(input.target.connectionId);
    const { body, state, entry } = buildJob(id, input, props, this.engine.clock.now(), {
      maxUploadBytes,
    });
    await commitSafely(this.engine.store, { bodies: [body], states: [state], entries: [entry] });
    // Stored: now the capture exists for everyone who asks (its line added to the latest
    // history, not to the one this call started with).
    this.engine.states.set(id, state);
    this.engine.keepFresh(body);
    this.engine.putLines([entry]);
    this.engine.emit({ type: 'changed' });
    this.engine.pump();
    return { ...state };
  }

  /** The connection has a working secret again: its captures go on. */
  connectionRestored(connectionId: string): void {
    this.engine.forgive(connectionId);
    const resumed: JobState[] = [];
    for (const state of this.engine.states.values()) {
      if (state.connectionId === connectionId && state.waitReason === 'reconnect') {
        Object.assign(state, { status: 'queued', waitReason: null, notBefore: null });
        resumed.push(state);
      }
    }
    // Stored too: a worker that starts later must not think they still wait for it.
    if (resumed.length > 0) void this.engine.write({ states: resumed }).catch(() => undefined);
    this.engine.pump();
  }

  /** Newest first: finished captures and those still in the outbox. */
  list(): HistoryEntry[] {
    const now = this.engine.clock.now();
    return this.engine.history.map((entry) => {
      const state = this.engine.states.get(entry.id);
      return state ? entryFromState(entry, state, now) : entry;
    });
  }

  /** The checkpoint of a capture still in the outbox. */
  get(id: string): JobState | null {
    const state = this.engine.states.get(id);
    return state ? { ...state } : null;
  }

  /**
   * Why an unfinished capture waits and until when, as the popup says it. The
   * connection's pause counts whoever caused it: after another capture's 429 this one
   * waits for the same `Retry-After`, even before its own turn.
   */
  waitOf(id: string): CaptureWait | null {
    const state = this.engine.states.get(id);
    if (!state || !ACTIVE.has(state.status)) return null;
    if (state.waitReason === 'reconnect') return { reason: 'reconnect', until: null };
    if (!(this.engine.deps.isOnline?.() ?? true) || state.waitReason === 'offline') {
      return { reason: 'offline', until: null };
    }
    const now = this.engine.clock.now();
    const paused = this.engine.limiter(state.connectionId).pausedUntilMs;
    if (paused > now) return { reason: 'rate_limited', until: paused };
    if (state.status !== 'waiting' || !state.waitReason) return null;
    const until = state.notBefore !== null && state.notBefore > now ? state.notBefore : null;
    return { reason: state.waitReason, until };
  }

  /**
   * Undoes a saved capture: `trash` moves its new page to Notion's trash (the caller
   * sends that request through the connection's limiter), then its history line says
   * it was undone. Resolves to that line.
   * @throws Problem('UndoDone' | 'UndoNotSaved' | 'UndoAppended' | 'UndoTooLate'),
   *   Problem('CaptureBusy') while an Undo of it is under way, Problem('CaptureGone')
   */
  async undo(id: string, trash: (pageId: string) => Promise<void>): Promise<HistoryEntry> {
    await this.engine.start();
    if (this.undoing.has(id)) throw new Problem('CaptureBusy');
    const entry = this.engine.history.find((e) => e.id === id);
    if (!entry) throw new Problem('CaptureGone');
    const refusal = undoRefusal(entry, this.engine.clock.now());
    if (refusal) throw new Problem(refusal);
    this.undoing.add(id);
    try {
      await trash(entry.pageId!);
      // The latest line, not the one read before the request: nothing else is lost.
      const line = undoneLine(this.engine.history.find((e) => e.id === id) ?? entry);
      this.engine.putLines([line]);
      await commitSafely(this.engine.store, { entries: [line] });
      this.engine.emit({ type: 'changed' });
      return line;
    } finally {
      this.undoing.delete(id);
    }
  }

  /** Captures not finished yet, and those that need attention (the toolbar badge). */
  counts(): { pending: number; attention: number } {
    let pending = 0;
    let attention = 0;
    for (const state of this.engine.states.values()) {
      if (ACTIVE.has(state.status)) pending += 1;
      else if (state.status === 'needs_attention') attention += 1;
    }
    return { pending, attention };
  }

  /** Tries a capture that needs attention (or waits) again, now. */
  retry(id: string): Promise<void> {
    return this.engine.whileIdle(id, (state) => this.requeue(state));
  }

  /** Gives up a capture that is not being sent; what Notion already has stays. */
  discard(id: string): Promise<void> {
    return this.engine.whileIdle(id, async (state) => {
      Object.assign(state, {
        status: 'discarded',
        waitReason: null,
        updatedAt: this.engine.clock.now(),
      });
      await this.engine.saveWithHistory(state);
      await this.engine.write({ remove: [id] });
      this.engine.states.delete(id);
      this.engine.emit({ type: 'changed' });
    });
  }

  /** Changes title or form values of a failed capture, then retries it. */
  editAndRetry(id: string, edit: CaptureEdit): Promise<void> {
    return this.engine.whileIdle(id, async (state) => {
      const body = await this.engine.store.getBody(id);
      if (!body) throw new Problem('CaptureGone');
      // The request that carries the title went out and its answer never came: the page
      // may exist under the old title, and an edited one would not be recognised as it.
      if (state.inFlight !== null && state.inFlight === editableStep(body.plan.steps)) {
        throw new Problem('CaptureOutcomeUnknown');
      }
      const input = { ...body.input, title: edit.title ?? body.input.title };
      if (edit.inputs) input.inputs = edit.inputs;
      if (edit.title && input.target.kind === 'data_source' && input.inputs) {
        // A database row takes its title from the form's title property.
        input.inputs = Object.fromEntries(
          Object.entries(input.inputs).map(([id, value]) => [
            id,
            value.type === 'title' ? { type: 'title', text: edit.title! } : value,
          ]),
        );
      }
      const properties = await this.buildProperties({ ...input, blocks: [] });
      const next = editedBody(body, state.done, input, properties);
      if (!next) throw new Problem('CaptureAlreadyCreated');
      const entry = this.engine.history.find((e) => e.id === id);
      const line = entry ? { ...entry, title: input.title } : null;
      await commitSafely(this.engine.store, {
        bodies: [next],
        ...(line ? { entries: [line] } : {}),
      });
      if (line) this.engine.putLines([line]);
      await this.requeue(state);
    });
  }

  private async requeue(state: JobState): Promise<void> {
    // Asked by a person: try the connection again even if it was refused before.
    this.engine.forgive(state.connectionId);
    Object.assign(state, {
      status: 'queued',
      waitReason: null,
      attempts: 0,
      notBefore: null,
      repaired: false,
      updatedAt: this.engine.clock.now(),
    });
    await this.engine.saveWithHistory(state);
  }

  private async buildProperties(input: CaptureInput): Promise<PageProperties> {
    const { target } = input;
    if (target.kind === 'page') return pageTitleProperties(input.title);
    const deps = this.engine.deps.properties;
    if (!deps) throw new Error('Properties for a data source capture were not given.');
    const client = await this.engine.deps.clientFor(target.connectionId);
    const schema = await this.engine
      .limiter(target.connectionId)
      .run(() => deps.fetchSchema(client, target.dataSourceId));
    const built = deps.buildProperties(schema, input.inputs ?? {});
    if ('errors' in built) {
      throw new Problem('InvalidValues', { details: Object.values(built.errors).join(' ') });
    }
    return built.properties as PageProperties;
  }
}

/** The queue the background runs, with its real dependencies. */
export function createQueue(deps: QueueDeps): CaptureQueue {
  return new CaptureQueue(deps);
}
