/**
 * Where a capture stands, as the popup shows it: its status, its failure in words, why
 * it waits and until when, what the person can do, and whether Undo is still possible.
 * A failure of the connection comes with what the connection doctor found, and the
 * doctor's first problem decides the one action offered.
 */
import type { CaptureDiagnosis, CaptureRemedy, CaptureStatusView } from '../messaging';
import { describeError } from '../notion/errors/describe-error';
import { remedyOf } from '../notion/errors/remedy';
import {
  firstAction,
  isConnectionFailure,
  isRunning,
  problemsFor,
  type Diagnosis,
} from '../notion/doctor/diagnosis';
import type { FindingAction } from '../notion/doctor/finding';
import { canUndo } from './store/undo';
import type { CaptureWait, HistoryEntry } from './types';

const REMEDIES: Record<FindingAction, CaptureRemedy> = {
  replace_token: 'replace_secret',
  open_target: 'open_target',
  open_token_settings: 'open_token_settings',
  retry: 'retry',
};

/** The doctor's view of a failed capture, or null when its failure is not the connection's. */
export function diagnosisOf(
  entry: HistoryEntry,
  diagnosis: Diagnosis | null | undefined,
  now: number,
): CaptureDiagnosis | null {
  if (entry.status === 'saved' || !isConnectionFailure(entry.error)) return null;
  if (!diagnosis) return null;
  if (isRunning(diagnosis, now)) return { pending: true, problems: [] };
  // A run cut short says nothing; the background starts another when asked.
  if (diagnosis.state !== 'done') return null;
  return { pending: false, problems: problemsFor(diagnosis, entry.targetId) };
}

/** The popup's view of a history line, with the wait the queue knows of (`waitOf`). */
export function statusView(
  entry: HistoryEntry,
  wait: CaptureWait | null,
  now: number,
  diagnosis: Diagnosis | null = null,
): CaptureStatusView {
  const remedy = remedyOf(entry.status, wait, entry.error);
  const found = diagnosisOf(entry, diagnosis, now);
  const action = found ? firstAction(found.problems) : null;
  return {
    status: entry.status,
    pageUrl: entry.pageUrl,
    failure: entry.error ? describeError(entry.error) : null,
    targetTitle: entry.targetTitle,
    wait,
    // The doctor knows better than the failure's code (a PAT refused by its workspace
    // answers 403 like a missing capability), once it found something to act on.
    remedy: remedy && action ? REMEDIES[action] : remedy,
    undoable: canUndo(entry, now),
    diagnosis: found,
  };
}
