/**
 * The storage keys the popup's first frame reads, named once for both readers: the items
 * in `index.ts` (through WXT's storage, which prefixes them with their area) and the
 * popup's first-paint read (`first-paint.ts`, which asks `storage.local` directly).
 */
export const STORAGE_KEYS = {
  connections: 'connections',
  targets: 'targets',
  defaultTargetId: 'defaultTargetId',
  recentTargetIds: 'recentTargetIds',
  rules: 'rules',
} as const;
