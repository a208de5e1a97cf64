import { lazy, Suspense, useState } from 'react';
import { t } from '@/lib/i18n';

// Loaded on the click only: the popup's first paint carries none of it.
const TabsPanel = lazy(() => import('./TabsPanel'));

/** The popup's compact way to many tabs: one link in the footer, the panel on demand. */
export function TabsEntry({ windowId }: { windowId: number | null }) {
  const [open, setOpen] = useState(false);
  if (windowId === null) return null;
  return (
    <>
      <button
        type="button"
        className="link"
        aria-expanded={open}
        onClick={() => setOpen((o) => !o)}
      >
        {t('batchOpen')}
      </button>
      {open && (
        <Suspense fallback={null}>
          <TabsPanel windowId={windowId} />
        </Suspense>
      )}
    </>
  );
}
