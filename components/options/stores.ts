/**
 * The options page's view of storage: one zustand store per item it shows. They only
 * mirror storage (see `createItemStore`); every change goes through a protocol verb.
 */
import { createItemStore } from '@/components/item-store';
import { connectionsItem, defaultTargetIdItem, settingsItem, targetsItem } from '@/lib/storage';

export const useConnectionsStore = createItemStore(connectionsItem);
export const useTargetsStore = createItemStore(targetsItem);
export const useDefaultTargetStore = createItemStore(defaultTargetIdItem);
export const useSettingsStore = createItemStore(settingsItem);
