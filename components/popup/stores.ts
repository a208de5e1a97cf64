/**
 * The popup's view of storage: one zustand store per item it paints from. They only
 * mirror storage (see `createItemStore`), so the popup shows the cached targets and
 * schemas before any network call; every change goes through a protocol verb.
 */
import { createItemStore } from '@/components/item-store';
import {
  connectionsItem,
  defaultTargetIdItem,
  recentTargetIdsItem,
  schemasItem,
  settingsItem,
  targetsItem,
} from '@/lib/storage';

export const useConnectionsStore = createItemStore(connectionsItem);
export const useTargetsStore = createItemStore(targetsItem);
export const useDefaultTargetStore = createItemStore(defaultTargetIdItem);
export const useRecentTargetsStore = createItemStore(recentTargetIdsItem);
export const useSettingsStore = createItemStore(settingsItem);
export const useSchemasStore = createItemStore(schemasItem);
