/**
 * The options page's view of storage: one zustand store per item it shows. They only
 * mirror storage (see `createItemStore`); every change goes through a protocol verb.
 */
import { createItemStore } from '@/components/item-store';
import {
  captureHistoryItem,
  connectionsItem,
  defaultTargetIdItem,
  outboxIndexItem,
  settingsItem,
  targetsItem,
} from '@/lib/storage';

export const useConnectionsStore = createItemStore(connectionsItem);
export const useTargetsStore = createItemStore(targetsItem);
export const useDefaultTargetStore = createItemStore(defaultTargetIdItem);
export const useSettingsStore = createItemStore(settingsItem);
// The history is listed by the background (it adds the captures still in the outbox and
// their failures in words); these two only tell the page when to ask again.
export const useHistoryItemStore = createItemStore(captureHistoryItem);
export const useOutboxStore = createItemStore(outboxIndexItem);
