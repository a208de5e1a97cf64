/**
 * The popup's view of storage: the stores both pages share, and its own. They only
 * mirror storage (see `createItemStore`), so the popup shows the cached targets and
 * schemas before any network call; every change goes through a protocol verb.
 */
import { createItemStore } from '@/components/item-store';
import { MIRRORED } from '@/lib/storage/mirror';

export {
  useConnectionsStore,
  useDefaultTargetStore,
  useRulesStore,
  useSchemasStore,
  useSettingsStore,
  useTargetsStore,
} from '@/components/stores';
export const useRecentTargetsStore = createItemStore(MIRRORED.recentTargetIds);
