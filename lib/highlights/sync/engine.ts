/**
 * The sync's thin shell: makes Notion match a page's highlights, one request at a time,
 * each checkpointed in the page's synced state before it leaves and after its answer.
 *
 * Exactly once, whatever stops it: a request whose answer never came (the connection
 * dropped, a 5xx after the write, the worker stopped at any await) stays recorded as in
 * flight; before anything else is sent for the page, an append is looked for in Notion
 * by its blocks' markers (`blocks.ts`), and an update is sent again (it is idempotent;
 * the block's content is taken as unknown meanwhile); a deletion is simply repeated. A
 * request that may still be running at Notion (no answer at all) is looked for only
 * after `settleMs`.
 *
 * Syncs of one page run one at a time; asking while one runs makes it go round once
 * more, so a highlight added meanwhile goes in the next request, and several that wait
 * together go in one append.
 */
import type { StoredError } from '../../notion/errors/errors';
import { toStoredError } from '../../notion/errors/errors';
import type { Clock } from '../../queue/pacing/clock';
import { decide, type RetryPolicy } from '../../queue/pacing/retry-policy';
import type { Highlight } from '../model';
import { highlightBlock, highlightUpdate, type BlockContent } from './blocks';
import { emptySync, type PageSync, type SyncedPage, type SyncOp } from './model';
import { planSync } from './plan';

/** The requests a sync sends, on one connection. */
export interface SyncNotion {
  /** Appends `blocks` at the end of the page; the new blocks' ids, in order. */
  append(pageId: string, blocks: ReturnType<typeof highlightBlock>[]): Promise<string[]>;
  update(blockId: string, body: ReturnType<typeof highlightUpdate>): Promise<void>;
  remove(blockId: string): Promise<void>;
  /** The page's child blocks that carry a highlight marker: marker → block id. */
  markers(pageId: string): Promise<Map<string, string>>;
}

/** Where a page's highlights go, as far as is known now. */
export type PageResolution =
  | { kind: 'ready'; page: SyncedPage }
  /** Its Notion page is being made (a bookmark capture in the queue): wait for it. */
  | { kind: 'waiting' }
  | { kind: 'failed'; error: StoredError };

export interface SyncStore {
  /** The page's highlights: what Notion must end up with. */
  highlights(pageUrl: string): Promise<Highlight[]>;
  read(pageUrl: string): Promise<PageSync | null>;
  /** Changes the synced state as a function of its latest value. */
  update(pageUrl: string, change: (current: PageSync) => PageSync): Promise<PageSync>;
}

export interface SyncDeps {
  store: SyncStore;
  notion(connectionId: string): Promise<SyncNotion>;
  /** Runs one request in the connection's turn (the queue's limiter). */
  limited<T>(connectionId: string, send: () => Promise<T>): Promise<T>;
  /** Notion asked the connection to wait until `until` (a 429's Retry-After). */
  pause?(connectionId: string, until: number): void;
  resolvePage(pageUrl: string): Promise<PageResolution>;
  clock: Clock;
  policy: RetryPolicy;
  random?: () => number;
  /** Asks to be woken at `at` (an alarm: the worker may be stopped meanwhile). */
  scheduleWake?(at: number): void;
}

/** How a sync of one page ended. */
export type SyncEnd = 'synced' | 'waiting' | 'failed' | 'stopped';

const STOPPED = new Error('The highlight sync was stopped.');

export class HighlightSync {
  private readonly running = new Map<string, Promise<SyncEnd>>();
  private readonly again = new Set<string>();
  private alive = true;

  constructor(private readonly deps: SyncDeps) {}

  /**
   * Makes Notion match the page's highlights now (or as soon as it may), resolving to
   * how it ended. A call while the page's sync runs joins it, which goes round again.
   */
  sync(pageUrl: string): Promise<SyncEnd> {
    const current = this.running.get(pageUrl);
    if (current) {
      this.again.add(pageUrl);
      return current;
    }
    const run = (async () => {
      let end: SyncEnd;
      do {
        this.again.delete(pageUrl);
        end = await this.runPage(pageUrl).catch((error: unknown) =>
          error === STOPPED || !this.alive ? 'stopped' : this.broken(pageUrl, error),
        );
      } while (this.again.has(pageUrl) && end === 'synced');
      return end;
    })().finally(() => this.running.delete(pageUrl));
    this.running.set(pageUrl, run);
    return run;
  }

  /** Resolves when every sync under way has ended (tests). */
  async idle(): Promise<void> {
    while (this.running.size > 0) await Promise.allSettled([...this.running.values()]);
  }

  /** Stops this instance where it stands, as a stopped worker: nothing more is sent or written. */
  stop(): void {
    this.alive = false;
  }

  private check(): void {
    if (!this.alive) throw STOPPED;
  }

  /** Storage refused a checkpoint, or a bug: kept with its error, tried again on the next ask. */
  private async broken(pageUrl: string, error: unknown): Promise<SyncEnd> {
    const stored = toStoredError(error);
    await this.deps.store.update(pageUrl, (s) => ({ ...s, error: stored })).catch(() => undefined);
    return 'failed';
  }

