/**
 * The stores both pages paint from, one zustand store per storage item. They only
 * mirror storage (see `createItemStore`); every change goes through a protocol verb.
 * Each page loads its own copy: the popup and the options page are separate documents.
 */
import { createItemStore } from '@/components/item-store';
import { MIRRORED } from '@/lib/storage/mirror';

export const useConnectionsStore = createItemStore(MIRRORED.connections);
export const useTargetsStore = createItemStore(MIRRORED.targets);
export const useDefaultTargetStore = createItemStore(MIRRORED.defaultTargetId);
export const useSettingsStore = createItemStore(MIRRORED.settings);
export const useSchemasStore = createItemStore(MIRRORED.schemas);
export const useRulesStore = createItemStore(MIRRORED.rules);
