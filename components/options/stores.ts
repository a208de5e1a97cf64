/**
 * The options page's view of storage: the stores both pages share, and its own. They
 * only mirror storage (see `createItemStore`); every change goes through a protocol verb.
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
// The history is listed by the background (it adds the captures still in the outbox and
// their failures in words); these two only tell the page when to ask again.
export const useHistoryItemStore = createItemStore(MIRRORED.captureHistory);
export const useOutboxStore = createItemStore(MIRRORED.outboxIndex);
// What the connection doctor last found per connection, shown on each connection's card.
export const useDiagnosesStore = createItemStore(MIRRORED.diagnoses);
