/**
 * The changes a stored batch goes through, each a function of the batch as it is now:
 * the background applies them inside one storage update (`updateItem`), so three
 * captures finishing at once and the person's answer never undo one another. Pure.
 */
import { MAX_BATCHES, type Batch, type BatchItemState } from './model';

/** Adds a batch to the stored list, newest first, keeping the last `MAX_BATCHES`. */
export function addBatch(batches: readonly Batch[], batch: Batch): Batch[] {
  return [batch, ...batches.filter((b) => b.id !== batch.id)].slice(0, MAX_BATCHES);
}

/** The list with `change` applied to the batch `id` (the same list when it is gone). */
export function changeBatch(
  batches: Batch[],
  id: string,
  change: (batch: Batch) => Batch,
): Batch[] {
  const at = batches.findIndex((b) => b.id === id);
  if (at === -1) return batches;
  const next = change(batches[at]!);
  if (next === batches[at]) return batches;
  return batches.map((b, i) => (i === at ? next : b));
}

function withState(batch: Batch, index: number, state: BatchItemState): Batch {
  return {
    ...batch,
    items: batch.items.map((item, i) => (i === index ? { ...item, state } : item)),
  };
}

/**
 * Takes the first tab waiting to be read: it becomes `capturing`, so no other lane
 * (nor a second runner of the same batch) takes it too. `index` is null when none waits.
 */
export function claimNext(batch: Batch): { batch: Batch; index: number | null } {
  const index = batch.items.findIndex((item) => item.state.kind === 'waiting');
  if (index === -1) return { batch, index: null };
  const waiting = batch.items[index]!.state as Extract<BatchItemState, { kind: 'waiting' }>;
  const state: BatchItemState = waiting.again
    ? { kind: 'capturing', again: true }
    : { kind: 'capturing' };
  return { batch: withState(batch, index, state), index };
}

/** What a claimed tab came to: a state, or "saved before" (decided by the batch's policy). */
export type ItemOutcome = BatchItemState | 'saved_before';

/**
 * What became of a claimed tab; a tab no longer `capturing` is left as it is. A page
 * saved before follows the policy as it is now, not as it was when the tab was claimed:
 * the person may have answered meanwhile.
 */
export function settleItem(batch: Batch, index: number, outcome: ItemOutcome): Batch {
  if (batch.items[index]?.state.kind !== 'capturing') return batch;
  if (outcome !== 'saved_before') return withState(batch, index, outcome);
  const state: BatchItemState =
    batch.duplicates === 'ask'
      ? { kind: 'already_saved' }
      : batch.duplicates === 'skip'
        ? { kind: 'skipped', why: 'already_saved' }
        : { kind: 'waiting', again: true };
  return withState(batch, index, state);
}

/**
 * The person's answer to "these are already saved": save them again (they wait to be
 * read, without asking again), or skip them.
 */
export function answerDuplicates(batch: Batch, saveAgain: boolean): Batch {
  if (batch.duplicates !== 'ask') return batch;
  return {
    ...batch,
    duplicates: saveAgain ? 'save' : 'skip',
    items: batch.items.map((item) =>
      item.state.kind !== 'already_saved'
        ? item
        : {
            ...item,
            state: saveAgain
              ? { kind: 'waiting', again: true }
              : { kind: 'skipped', why: 'already_saved' },
          },
    ),
  };
}

/**
 * After a stop: a tab the last worker was reading is read again — unless its capture
 * reached the queue before the stop (`queuedJob` finds it), which it then points to,
 * so that no tab is saved twice.
 */
export function resumeBatch(batch: Batch, queuedJob: (index: number) => string | null): Batch {
  if (!batch.items.some((item) => item.state.kind === 'capturing')) return batch;
  return {
    ...batch,
    items: batch.items.map((item, i) => {
      if (item.state.kind !== 'capturing') return item;
      const jobId = queuedJob(i);
      const state: BatchItemState = jobId
        ? { kind: 'queued', jobId }
        : item.state.again
          ? { kind: 'waiting', again: true }
          : { kind: 'waiting' };
      return { ...item, state };
    }),
  };
}

/** Whether some tab of the batch is still to be read. */
export function hasWork(batch: Batch): boolean {
  return batch.items.some(
    (item) => item.state.kind === 'waiting' || item.state.kind === 'capturing',
  );
}
