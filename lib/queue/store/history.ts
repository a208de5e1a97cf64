/**
 * The capture history: one compact line per capture, newest first. Bodies of finished
 * captures are dropped; these lines are what remains of them.
 *
 * The history is shared by every capture at once, so it is only ever changed by
 * `upsertEntries` applied to its latest value (in memory by the queue, in storage inside
 * the store's serialised commit): two captures changing their lines at the same time
 * both keep their change.
 */
import type { HistoryEntry, JobState } from '../types';

/** Finished lines kept beyond those of captures still in the outbox. */
export const HISTORY_LIMIT = 200;

const finishedAt = (e: HistoryEntry) => e.finishedAt ?? e.createdAt;

/**
 * `entries` with each of `changed` in its place (or first when new), then cut to the
 * limit: the lines that finished longest ago go first, and a line whose capture is
 * still in the outbox (`inOutbox`) never goes — a person following it must not be told
 * it is gone.
 */
export function upsertEntries(
  entries: readonly HistoryEntry[],
  changed: readonly HistoryEntry[],
  inOutbox: (id: string) => boolean,
): HistoryEntry[] {
  const next = [...entries];
  for (const entry of changed) {
    const index = next.findIndex((e) => e.id === entry.id);
    if (index === -1) next.unshift(entry);
    else next[index] = entry;
  }
  const excess = next.length - HISTORY_LIMIT;
  if (excess <= 0) return next;
  const dropped = new Set(
    next
      .filter((e) => !inOutbox(e.id))
      .sort((a, b) => finishedAt(a) - finishedAt(b))
      .slice(0, excess)
      .map((e) => e.id),
  );
  return next.filter((e) => !dropped.has(e.id));
}

/** The history line of a capture with what its checkpoint says now. */
export function entryFromState(entry: HistoryEntry, state: JobState, now: number): HistoryEntry {
  const finished = state.status === 'saved' || state.status === 'discarded';
  return {
    ...entry,
    status: state.status,
    pageId: state.pageId ?? entry.pageId,
    pageUrl: state.pageUrl ?? entry.pageUrl,
    error: state.status === 'saved' ? null : state.error,
    finishedAt: finished ? (entry.finishedAt ?? now) : null,
    ...(state.imagesNotCopied ? { imagesNotCopied: state.imagesNotCopied } : {}),
    ...(state.imagesBlocked ? { imagesBlocked: state.imagesBlocked } : {}),
    ...(state.pdfNotCopied ? { pdfNotCopied: true } : {}),
  };
}
