/**
 * Every item the extension keeps in `browser.storage`. No other file touches the storage
 * API: the rest of the code reads through these items, zustand stores in the UI only
 * mirror them (`watch`), and every change goes through `updateItem`/`updateItems` here.
 *
 * Each item has a `version` from day one so that a later shape change ships with a
 * migration instead of a broken profile.
 *
 * Why changes are functions: several things happen at once in the worker (three saves
 * from three popups, a schema refresh while a capture finishes). A change computed from
 * a value read earlier, then written after an `await`, would silently undo whatever
 * changed in between. So every change is a function of the latest value, and the changes
 * of one item run one after the other (the worker is the only writer: the pages ask it
 * through the protocol).
 */
import { browser } from 'wxt/browser';
import { storage, type WxtStorageItem } from 'wxt/utils/storage';
import type { DataSourceObjectResponse } from '@notionhq/client';
import type { Diagnoses } from '../notion/doctor/diagnosis';
import type { Connection, Target } from '../notion/types';
import type { SiteRule } from '../rules/model';
import type { HighlightColor, PageHighlights } from '../highlights/model';
import type { PageSync } from '../highlights/sync/model';
import type { Batch } from '../batch/model';
import { HIGHLIGHTS_KEY_PREFIX, MIRRORED } from './mirror';
import { DEFAULT_SETTINGS, type Settings } from './settings';

export { DEFAULT_SETTINGS, type Settings };
import { upsertEntries } from '../queue/store/history';
import type { HistoryEntry, JobBody, JobState, QueueStore, QueueStoreChange } from '../queue/types';

/**
 * Connections. Version 2 records each token's kind; every connection stored before PATs
 * existed in the extension was an integration's.
 */
export const connectionsItem = storage.defineItem<Connection[]>(
  `local:${MIRRORED.connections.key}`,
  {
    fallback: MIRRORED.connections.fallback,
    version: 2,
    migrations: {
      2: (connections: Omit<Connection, 'kind'>[]): Connection[] =>
        connections.map((c) => ({ ...c, kind: 'integration' })),
    },
  },
);

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
export const targetsItem = storage.defineItem<Target[]>(`local:${MIRRORED.targets.key}`, {
  fallback: MIRRORED.targets.fallback,
  version: 1,
});

/**
 * What the connection doctor last found per connection, run after a save failed for a
 * connection reason or by "Check" (see `lib/notion/doctor/diagnosis.ts`).
 */
export const diagnosesItem = storage.defineItem<Diagnoses>(`local:${MIRRORED.diagnoses.key}`, {
  fallback: MIRRORED.diagnoses.fallback,
  version: 1,
});

export const defaultTargetIdItem = storage.defineItem<string | null>(
  `local:${MIRRORED.defaultTargetId.key}`,
  {
    fallback: MIRRORED.defaultTargetId.fallback,
    version: 1,
  },
);

/** Target ids, most recently used first (the popup lists them after the default). */
export const recentTargetIdsItem = storage.defineItem<string[]>(
  `local:${MIRRORED.recentTargetIds.key}`,
  {
    fallback: MIRRORED.recentTargetIds.fallback,
    version: 1,
  },
);

/**
 * Site rules in the person's order: the first enabled rule that matches a page applies
 * (`lib/rules/match.ts`). Every rule stored here was read by `readRule`, so its pattern
 * compiles and its templates have no problem.
 */
export const rulesItem = storage.defineItem<SiteRule[]>(`local:${MIRRORED.rules.key}`, {
  fallback: MIRRORED.rules.fallback,
  version: 1,
});

export const settingsItem = storage.defineItem<Settings>(`local:${MIRRORED.settings.key}`, {
  fallback: MIRRORED.settings.fallback,
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
export const schemasItem = storage.defineItem<Record<string, CachedSchema>>(
  `local:${MIRRORED.schemas.key}`,
  {
    fallback: MIRRORED.schemas.fallback,
    version: 1,
  },
);

// ─── Durable capture queue (lib/queue) ─────────────────────────────────────────────
// One key per capture for its body (the request plan, written once) and one for its
// checkpoint (rewritten after every request), an index of the captures in the outbox,
// and the compact history. Storage is unlimited (`unlimitedStorage`), so a long time
// offline loses nothing; bodies of finished captures are removed all the same.

const JOB_BODY_PREFIX = 'local:captureBody:';
const JOB_STATE_PREFIX = 'local:captureState:';

/** Ids of the captures in the outbox (their body and checkpoint keys exist). */
export const outboxIndexItem = storage.defineItem<string[]>(`local:${MIRRORED.outboxIndex.key}`, {
  fallback: MIRRORED.outboxIndex.fallback,
  version: 1,
});

/** The last 200 captures, newest first. */
export const captureHistoryItem = storage.defineItem<HistoryEntry[]>(
  `local:${MIRRORED.captureHistory.key}`,
  {
    fallback: MIRRORED.captureHistory.fallback,
    version: 1,
  },
);

type QueueKey = `local:${string}`;
const bodyKey = (id: string): QueueKey => `${JOB_BODY_PREFIX}${id}` as QueueKey;
const stateKey = (id: string): QueueKey => `${JOB_STATE_PREFIX}${id}` as QueueKey;

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
    // Stored as its JSON text (`commitQueueChange`); a body stored before that, as a value.
    const stored = await storage.getItem<JobBody | string>(bodyKey(id));
    return typeof stored === 'string' ? (JSON.parse(stored) as JobBody) : stored;
  },
  async getHistory() {
    return captureHistoryItem.getValue();
  },
  // Commits run one after the other: two captures queued at once must not both read the
  // old index or history and each write it back without the other.
  commit: (change: QueueStoreChange) => exclusive([QUEUE_LOCK], () => commitQueueChange(change)),
};

