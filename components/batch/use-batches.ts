/**
 * The stored batches with each one's progress, for the popup and the options history.
 * Both follow storage (the batches and the capture history), so the counts move as the
 * queue saves the tabs, with no request to the background.
 */
import { useMemo } from 'react';
import { createItemStore } from '@/components/item-store';
import type { Batch } from '@/lib/batch/model';
import { batchProgress, type BatchProgress } from '@/lib/batch/progress';
import type { JobStatus } from '@/lib/queue/types';
import { MIRRORED } from '@/lib/storage/mirror';

const useBatchesStore = createItemStore(MIRRORED.batches);
const useCaptureLinesStore = createItemStore(MIRRORED.captureHistory);

export interface BatchView {
  batch: Batch;
  progress: BatchProgress;
}

/** Newest first; null until storage answered. */
export function useBatches(): BatchView[] | null {
  const batches = useBatchesStore();
  const lines = useCaptureLinesStore();
  return useMemo(() => {
    if (!batches.loaded || !lines.loaded) return null;
    const status = new Map<string, JobStatus>(lines.value.map((e) => [e.id, e.status]));
    return batches.value.map((batch) => ({
      batch,
      progress: batchProgress(batch, (id) => status.get(id) ?? null),
    }));
  }, [batches, lines]);
}
