/**
 * Every item the extension keeps in `browser.storage`. No other file touches the storage
 * API: the rest of the code reads and writes through these items, and zustand stores in
 * the UI only mirror them (`watch`).
 *
 * Each item has a `version` from day one so that a later shape change ships with a
 * migration instead of a broken profile.
 */
import { storage } from 'wxt/utils/storage';
import type { DataSourceObjectResponse } from '@notionhq/client';
import type { Connection, Target } from './notion/types';
import type { CaptureMode } from './capture/types';
import type { HistoryEntry, JobBody, JobState, QueueStore, QueueStoreChange } from './queue/types';

export const connectionsItem = storage.defineItem<Connection[]>('local:connections', {
  fallback: [],
  version: 1,
});

/**
 * Integration secrets as earlier versions kept them, by connection id. Not where they are
 * now: `storage.local` is open to content scripts (only Chrome can close it, with
 * `setAccessLevel`; Firefox cannot), and the extension injects one after each gesture.
 * Secrets live in the extension origin's IndexedDB (`lib/secrets/store.ts`, whose
 * docblock says why), which moves any it finds here on first use and removes this key.
 */
export const legacySecretsItem = storage.defineItem<Record<string, string>>('local:secrets', {
  fallback: {},
  version: 1,
});

/** Targets in the user's order. */
export const targetsItem = storage.defineItem<Target[]>('local:targets', {
  fallback: [],
  version: 1,
});

export const defaultTargetIdItem = storage.defineItem<string | null>('local:defaultTargetId', {
  fallback: null,
  version: 1,
});

/** Target ids, most recently used first (the popup lists them after the default). */
export const recentTargetIdsItem = storage.defineItem<string[]>('local:recentTargetIds', {
  fallback: [],
  version: 1,
});

export interface Settings {
  defaultMode: Extract<CaptureMode, 'bookmark' | 'article'>;
  notifications: boolean;
  openAfterSave: boolean;
  /** Opt-in: copy page images into Notion instead of linking to them. */
  uploadImages: boolean;
  /** Notion's budget per connection: 3/s on most plans, 10/s on Business and Enterprise. */
  requestsPerSecond: 3 | 10;
}

export const DEFAULT_SETTINGS: Settings = {
  defaultMode: 'bookmark',
  notifications: true,
  openAfterSave: false,
  uploadImages: false,
  requestsPerSecond: 3,
};

export const settingsItem = storage.defineItem<Settings>('local:settings', {
  fallback: DEFAULT_SETTINGS,
  version: 1,
});

/** A data source's schema as last read from Notion. */
export interface CachedSchema {
  dataSourceId: string;
  title: string;
  properties: DataSourceObjectResponse['properties'];
  fetchedAt: string;
}

/** Schemas by data source id. */
export const schemasItem = storage.defineItem<Record<string, CachedSchema>>('local:schemas', {
  fallback: {},
  version: 1,
});

// ─── Durable capture queue (lib/queue) ─────────────────────────────────────────────
// One key per capture for its body (the request plan, written once) and one for its
// checkpoint (rewritten after every request), an index of the captures in the outbox,
// and the compact history. chrome.storage.local holds about 10 MB without the
// `unlimitedStorage` permission: bodies of finished captures are removed.

const JOB_BODY_PREFIX = 'local:captureBody:';
const JOB_STATE_PREFIX = 'local:captureState:';

/** Ids of the captures in the outbox (their body and checkpoint keys exist). */
export const outboxIndexItem = storage.defineItem<string[]>('local:outboxIndex', {
  fallback: [],
  version: 1,
});

/** The last 200 captures, newest first. */
export const captureHistoryItem = storage.defineItem<HistoryEntry[]>('local:captureHistory', {
  fallback: [],
  version: 1,
});

type QueueKey = `local:${string}`;
const bodyKey = (id: string): QueueKey => `${JOB_BODY_PREFIX}${id}` as QueueKey;
const stateKey = (id: string): QueueKey => `${JOB_STATE_PREFIX}${id}` as QueueKey;

// Commits run one after the other: two captures queued at once must not both read the
// old index and each write it back without the other.
let queueCommits: Promise<unknown> = Promise.resolve();

/**
 * The queue's storage. A commit is one `storage.local.set` call (applied whole), then
 * the removal of finished captures' keys; a removal cut short by a stopped worker
 * leaves a finished checkpoint that the queue clears on its next start.
 */
export const queueStore: QueueStore = {
  async listStates() {
    const ids = await outboxIndexItem.getValue();
    const values = await storage.getItems(ids.map(stateKey));
    return values.map((v) => v.value as JobState | null).filter((s): s is JobState => s !== null);
  },
  async getBody(id) {
    return storage.getItem<JobBody>(bodyKey(id));
  },
  async getHistory() {
    return captureHistoryItem.getValue();
  },
  commit(change: QueueStoreChange) {
    const run = queueCommits.then(() => commitQueueChange(change));
    queueCommits = run.catch(() => undefined);
    return run;
  },
};

async function commitQueueChange(change: QueueStoreChange): Promise<void> {
  const values: Array<{ key: QueueKey; value: unknown }> = [];
  for (const body of change.bodies ?? []) values.push({ key: bodyKey(body.id), value: body });
  for (const state of change.states ?? []) values.push({ key: stateKey(state.id), value: state });
  if (change.history) values.push({ key: 'local:captureHistory', value: change.history });
  const added = (change.bodies ?? []).map((b) => b.id);
  const removed = new Set(change.remove ?? []);
  const index = added.length > 0 || removed.size > 0 ? await outboxIndexItem.getValue() : null;
  const next = [...new Set([...(index ?? []), ...added])].filter((id) => !removed.has(id));
  // A new capture is indexed in the same write as its records: never stored but unlisted.
  if (added.length > 0) values.push({ key: 'local:outboxIndex', value: next });
  if (values.length > 0) await storage.setItems(values);
  if (removed.size > 0) {
    // Records first, then the index: a stop in between leaves an id whose records are
    // gone, which listing skips, rather than records no one lists.
    await storage.removeItems([...removed].flatMap((id) => [bodyKey(id), stateKey(id)]));
    if (added.length === 0) await outboxIndexItem.setValue(next);
  }
}