  private now(): number {
    return this.deps.clock.now();
  }

  private async runPage(pageUrl: string): Promise<SyncEnd> {
    const { store } = this.deps;
    for (;;) {
      this.check();
      const sync = (await store.read(pageUrl)) ?? emptySync(pageUrl);
      this.check();
      if (sync.notBefore !== null && sync.notBefore > this.now()) {
        return this.waitUntil(sync.notBefore);
      }
      if (sync.inFlight) {
        await this.lookUp(pageUrl, sync);
        continue;
      }
      const desired = await store.highlights(pageUrl);
      this.check();
      const [op] = planSync(desired, sync.blocks);
      if (!op) {
        if (sync.error || sync.attempts > 0) {
          await store.update(pageUrl, (s) => ({ ...s, error: null, attempts: 0 }));
        }
        return 'synced';
      }
      if (!sync.notion) {
        const end = await this.findPage(pageUrl);
        if (end) return end;
        continue;
      }
      const end = await this.send(pageUrl, sync.notion, op, desired);
      if (end) return end;
    }
  }

  private waitUntil(at: number): SyncEnd {
    this.deps.scheduleWake?.(at);
    return 'waiting';
  }

  private async findPage(pageUrl: string): Promise<SyncEnd | null> {
    const found = await this.deps.resolvePage(pageUrl);
    this.check();
    if (found.kind === 'waiting') return 'waiting';
    if (found.kind === 'failed') {
      await this.deps.store.update(pageUrl, (s) => ({ ...s, error: found.error }));
      return 'failed';
    }
    // Kept once known: a page saved long ago may leave the history, not its highlights.
    await this.deps.store.update(pageUrl, (s) => (s.notion ? s : { ...s, notion: found.page }));
    return null;
  }

  /** The content a block should show for highlight `id`, from the latest highlights. */
  private content(desired: readonly Highlight[], id: string, op: SyncOp): BlockContent | null {
    const highlight = desired.find((h) => h.id === id);
    if (!highlight) return null;
    const item =
      op.kind === 'append' ? op.items.find((i) => i.id === id) : op.kind === 'update' ? op : null;
    return {
      id,
      exact: highlight.target.quote.exact,
      color: item?.color ?? highlight.color,
      note: item ? item.note : (highlight.note ?? null),
    };
  }

  /** Sends `op`, checkpointed before and after. Null: go on with the next request. */
  private async send(
    pageUrl: string,
    page: SyncedPage,
    op: SyncOp,
    desired: readonly Highlight[],
  ): Promise<SyncEnd | null> {
    const { store } = this.deps;
    const notion = await this.deps.notion(page.connectionId);
    this.check();
    let answer: string[] = [];
    try {
      await this.deps.limited(page.connectionId, async () => {
        this.check();
        // Marked in flight at the moment it leaves, in the connection's turn.
        await store.update(pageUrl, (s) => ({
          ...s,
          inFlight: { op, sentAt: this.now() },
        }));
        this.check();
        answer = await this.request(notion, pageUrl, page, op, desired);
      });
    } catch (error) {
      if (error === STOPPED || !this.alive) throw STOPPED;
      return this.failed(pageUrl, page, op, error);
    }
    this.check();
    await store.update(pageUrl, (s) => recorded(s, op, answer));
    return null;
  }

  private async request(
    notion: SyncNotion,
    pageUrl: string,
    page: SyncedPage,
    op: SyncOp,
    desired: readonly Highlight[],
  ): Promise<string[]> {
    if (op.kind === 'append') {
      const blocks = op.items.map((item) =>
        highlightBlock(pageUrl, this.content(desired, item.id, op)!),
      );
      return notion.append(page.pageId, blocks);
    }
    if (op.kind === 'update') {
      const content = this.content(desired, op.id, op)!;
      await notion.update(op.blockId, highlightUpdate(pageUrl, content));
      return [];
    }
    await notion.remove(op.blockId);
    return [];
  }

