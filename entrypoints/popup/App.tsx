import { CapturePanel } from '@/components/popup/CapturePanel';
import { Onboarding } from '@/components/popup/Onboarding';
import { useConnectionsStore, useTargetsStore } from '@/components/popup/stores';

/**
 * The toolbar popup. It paints from storage alone — connections and targets are
 * known before any request — and shows the onboarding card until there is a place to
 * save to.
 */
export function PopupApp() {
  const connections = useConnectionsStore();
  const targets = useTargetsStore();
  // Storage answers within milliseconds; an empty frame avoids flashing the wrong card.
  if (!connections.loaded || !targets.loaded) return null;
  if (connections.value.length === 0) return <Onboarding step="connect" />;
  if (targets.value.length === 0) return <Onboarding step="target" />;
  return <CapturePanel />;
}
