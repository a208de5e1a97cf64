/**
 * The one action the popup offers for a capture that is not saved, chosen from why it
 * is not: a refused secret needs a new one (trying again cannot help, so Retry is not
 * offered), an object Notion says it cannot find is usually a target no longer shared
 * with the integration (opened in Notion, it can be shared again), anything else can be
 * tried again once its cause is fixed.
 */
import { APIErrorCode } from '@notionhq/client';
import type { CaptureRemedy } from '../../messaging';
import type { CaptureWait, JobStatus } from '../../queue/types';
import type { StoredError } from './errors';

/** What a person can do about a capture in `status`; null while waiting helps by itself. */
export function remedyOf(
  status: JobStatus,
  wait: CaptureWait | null,
  error: StoredError | null,
): CaptureRemedy | null {
  const unfinished = status === 'queued' || status === 'saving' || status === 'waiting';
  if (!unfinished && status !== 'needs_attention') return null;
  if (wait?.reason === 'reconnect' || error?.code === APIErrorCode.Unauthorized) {
    return 'replace_secret';
  }
  if (status !== 'needs_attention') return null;
  if (error?.code === APIErrorCode.ObjectNotFound || error?.code === 'not_shared') {
    return 'open_target';
  }
  return 'retry';
}
