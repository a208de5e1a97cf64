/**
 * Reads a batch's tabs a few at a time and hands each to the queue. The browser is not
 * held: each lane reads one tab (in its own renderer process), hands it over, and takes
 * the next, so thirty tabs never run their capture scripts at once and no tab is
 * activated. Every change of the stored batch goes through `update`, a function of its
 * latest value (`change.ts`): lanes finishing together and the person's answer all land.
 */
import { claimNext, settleItem, type ItemOutcome } from './change';
import type { Batch, BatchItem, FailedReason } from './model';

/** What a tab's save came to. */
export type SaveOutcome = { jobId: string } | { failed: FailedReason; detail?: string };

export interface BatchDeps {
  /** Applies `change` to the stored batch `id`; resolves to the batch after it (null: gone). */
  update(id: string, change: (batch: Batch) => Batch): Promise<Batch | null>;
  /** Whether the tab's page is already saved in its target (or on its way there). */
  isSaved(item: BatchItem): Promise<boolean>;
  /** Reads the tab and queues its capture through the one save-request builder. */
  save(item: BatchItem): Promise<SaveOutcome>;
}

/** Tabs read at once: enough to overlap their reading, few enough not to load the browser. */
export const LANES = 3;

/** What one claimed tab comes to. Never throws: a failure is the tab's state. */
async function runItem(
  batch: Batch,
  item: BatchItem,
  again: boolean,
  deps: BatchDeps,
): Promise<ItemOutcome> {
  try {
    // Asked to save again (by the person, for this tab or for the whole batch): no lookup.
    if (!again && batch.duplicates !== 'save' && (await deps.isSaved(item))) {
      return 'saved_before';
    }
    const outcome = await deps.save(item);
    return 'jobId' in outcome
      ? { kind: 'queued', jobId: outcome.jobId }
      : {
          kind: 'failed',
          why: outcome.failed,
          ...(outcome.detail ? { detail: outcome.detail } : {}),
        };
  } catch (error) {
    return {
      kind: 'failed',
      why: 'refused',
      detail: error instanceof Error ? error.message : String(error),
    };
  }
}

async function lane(id: string, deps: BatchDeps): Promise<void> {
  for (;;) {
    let claimed: number | null = null;
    const batch = await deps.update(id, (current) => {
      const next = claimNext(current);
      claimed = next.index;
      return next.batch;
    });
    // Read once the change ran: `update` applies it to the latest stored batch.
    const index = claimed as number | null;
    if (!batch || index === null) return;
    const item = batch.items[index]!;
    const again = item.state.kind === 'capturing' && item.state.again === true;
    const state = await runItem(batch, item, again, deps);
    await deps.update(id, (current) => settleItem(current, index, state));
  }
}

/**
 * Runs the batch until no tab waits to be read. Safe to call while another run of the
 * same batch goes on (after the person answered, say): each tab is claimed once.
 */
export async function runBatch(id: string, deps: BatchDeps, lanes = LANES): Promise<void> {
  await Promise.all(Array.from({ length: lanes }, () => lane(id, deps)));
}
