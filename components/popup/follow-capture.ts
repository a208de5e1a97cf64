/**
 * Following a capture after it was handed to the queue: ask where it stands, show it,
 * ask again until it is done. Free of the browser (the asking and the waiting come in),
 * so that the model-based queue tests follow captures exactly as the popup does.
 *
 * A question the background could not answer (its worker was being restarted, say) is
 * asked again: the capture is safe in storage, and telling the person it failed would
 * send them to save it a second time.
 */
import {
  ProtocolError,
  type CaptureStatus,
  type CaptureStatusView,
  type DescribedFailure,
} from '@/lib/messaging';

export const DONE: ReadonlySet<CaptureStatus> = new Set(['saved', 'needs_attention', 'discarded']);

/** Questions in a row the background may leave unanswered before the popup says so. */
export const UNANSWERED_LIMIT = 5;

export interface FollowDeps {
  /** `getCaptureStatus`; throws `ProtocolError` with the background's sentence. */
  ask(jobId: string): Promise<CaptureStatusView>;
  /** Shows where it stands; false when the popup moved on (another save, closed). */
  show(view: CaptureStatusView): boolean;
  /** Waits before the next question: shorter while the queue works on it. */
  pause(status: CaptureStatus | null): Promise<void>;
}

/**
 * Follows `jobId` until it is done (or the popup moved on). Resolves to the failure to
 * show when the background refused to say (or could not, `UNANSWERED_LIMIT` times).
 */
export async function followCapture(
  jobId: string,
  deps: FollowDeps,
  describeUnanswered: (error: unknown) => DescribedFailure,
): Promise<DescribedFailure | null> {
  let unanswered = 0;
  for (;;) {
    let view: CaptureStatusView;
    try {
      view = await deps.ask(jobId);
      unanswered = 0;
    } catch (error) {
      if (error instanceof ProtocolError) return error.failure;
      unanswered += 1;
      if (unanswered >= UNANSWERED_LIMIT) return describeUnanswered(error);
      await deps.pause(null);
      continue;
    }
    // A failure the connection doctor is still looking into is asked about again.
    if (!deps.show(view) || (DONE.has(view.status) && !view.diagnosis?.pending)) return null;
    await deps.pause(view.status);
  }
}
