/**
 * What the extension's pages (the popup, the options page) read of storage. They only
 * mirror it — every change goes through the background, the one writer — so they need
 * no items of their own: defining an item with a migration runs that migration where it
 * is defined (a page would then write), and WXT's storage is about a tenth of the popup's
 * script. A mirrored item is a key of `storage.local` and what it reads as when nothing
 * is stored; the items in `index.ts` are defined from the same descriptors, so each key
 * and fallback is written once.
 *
 * Values are read as the items store them: under the key itself (WXT keeps the version
 * apart, under `key$`), a missing or null value reading as the fallback.
 */
import { browser } from 'wxt/browser';
import type { Batch } from '../batch/model';
import type { HighlightColor, PageHighlights } from '../highlights/model';
import type { Diagnoses } from '../notion/doctor/diagnosis';
import type { Connection, Target } from '../notion/types';
import type { HistoryEntry } from '../queue/types';
import type { SiteRule } from '../rules/model';
import type { CachedSchema } from './index';
import { STORAGE_KEYS } from './keys';
import { DEFAULT_SETTINGS, type Settings } from './settings';

export interface MirroredItem<T> {
  /** The key in `storage.local` (no area prefix). */
  key: string;
  fallback: T;
}

const mirrored = <T>(key: string, fallback: T): MirroredItem<T> => ({ key, fallback });

/** Every item a page follows. */
export const MIRRORED = {
  connections: mirrored<Connection[]>(STORAGE_KEYS.connections, []),
  targets: mirrored<Target[]>(STORAGE_KEYS.targets, []),
  defaultTargetId: mirrored<string | null>(STORAGE_KEYS.defaultTargetId, null),
  recentTargetIds: mirrored<string[]>(STORAGE_KEYS.recentTargetIds, []),
  rules: mirrored<SiteRule[]>(STORAGE_KEYS.rules, []),
  settings: mirrored<Settings>('settings', DEFAULT_SETTINGS),
  schemas: mirrored<Record<string, CachedSchema>>('schemas', {}),
  diagnoses: mirrored<Diagnoses>('diagnoses', {}),
  outboxIndex: mirrored<string[]>('outboxIndex', []),
  captureHistory: mirrored<HistoryEntry[]>('captureHistory', []),
  batches: mirrored<Batch[]>('batches', []),
  lastHighlightColor: mirrored<HighlightColor>('lastHighlightColor', 'yellow'),
};

/** One page's highlights (keyed by `highlightPageUrl`'s address); null when it has none. */
export const HIGHLIGHTS_KEY_PREFIX = 'highlights:';
export const mirroredPageHighlights = (pageUrl: string): MirroredItem<PageHighlights | null> =>
  mirrored(`${HIGHLIGHTS_KEY_PREFIX}${pageUrl}`, null);

type ValuesOf<I extends readonly MirroredItem<unknown>[]> = {
  [K in keyof I]: I[K] extends MirroredItem<infer T> ? T : never;
};

/** Reads the items with one `storage.local.get`, in their order. */
export async function readMirrored<const I extends readonly MirroredItem<unknown>[]>(
  items: I,
): Promise<ValuesOf<I>> {
  const values = await browser.storage.local.get(items.map((item) => item.key));
  return items.map((item) => values[item.key] ?? item.fallback) as ValuesOf<I>;
}

/** Calls `onChange` with the item's new value whenever it changes; returns the unwatch. */
export function watchMirrored<T>(item: MirroredItem<T>, onChange: (value: T) => void): () => void {
  const listener = (changes: Record<string, { newValue?: unknown }>, areaName: string) => {
    const change = changes[item.key];
    if (areaName === 'local' && change) onChange((change.newValue ?? item.fallback) as T);
  };
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage.onChanged.removeListener(listener);
}
