import { lazy, Suspense, useLayoutEffect } from 'react';
import { CapturePanel } from '@/components/popup/CapturePanel';
import { removeShell } from '@/components/popup/shell';
import { useConnectionsStore, useTargetsStore } from '@/components/popup/stores';

// The first run's cards (with the connect form and the list of places) are asked for
// once; every later open has a target and never loads them.
const Onboarding = lazy(() =>
  import('@/components/popup/Onboarding').then((m) => ({ default: m.Onboarding })),
);

/**
 * The toolbar popup. It paints from storage alone — connections and targets are
 * known before any request — and shows the onboarding card until there is a place to
 * save to.
 */
export function PopupApp() {
  const connections = useConnectionsStore();
  const targets = useTargetsStore();
  const loaded = connections.loaded && targets.loaded;
  // The static shell stands in until the first card is drawn, and goes in the same
  // commit (a layout effect runs before the frame is painted): no blank frame between.
  useLayoutEffect(() => {
    if (loaded) removeShell();
  }, [loaded]);
  // Storage answers within milliseconds; an empty frame avoids flashing the wrong card.
  if (!loaded) return null;
  if (connections.value.length > 0 && targets.value.length > 0) return <CapturePanel />;
  return (
    <Suspense fallback={null}>
      {connections.value.length === 0 ? (
        <Onboarding step="connect" />
      ) : (
        <Onboarding step="target" connection={connections.value[0]} />
      )}
    </Suspense>
  );
}
