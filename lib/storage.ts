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

export const connectionsItem = storage.defineItem<Connection[]>('local:connections', {
  fallback: [],
  version: 1,
});

/**
 * Integration secrets by connection id, apart from the connection records so that
 * nothing that lists connections for a page can carry a secret along by accident. Read
 * only in the background worker. `storage.local` is closed to content scripts by default.
 */
export const secretsItem = storage.defineItem<Record<string, string>>('local:secrets', {
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
