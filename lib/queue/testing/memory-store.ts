/**
 * A `QueueStore` in memory, with extension storage's semantics where they matter: values
 * are copied as JSON (nothing shared with the caller), a commit applies whole or not at
 * all, and a quota refuses writes past it with Chrome's message. Used by tests and the
 * benchmark, which also read the peak size of the outbox from it.
 */
import { upsertEntries } from '../store/history';
import type { HistoryEntry, JobBody, JobState, QueueStore, QueueStoreChange } from '../types';

export class MemoryStore implements QueueStore {
  private readonly values = new Map<string, string>();
  private total = 0;
  /** Largest total size the stored values reached, in bytes of JSON. */
  peakBytes = 0;

  constructor(private readonly quotaBytes = Infinity) {}

  /** Total size of what is stored, in bytes of JSON (keys included). */
  get bytes(): number {
    return this.total;
  }

  async listStates(): Promise<JobState[]> {
    return [...this.values.entries()]
      .filter(([key]) => key.startsWith('state:'))
      .map(([, value]) => JSON.parse(value) as JobState);
  }

  async getBody(id: string): Promise<JobBody | null> {
    const value = this.values.get(`body:${id}`);
    return value ? (JSON.parse(value) as JobBody) : null;
  }

  async getHistory(): Promise<HistoryEntry[]> {
    return this.historyNow();
  }

  private historyNow(): HistoryEntry[] {
    const value = this.values.get('history');
    return value ? (JSON.parse(value) as HistoryEntry[]) : [];
  }

  // Synchronous to the end, like one `storage.local.set`: commits apply whole, in the
  // order they were called, and none reads a value another one is about to change.
  async commit(change: QueueStoreChange): Promise<void> {
    const writes = new Map<string, string | null>();
    for (const body of change.bodies ?? []) writes.set(`body:${body.id}`, JSON.stringify(body));
    for (const state of change.states ?? []) writes.set(`state:${state.id}`, JSON.stringify(state));
    for (const id of change.remove ?? []) {
      writes.set(`body:${id}`, null);
      writes.set(`state:${id}`, null);
    }
    if (change.entries && change.entries.length > 0) {
      const inOutbox = (id: string) =>
        writes.has(`state:${id}`)
          ? writes.get(`state:${id}`) !== null
          : this.values.has(`state:${id}`);
      const history = upsertEntries(this.historyNow(), change.entries, inOutbox);
      writes.set('history', JSON.stringify(history));
    }
    const size = (key: string, value: string | null | undefined) =>
      value === null || value === undefined ? 0 : key.length + Buffer.byteLength(value);
    let total = this.total;
    for (const [key, value] of writes) total += size(key, value) - size(key, this.values.get(key));
    // All or nothing, as one `storage.local.set` call is.
    if (total > this.quotaBytes) throw new Error('Resource::kQuotaBytes quota exceeded');
    for (const [key, value] of writes) {
      if (value === null) this.values.delete(key);
      else this.values.set(key, value);
    }
    this.total = total;
    this.peakBytes = Math.max(this.peakBytes, total);
  }
}
