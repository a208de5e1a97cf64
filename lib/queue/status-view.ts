/**
 * Where a capture stands, as the popup shows it: its status, its failure in words, why
 * it waits and until when, what the person can do, and whether Undo is still possible.
 */
import type { CaptureStatusView } from '../messaging';
import { describeError } from '../notion/errors/describe-error';
import { remedyOf } from '../notion/errors/remedy';
import { canUndo } from './store/undo';
import type { CaptureWait, HistoryEntry } from './types';

/** The popup's view of a history line, with the wait the queue knows of (`waitOf`). */
export function statusView(
  entry: HistoryEntry,
  wait: CaptureWait | null,
  now: number,
): CaptureStatusView {
  return {
    status: entry.status,
    pageUrl: entry.pageUrl,
    failure: entry.error ? describeError(entry.error) : null,
    targetTitle: entry.targetTitle,
    wait,
    remedy: remedyOf(entry.status, wait, entry.error),
    undoable: canUndo(entry, now),
  };
}
