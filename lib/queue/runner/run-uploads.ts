/**
 * The runner's part in uploads: a page image that Notion refuses, or whose bytes cannot
 * be had, is skipped (its blocks fall back, the history counts it); an upload that
 * expired unattached is made again before the step that attaches it runs.
 *
 * Why renew rather than resume: Notion deletes an upload not attached within about an
 * hour. A capture that waited longer between its uploads and its page (offline, a
 * revoked secret, parked until a person retried) would otherwise fail on an id that no
 * longer exists. Only then is an upload sent twice; an upload recorded as sent is never
 * sent again otherwise, after a restart neither.
 */
import type { Client } from '@notionhq/client';
import { toStoredError, type StoredError } from '../../notion/errors/errors';
import type { Learned } from '../../notion/plan/refs';
import type { PlanStep, UploadCreateStep } from '../../notion/plan/types';
import type { SkipReason } from '../images/fetch-image';
import type { RunContext } from './run-outcome';
import { renewUpload } from './send-step';
import type { JobBody, JobState } from '../types';
import { UPLOAD_TTL_MS, isUploadStep, type UploadFiles } from '../images/upload-files';

// Answers that refuse a file itself (its type, its size): retrying cannot help.
const REFUSED = new Set([400, 413, 415]);

export interface UploadRun {
  ctx: RunContext;
  state: JobState;
  body: JobBody;
  client: Client;
  files: UploadFiles;
}

/** A page image refused by Notion is skipped; anything else is a failure as usual. */
export function refusedFile(files: UploadFiles, step: PlanStep, error: StoredError): boolean {
  return files.optional(step) && error.status !== null && REFUSED.has(error.status);
}

/** Makes again the uploads step `index` attaches that expired (or are about to). */
export async function renewExpired(run: UploadRun, index: number): Promise<void> {
  const { ctx, state, body, files } = run;
  const planned = body.plan.steps[index] as PlanStep;
  for (const createIndex of files.expiring(index, state.learned, ctx.now())) {
    const create = body.plan.steps[createIndex] as UploadCreateStep;
    const ready = await files.prepare(create);
    let learned: Learned = { skipped: 'expired' satisfies SkipReason };
    if ('file' in ready) {
      const limiter = ctx.limiter(state.connectionId);
      const limited = <T>(send: () => Promise<T>) => limiter.run(send);
      // A send about to run sends the bytes itself, to the new upload.
      const withBytes = planned.kind !== 'upload_send';
      try {
        learned = await renewUpload(run.client, limited, create, ready.file, withBytes);
      } catch (error) {
        if (!refusedFile(files, create, toStoredError(error))) throw error;
        learned = { skipped: 'refused' };
      }
    }
    if (!ctx.alive()) return;
    if (learned.skipped) countSkip(state, files, create);
    else learned.expiresAt ??= ctx.now() + UPLOAD_TTL_MS;
    state.learned = { ...state.learned, [createIndex]: learned };
    await ctx.saveState(state);
  }
}

/** A skipped upload counted where the history tells it: the PDF's, else an image's. */
function countSkip(state: JobState, files: UploadFiles, step: PlanStep): void {
  if (files.isPdf(step)) state.pdfNotCopied = true;
  else state.imagesNotCopied = (state.imagesNotCopied ?? 0) + 1;
}

/**
 * Upload step `step` sends nothing: the history counts its image once, and an upload
 * created but never sent (a pending upload cannot be attached) counts as skipped too.
 * An image whose address points at this computer or the local network is counted apart
 * too, for the sentence that says why (`reason`, the step's skip reason).
 */
export function noteSkip(
  state: JobState,
  files: UploadFiles,
  step: PlanStep,
  reason?: string,
): void {
  if (!isUploadStep(step)) return;
  const createIndex = files.createIndexOf(step);
  const created = state.learned[createIndex];
  if (created?.skipped) return;
  countSkip(state, files, step);
  if (!files.isPdf(step) && reason === ('blocked_address' satisfies SkipReason)) {
    state.imagesBlocked = (state.imagesBlocked ?? 0) + 1;
  }
  if (step.kind === 'upload_send') {
    state.learned = { ...state.learned, [createIndex]: { ...created, skipped: 'refused' } };
  }
}
