/**
 * The stores both pages paint from, one zustand store per storage item. They only
 * mirror storage (see `createItemStore`); every change goes through a protocol verb.
 * Each page loads its own copy: the popup and the options page are separate documents.
 */
import { createItemStore } from '@/components/item-store';
import {
  connectionsItem,
  defaultTargetIdItem,
  rulesItem,
  schemasItem,
  settingsItem,
  targetsItem,
} from '@/lib/storage';

export const useConnectionsStore = createItemStore(connectionsItem);
export const useTargetsStore = createItemStore(targetsItem);
export const useDefaultTargetStore = createItemStore(defaultTargetIdItem);
export const useSettingsStore = createItemStore(settingsItem);
export const useSchemasStore = createItemStore(schemasItem);
export const useRulesStore = createItemStore(rulesItem);
