/**
 * Undo of a saved capture: its new page goes to Notion's trash, where the person can
 * still restore it for 30 days. Only a capture that made a page of its own can be
 * undone; a capture added to the end of an existing page is left alone (removing its
 * blocks would take one request per block, and a page the person also edits is theirs).
 */
import type { ProblemCode } from '../../problems';
import type { HistoryEntry } from '../types';

/** How long the popup offers Undo after it saw the capture saved. */
export const UNDO_OFFER_MS = 10_000;

/**
 * How long after saving the background still accepts an Undo: longer than the offer,
 * so that an Undo pressed at the last moment and slow to arrive is never refused.
 */
export const UNDO_LIMIT_MS = 120_000;

/** Whether this line's capture may be undone at `now`. */
export function canUndo(entry: HistoryEntry, now: number): boolean {
  return undoRefusal(entry, now) === null;
}

/**
 * Why this line's capture cannot be undone at `now`, as the problem to throw; null
 * when it can. An undone capture is refused too: its page is in the trash already.
 */
export function undoRefusal(entry: HistoryEntry, now: number): ProblemCode | null {
  if (entry.status === 'undone') return 'UndoDone';
  if (entry.status !== 'saved' || !entry.pageId) return 'UndoNotSaved';
  if (entry.createsPage !== true) return 'UndoAppended';
  const savedAt = entry.finishedAt ?? entry.createdAt;
  if (now - savedAt > UNDO_LIMIT_MS) return 'UndoTooLate';
  return null;
}

/** The line of an undone capture. */
export function undoneLine(entry: HistoryEntry): HistoryEntry {
  return { ...entry, status: 'undone' };
}
