/**
 * The popup as a sequence of states, decided from the save and the network alone: the
 * form (ready, or refused before anything was queued), on its way, waiting for a reason
 * that fixes itself, not saved with one thing to do, saved, and undone. Pure, so that
 * every state is tested without a browser.
 */
import type { MessageKey } from '@/lib/i18n';
import type { CaptureStatusView, CaptureRemedy } from '@/lib/messaging';
import type { CaptureWait } from '@/lib/queue/types';
import type { SaveState } from './session';

export type SaveStage =
  /** The form, editable: nothing queued yet, or refused before it was (`failed`). */
  | { stage: 'ready' }
  /** Handed to the queue, or being sent: the form stays but cannot change. */
  | { stage: 'progress'; view: CaptureStatusView | null }
  /** Waiting for Notion's pause, the network, or an earlier capture: amber, no action. */
  | { stage: 'waiting'; wait: CaptureWait; view: CaptureStatusView | null }
  /** Not saved and not going to be without the person: one notice, one action. */
  | { stage: 'failed'; view: CaptureStatusView; remedy: CaptureRemedy }
  /** Saved (the form is replaced by the result) or undone since. */
  | { stage: 'saved'; view: CaptureStatusView }
  | { stage: 'undone'; view: CaptureStatusView };

/** Where the popup stands; `online` is the browser's own view of the network. */
export function saveStage(save: SaveState, online: boolean): SaveStage {
  if (save.phase === 'idle' || save.phase === 'failed') return { stage: 'ready' };
  if (save.phase === 'sending') return { stage: 'progress', view: null };
  const { view } = save;
  if (view?.status === 'saved') return { stage: 'saved', view };
  if (view?.status === 'undone') return { stage: 'undone', view };
  if (view?.remedy) return { stage: 'failed', view, remedy: view.remedy };
  if (view?.status === 'needs_attention') return { stage: 'failed', view, remedy: 'retry' };
  if (view?.status === 'discarded') return { stage: 'progress', view };
  // Offline, the queue does not even try: the popup knows before the queue says so.
  const wait = view?.wait ?? (online ? null : { reason: 'offline' as const, until: null });
  if (wait) return { stage: 'waiting', wait, view };
  return { stage: 'progress', view };
}

/** Whole seconds left until `until` (epoch ms), never below 1 while it is ahead. */
export function secondsLeft(until: number, now: number): number {
  return Math.max(1, Math.ceil((until - now) / 1000));
}

/** The sentence of a wait at `now`: its reason and, when known, how long it lasts. */
export function waitSentence(
  wait: CaptureWait,
  now: number,
): { key: MessageKey; params?: { seconds: number } } {
  const ahead = wait.until !== null && wait.until > now;
  const params = ahead ? { seconds: secondsLeft(wait.until!, now) } : undefined;
  switch (wait.reason) {
    case 'rate_limited':
      return ahead ? { key: 'popupWaitRateLimited', params } : { key: 'popupWaitRateLimitedSoon' };
    case 'backoff':
      return ahead ? { key: 'popupWaitBackoff', params } : { key: 'popupWaitBackoffSoon' };
    case 'offline':
      return { key: 'popupWaitOffline' };
    case 'order':
      return { key: 'popupWaitOrder' };
    case 'reconnect':
      return { key: 'popupStatusNeedsSecret' };
  }
}
