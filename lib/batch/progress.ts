/**
 * What the popup and the history say of a batch: how many of its tabs are saved, on
 * their way, skipped, need attention, or cannot be saved. The queue's own status of each
 * capture decides for the tabs that reached it. Pure.
 */
import type { JobStatus } from '../queue/types';
import type { Batch, BatchItem } from './model';

export interface BatchProgress {
  total: number;
  saved: number;
  /** Being read, or in the queue and not saved yet. */
  pending: number;
  /** Skipped: already saved (after the person's answer, or by the menu's rule), or the same page twice. */
  skipped: number;
  /** Saved before and waiting for the person's answer. */
  alreadySaved: number;
  /** Failed in the queue, or could not be read. */
  attention: number;
  /** Never tried: the browser keeps the tab closed (see `NotCapturableReason`). */
  notCapturable: number;
  /** Nothing more will happen without the person. */
  done: boolean;
}

type Bucket = Exclude<keyof BatchProgress, 'total' | 'done'>;

function bucketOf(item: BatchItem, statusOf: (jobId: string) => JobStatus | null): Bucket {
  const { state } = item;
  switch (state.kind) {
    case 'waiting':
    case 'capturing':
      return 'pending';
    case 'already_saved':
      return 'alreadySaved';
    case 'skipped':
      return 'skipped';
    case 'not_capturable':
      return 'notCapturable';
    case 'failed':
      return 'attention';
    case 'queued': {
      const status = statusOf(state.jobId);
      if (status === 'saved') return 'saved';
      if (status === 'needs_attention') return 'attention';
      // Discarded or undone by the person afterwards: not saved, and on purpose.
      if (status === 'discarded' || status === 'undone') return 'skipped';
      // Queued, saving, waiting — or a line the history no longer keeps.
      return status === null ? 'saved' : 'pending';
    }
  }
}

/**
 * The batch's counts. `statusOf` is the queue's status of a capture (null when neither
 * the outbox nor the history has it any more: the history keeps 200 lines, and a line
 * only leaves it long after its capture finished, so it counts as saved).
 */
export function batchProgress(
  batch: Batch,
  statusOf: (jobId: string) => JobStatus | null,
): BatchProgress {
  const counts: Record<Bucket, number> = {
    saved: 0,
    pending: 0,
    skipped: 0,
    alreadySaved: 0,
    attention: 0,
    notCapturable: 0,
  };
  for (const item of batch.items) counts[bucketOf(item, statusOf)] += 1;
  return { total: batch.items.length, ...counts, done: counts.pending === 0 };
}

/** The tabs to list with why they were not saved, in the batch's order. */
export function itemsToExplain(batch: Batch): BatchItem[] {
  return batch.items.filter(
    (item) =>
      item.state.kind === 'not_capturable' ||
      item.state.kind === 'failed' ||
      (item.state.kind === 'skipped' && item.state.why === 'same_page'),
  );
}
