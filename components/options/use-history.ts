/**
 * The capture history as the background lists it, asked again whenever the stored
 * history or the outbox changes (a capture saved, failed, retried or discarded).
 */
import { useEffect, useState } from 'react';
import { toFailure } from '@/components/use-action';
import { sendMessage, type DescribedFailure, type HistoryView } from '@/lib/messaging';
import { useHistoryItemStore, useOutboxStore } from './stores';

export function useHistory(): {
  entries: HistoryView[] | null;
  failure: DescribedFailure | null;
} {
  const stored = useHistoryItemStore((s) => s.value);
  const outbox = useOutboxStore((s) => s.value);
  const [entries, setEntries] = useState<HistoryView[] | null>(null);
  const [failure, setFailure] = useState<DescribedFailure | null>(null);
  useEffect(() => {
    let live = true;
    sendMessage('listHistory', undefined).then(
      (list) => {
        if (!live) return;
        setEntries(list);
        setFailure(null);
      },
      (error: unknown) => {
        if (live) setFailure(toFailure(error));
      },
    );
    return () => {
      live = false;
    };
  }, [stored, outbox]);
  return { entries, failure };
}
