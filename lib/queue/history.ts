/**
 * The capture history: one compact line per capture, newest first, at most 200 lines.
 * Bodies of finished captures are dropped; these lines are what remains of them.
 */
import type { HistoryEntry, JobState } from './types';

export const HISTORY_LIMIT = 200;

/** `entries` with `entry` in its place (or first when new), cut to the limit. */
export function upsertEntry(entries: readonly HistoryEntry[], entry: HistoryEntry): HistoryEntry[] {
  const index = entries.findIndex((e) => e.id === entry.id);
  const next =
    index === -1 ? [entry, ...entries] : entries.map((e, i) => (i === index ? entry : e));
  return next.slice(0, HISTORY_LIMIT);
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
    finishedAt: finished ? now : null,
    ...(state.imagesNotCopied ? { imagesNotCopied: state.imagesNotCopied } : {}),
    ...(state.imagesBlocked ? { imagesBlocked: state.imagesBlocked } : {}),
  };
}