async function commitQueueChange(change: QueueStoreChange): Promise<void> {
  const values: Array<{ key: QueueKey; value: unknown }> = [];
  // A body as its JSON text: storage copies a value value by value, and a long article's
  // plan is millions of them (2.7 s to write a 5 MB article's, 1.1 s to read it back),
  // where one string is written in a quarter of that and parsed back in a fraction.
  for (const body of change.bodies ?? [])
    values.push({ key: bodyKey(body.id), value: JSON.stringify(body) });
  for (const state of change.states ?? []) values.push({ key: stateKey(state.id), value: state });
  const added = (change.bodies ?? []).map((b) => b.id);
  const removed = new Set(change.remove ?? []);
  const entries = change.entries ?? [];
  const index =
    added.length > 0 || removed.size > 0 || entries.length > 0
      ? await outboxIndexItem.getValue()
      : null;
  const next = [...new Set([...(index ?? []), ...added])].filter((id) => !removed.has(id));
  if (entries.length > 0) {
    const listed = new Set(next);
    const history = upsertEntries(await captureHistoryItem.getValue(), entries, (id) =>
      listed.has(id),
    );
    values.push({ key: 'local:captureHistory', value: history });
  }
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

// ─── Many tabs at once (lib/batch) ───────────────────────────────────────────────────

/**
 * The last batches of tabs saved in one gesture, newest first (`MAX_BATCHES`): each tab
 * with where it stands, so a batch goes on after the worker was stopped. Changed only
 * through `updateItem`, as a function of the latest list (`lib/batch/change.ts`).
 */
export const batchesItem = storage.defineItem<Batch[]>(`local:${MIRRORED.batches.key}`, {
  fallback: MIRRORED.batches.fallback,
  version: 1,
});

// ─── Highlights (lib/highlights) ─────────────────────────────────────────────────────
// One key per page: a change to one page rewrites that page's highlights only (a
// thousand on one page cost nothing to another's), and a page with none has no key.

const HIGHLIGHTS_PREFIX = `local:${HIGHLIGHTS_KEY_PREFIX}`;
const highlightItems = new Map<string, ReturnType<typeof definePageHighlights>>();

const definePageHighlights = (pageUrl: string) =>
  storage.defineItem<PageHighlights | null>(`${HIGHLIGHTS_PREFIX}${pageUrl}`, {
    fallback: null,
    version: 1,
  });

/**
 * The highlights of the page at `pageUrl` (as `highlightPageUrl` gives it), null when it
 * has none; writing null removes the key. Change it only through `updateItem`.
 */
export function pageHighlightsItem(pageUrl: string) {
  // One item per key, so that defining it (which reads the key) happens once per page.
  let item = highlightItems.get(pageUrl);
  if (!item) highlightItems.set(pageUrl, (item = definePageHighlights(pageUrl)));
  return item;
}

const HIGHLIGHT_SYNC_PREFIX = 'local:highlightSync:';
const syncItems = new Map<string, ReturnType<typeof definePageSync>>();

const definePageSync = (pageUrl: string) =>
  storage.defineItem<PageSync | null>(`${HIGHLIGHT_SYNC_PREFIX}${pageUrl}`, {
    fallback: null,
    version: 1,
  });

/**
 * What Notion has of the highlights of the page at `pageUrl` (`lib/highlights/sync`):
 * its Notion page, a block per highlight, the request in flight. Change it only
 * through `updateItem`.
 */
export function pageHighlightSyncItem(pageUrl: string) {
  let item = syncItems.get(pageUrl);
  if (!item) syncItems.set(pageUrl, (item = definePageSync(pageUrl)));
  return item;
}

/** Pages whose highlights may differ from Notion's: synced again when the worker starts. */
export const highlightSyncPagesItem = storage.defineItem<string[]>('local:highlightSyncPages', {
  fallback: [],
  version: 1,
});

/** The colour of the last highlight made: the shortcut highlights in it. */
export const lastHighlightColorItem = storage.defineItem<HighlightColor>(
  `local:${MIRRORED.lastHighlightColor.key}`,
  { fallback: MIRRORED.lastHighlightColor.fallback, version: 1 },
);

const isPageHighlights = (value: unknown): value is PageHighlights =>
  typeof value === 'object' &&
  value !== null &&
  typeof (value as PageHighlights).url === 'string' &&
  Array.isArray((value as PageHighlights).highlights);

/**
 * Every page's highlights (for the options' list and the export). The keys are listed
 * first where the browser can (`getKeys`), so the outbox's large bodies are not read
 * just to be skipped. A key's metadata (`…$`) is told apart by its value, not its name:
 * a page address may itself end in `$`.
 */
export async function readAllPageHighlights(): Promise<PageHighlights[]> {
  const area = browser.storage.local as typeof browser.storage.local & {
    getKeys?: () => Promise<string[]>;
  };
  const local = 'local:'.length;
  const prefix = HIGHLIGHTS_PREFIX.slice(local);
  const keys =
    typeof area.getKeys === 'function'
      ? (await area.getKeys()).filter((key) => key.startsWith(prefix))
      : null;
  const values: Record<string, unknown> = keys
    ? keys.length > 0
      ? await area.get(keys)
      : {}
    : await area.get(null);
  return Object.entries(values)
    .filter(([key, value]) => key.startsWith(prefix) && isPageHighlights(value))
    .map(([, value]) => value as PageHighlights);
}

/** Calls `onChange` whenever any page's highlights change; returns the unwatch. */
export function watchAllPageHighlights(onChange: () => void): () => void {
  const prefix = HIGHLIGHTS_PREFIX.slice('local:'.length);
  const listener = (changes: Record<string, unknown>, areaName: string) => {
    if (areaName === 'local' && Object.keys(changes).some((key) => key.startsWith(prefix)))
      onChange();
  };
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage.onChanged.removeListener(listener);
}

// ─── Changing items ──────────────────────────────────────────────────────────────────

// The last change of each key (or lock name) in line: a new change waits for it.
const tails = new Map<string, Promise<void>>();
const QUEUE_LOCK = 'queue-records';

/**
 * Runs `run` once every earlier `exclusive` call naming one of `keys` has finished.
 * All keys are taken in the same synchronous step, so two callers can never wait on
 * each other.
 */
async function exclusive<T>(keys: readonly string[], run: () => Promise<T>): Promise<T> {
  const before = keys.map((key) => tails.get(key));
  let release: () => void = () => undefined;
  const done = new Promise<void>((resolve) => (release = resolve));
  for (const key of keys) tails.set(key, done);
  try {
    await Promise.all(before);
    return await run();
  } finally {
    release();
    // Forget keys nobody queued behind, so the map stays as small as the key set.
    for (const key of keys) if (tails.get(key) === done) tails.delete(key);
  }
}

// Any item's value type (the second parameter is wxt's metadata type).
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type AnyItem = WxtStorageItem<any, any>;
type ValueOf<I> = I extends WxtStorageItem<infer T, infer _M> ? T : never;
type ValuesOf<I extends Record<string, AnyItem>> = { [K in keyof I]: ValueOf<I[K]> };

/**
 * Changes several items together, as a function of their latest values: `change`
 * returns the items to write (an item left out, or returned as the same value, is not
 * written). It may wait for other work (a secret written first); the items stay
 * locked meanwhile. Changes of any of these items run one after the other. Items are written in
 * the order of `items`' keys, so a page following them never sees a later one before an
 * earlier one (a connection before its secret, say).
 * @returns the values after the change
 */
export function updateItems<I extends Record<string, AnyItem>>(
  items: I,
  change: (current: ValuesOf<I>) => Partial<ValuesOf<I>> | Promise<Partial<ValuesOf<I>>>,
): Promise<ValuesOf<I>> {
  const names = Object.keys(items) as Array<keyof I & string>;
  return exclusive(
    names.map((name) => items[name]!.key),
    async () => {
      const values = await Promise.all(names.map((name) => items[name]!.getValue()));
      const current = Object.fromEntries(names.map((name, i) => [name, values[i]])) as ValuesOf<I>;
      const patch = await change(current);
      for (const name of names) {
        if (!(name in patch) || patch[name] === current[name]) continue;
        await items[name]!.setValue(patch[name]);
      }
      return { ...current, ...patch };
    },
  );
}

/**
 * Changes one item as a function of its latest value (returning the same value writes
 * nothing). Every change of the item runs after the ones before it.
 * @returns the value after the change
 */
export async function updateItem<T>(
  item: WxtStorageItem<T, Record<string, unknown>>,
  change: (current: T) => T,
): Promise<T> {
  const after = await updateItems({ item }, ({ item: current }) => ({ item: change(current) }));
  return after.item;
}

/** Removes an item from storage (its value moved elsewhere), after its earlier changes. */
export async function removeItem<T>(item: WxtStorageItem<T, Record<string, unknown>>) {
  await exclusive([item.key], () => item.removeValue());
}