  /** After a failed request: wait and try again, look first, or keep the error. */
  private async failed(
    pageUrl: string,
    page: SyncedPage,
    op: SyncOp,
    error: unknown,
  ): Promise<SyncEnd | null> {
    const { store, policy } = this.deps;
    const stored = toStoredError(error);
    const now = this.now();
    // A block the person deleted in Notion (or already deleted by a lost answer).
    if (
      op.kind !== 'append' &&
      (stored.status === 404 || (stored.status === 400 && /archived/i.test(stored.message)))
    ) {
      await store.update(pageUrl, (s) => goneBlock(s, op.id));
      return null;
    }
    const current = (await store.read(pageUrl)) ?? emptySync(pageUrl);
    this.check();
    const attempts = current.attempts + 1;
    const decision = decide(stored, attempts, true, policy, this.deps.random ?? Math.random);
    if (decision.kind === 'rate_limited') {
      // Refused before anything was done: nothing is in flight.
      const until = now + decision.delayMs;
      this.deps.pause?.(page.connectionId, until);
      await store.update(pageUrl, (s) => ({
        ...s,
        inFlight: null,
        notBefore: until,
        error: stored,
      }));
      return this.waitUntil(until);
    }
    if (decision.kind === 'offline') {
      const until = now + policy.offlineRecheckMs;
      // No network now; whether the request left before it went is unknown, so it
      // stays in flight and is looked up first.
      await store.update(pageUrl, (s) => ({ ...s, notBefore: until }));
      return this.waitUntil(until);
    }
    if (decision.kind === 'retry') {
      // The write may have happened: it stays in flight, to be looked up first. An
      // answer that came (a 5xx) means Notion is done with it; none, that it may not be.
      const answered = stored.status !== null && stored.status !== 504;
      const until = now + decision.delayMs;
      await store.update(pageUrl, (s) => ({
        ...s,
        inFlight: s.inFlight && answered ? { ...s.inFlight, sentAt: 0 } : s.inFlight,
        attempts,
        notBefore: until,
        error: stored,
      }));
      return this.waitUntil(until);
    }
    // Retrying cannot help (or the secret is refused): kept until the person acts. A
    // write that got no definite answer stays in flight, to be looked up first then.
    const definite = stored.status !== null && stored.status < 500;
    await store.update(pageUrl, (s) => ({
      ...s,
      inFlight: definite ? null : s.inFlight,
      attempts,
      error: stored,
    }));
    return 'failed';
  }

  /** The in-flight request's outcome is unknown: find out before sending anything. */
  private async lookUp(pageUrl: string, sync: PageSync): Promise<void> {
    const { store, policy } = this.deps;
    const flight = sync.inFlight!;
    const settled = flight.sentAt + policy.settleMs;
    if (settled > this.now()) {
      await store.update(pageUrl, (s) => ({ ...s, notBefore: settled }));
      return;
    }
    const { op } = flight;
    if (op.kind !== 'append') {
      // Sent again by the next plan: the block's content is unknown until then.
      await store.update(pageUrl, (s) => unknownOutcome(s, op));
      return;
    }
    const page = sync.notion!;
    const notion = await this.deps.notion(page.connectionId);
    this.check();
    let found: Map<string, string>;
    try {
      found = await this.deps.limited(page.connectionId, () => notion.markers(page.pageId));
    } catch (error) {
      if (error === STOPPED || !this.alive) throw STOPPED;
      const stored = toStoredError(error);
      const decision = decide(
        stored,
        sync.attempts + 1,
        false,
        policy,
        this.deps.random ?? Math.random,
      );
      const delay =
        decision.kind === 'retry' || decision.kind === 'rate_limited'
          ? decision.delayMs
          : policy.offlineRecheckMs;
      await store.update(pageUrl, (s) => ({
        ...s,
        attempts: s.attempts + 1,
        notBefore: this.now() + delay,
        error: stored,
      }));
      return;
    }
    this.check();
    await store.update(pageUrl, (s) => adopted(s, op, found));
  }
}

/** The synced state after `op` was answered (`ids`: an append's new blocks). */
function recorded(sync: PageSync, op: SyncOp, ids: string[]): PageSync {
  const blocks = { ...sync.blocks };
  if (op.kind === 'append') {
    op.items.forEach((item, i) => {
      const blockId = ids[i];
      if (blockId) blocks[item.id] = { blockId, color: item.color, note: item.note };
    });
  } else if (op.kind === 'update') {
    blocks[op.id] = { blockId: op.blockId, color: op.color, note: op.note };
  } else {
    delete blocks[op.id];
  }
  return { ...sync, blocks, inFlight: null, attempts: 0, notBefore: null, error: null };
}

/** An append whose answer was lost: the blocks found by their markers are Notion's. */
function adopted(
  sync: PageSync,
  op: Extract<SyncOp, { kind: 'append' }>,
  found: Map<string, string>,
): PageSync {
  const blocks = { ...sync.blocks };
  for (const item of op.items) {
    const blockId = found.get(item.id);
    if (blockId && !blocks[item.id])
      blocks[item.id] = { blockId, color: item.color, note: item.note };
  }
  // Those not found were not saved: the next plan appends them again.
  return { ...sync, blocks, inFlight: null, notBefore: null };
}

/** An update or deletion whose answer was lost. */
function unknownOutcome(sync: PageSync, op: Exclude<SyncOp, { kind: 'append' }>): PageSync {
  const blocks = { ...sync.blocks };
  const block = blocks[op.id];
  if (op.kind === 'update' && block) blocks[op.id] = { ...block, color: null, note: null };
  // A deletion stays planned while the block is listed as synced; repeating it is harmless.
  return { ...sync, blocks, inFlight: null, notBefore: null };
}

/** Notion no longer has the highlight's block: forgotten (appended again if still wanted). */
function goneBlock(sync: PageSync, id: string): PageSync {
  const { [id]: _gone, ...blocks } = sync.blocks;
  return { ...sync, blocks, inFlight: null, attempts: 0, notBefore: null, error: null };
}
