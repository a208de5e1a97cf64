/**
 * The history's views: every capture, or only those that need the person, those still
 * waiting, or those saved. Pure, so the counts on the filter buttons and the list below
 * them are computed the same way.
 */
import type { HistoryEntry } from '@/lib/queue/types';

export const HISTORY_FILTERS = ['all', 'attention', 'waiting', 'saved'] as const;
export type HistoryFilter = (typeof HISTORY_FILTERS)[number];

/** Whether `entry` belongs in the view `filter`. */
export function inFilter(entry: Pick<HistoryEntry, 'status'>, filter: HistoryFilter): boolean {
  switch (filter) {
    case 'all':
      return true;
    case 'attention':
      return entry.status === 'needs_attention';
    case 'waiting':
      // Not finished yet and fixing itself: queued, being sent, or paused until a retry.
      return entry.status === 'queued' || entry.status === 'saving' || entry.status === 'waiting';
    case 'saved':
      return entry.status === 'saved';
  }
}

/** How many entries each view holds. */
export function filterCounts(
  entries: readonly Pick<HistoryEntry, 'status'>[],
): Record<HistoryFilter, number> {
  const counts = { all: 0, attention: 0, waiting: 0, saved: 0 };
  for (const entry of entries) {
    for (const filter of HISTORY_FILTERS) if (inFilter(entry, filter)) counts[filter] += 1;
  }
  return counts;
}

/** The captures one "Retry all" sends again: those that need the person, oldest first. */
export function retryAllIds(entries: readonly Pick<HistoryEntry, 'id' | 'status'>[]): string[] {
  return entries
    .filter((entry) => entry.status === 'needs_attention')
    .map((entry) => entry.id)
    .reverse();
}
