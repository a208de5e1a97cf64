/**
 * Runs one capture's steps in order from its checkpoint. Before a write goes out the
 * checkpoint marks it in flight; after its answer the checkpoint records what Notion
 * returned. A step found in flight on start (the worker died, the answer never came) is
 * looked up at Notion before it is sent again. Failures go through the retry policy.
 *
 * Uploads are steps like the others (same limiter, same checkpoints: one recorded as
 * sent is never sent again), with two additions (`run-uploads.ts`): a page image whose
 * bytes cannot be had, or that Notion refuses, is skipped and its block falls back to
 * its address; an upload that expired unattached (a capture that waited an hour between
 * its uploads and its page, offline or parked) is made again just before it is used.
 */
import type { Client } from '@notionhq/client';
import { toStoredError } from '../../notion/errors/errors';
import { notionPageUrlOrNull } from '../../notion/api/notion-url';
import { violationsText } from '../../notion/api/limit-check';
import { stepViolations } from '../../notion/plan/check';
import { resolveRefs } from '../../notion/plan/refs';
import type { PlanStep } from '../../notion/plan/types';
import { settleUploads } from '../../notion/plan/uploads';
import type { UploadFile } from '../images/fetch-image';
import { afterFailure, committedIn, park, wait, type RunContext, type RunEnd } from './run-outcome';
import { noteSkip, refusedFile, renewExpired } from './run-uploads';
import { neededResults, sendStep, type StepOutcome } from './send-step';
import type { JobBody, JobState } from '../types';
import { UPLOAD_TTL_MS, UploadFiles, isUploadStep } from '../images/upload-files';
import { notionPageUrl, verifyStep } from './verify';

export type { RunContext, RunEnd };

const isWrite = (step: PlanStep) => step.kind !== 'list';

export class JobRunner {
  private readonly keep;
  private readonly uploads: UploadFiles;
  private client: Client | null = null;

  constructor(
    private readonly ctx: RunContext,
    private readonly state: JobState,
    private readonly body: JobBody,
  ) {
    this.keep = neededResults(body.plan);
    this.uploads = new UploadFiles(
      body.plan,
      body,
      () => ctx.uploadLimit(state.connectionId),
      ctx.fetchImage,
    );
  }

  async run(): Promise<RunEnd> {
    const { ctx, state } = this;
    try {
      this.client = await ctx.client(state.connectionId);
    } catch (error) {
      return park(state, toStoredError(error), ctx.now());
    }
    while (state.done < this.body.plan.steps.length) {
      if (!ctx.alive()) return 'stopped';
      if (ctx.isRevoked(state.connectionId)) {
        return wait(state, 'reconnect', null, ctx.now());
      }
      const end = state.inFlight === state.done ? await this.checkUnknown() : await this.sendNext();
      if (end) return end;
    }
    Object.assign(state, { status: 'saved', waitReason: null, error: null, updatedAt: ctx.now() });
    return 'saved';
  }

  /** Step `index` as it goes out: uploads settled (kept or fallen back), ids filled in. */
  private resolved(index: number): PlanStep {
    const { learned } = this.state;
    return resolveRefs(settleUploads(this.body.plan.steps[index] as PlanStep, learned), learned);
  }

  /** The step at `done` may or may not have been saved: look, then go on. */
  private async checkUnknown(): Promise<RunEnd | null> {
    const { ctx, state } = this;
    const check = () => this.lookUp();
    // Looking for a page claims it: no other capture's creation may be out meanwhile.
    return this.body.plan.steps[state.done]?.kind === 'create_page'
      ? ctx.claims.lookingUp(state.connectionId, check)
      : check();
  }

  private async lookUp(): Promise<RunEnd | null> {
    const { ctx, state } = this;
    const index = state.done;
    const limiter = ctx.limiter(state.connectionId);
    try {
      const verdict = await verifyStep({
        client: this.client as Client,
        plan: this.body.plan,
        index,
        step: this.resolved(index),
        startedAt: state.startedAt ?? state.createdAt,
        claimed: ctx.claimed(state.id),
        keep: this.keep.get(index),
        lastOfStep: (step) => {
          const last = this.body.plan.steps[step];
          const count = last?.kind === 'append' ? last.count : 0;
          return state.learned[step]?.results?.[count - 1];
        },
        limited: (send) => limiter.run(send),
      });
      if (!ctx.alive()) return 'stopped';
      if (verdict.committed) return this.record(verdict.outcome);
      Object.assign(state, { inFlight: null, inFlightAt: null, updatedAt: ctx.now() });
      await ctx.saveState(state);
      return null;
    } catch (error) {
      if (!ctx.alive()) return 'stopped';
      return afterFailure(this.ctx, this.state, this.body, this.client as Client, error, 'verify');
    }
  }

  /**
   * Expired uploads renewed, then the bytes an upload step sends; or how the run ends
   * (`end: null`: the step was skipped and recorded, go on).
   */
  private async prepare(
    index: number,
  ): Promise<{ file: UploadFile | null } | { end: RunEnd | null }> {
    const { ctx, state } = this;
    const planned = this.body.plan.steps[index] as PlanStep;
    try {
      const client = this.client as Client;
      await renewExpired({ ctx, state, body: this.body, client, files: this.uploads }, index);
      if (!ctx.alive()) return { end: 'stopped' };
      if (!isUploadStep(planned)) return { file: null };
      const ready = await this.uploads.ready(planned, state.learned);
      if (!ctx.alive()) return { end: 'stopped' };
      if ('skip' in ready) return { end: await this.record({ learned: { skipped: ready.skip } }) };
      return { file: ready.file };
    } catch (error) {
      if (!ctx.alive()) return { end: 'stopped' };
      const client = this.client as Client;
      return { end: await afterFailure(ctx, state, this.body, client, error, 'read') };
    }
  }

  private async sendNext(): Promise<RunEnd | null> {
    const { ctx, state } = this;
    const index = state.done;
    const prepared = await this.prepare(index);
    if ('end' in prepared) return prepared.end;
    const step = this.resolved(index);
    const problems = stepViolations(step);
    if (problems.length > 0) {
      // A planner bug must not reach Notion as a 400 over and over.
      const error = { status: null, code: 'plan_invalid', message: violationsText(problems) };
      return park(state, error, ctx.now());
    }
    const send = () => this.send(index, step, prepared.file);
    // A page creation runs apart from the look-ups that claim pages (`page-claims.ts`).
    return step.kind === 'create_page' ? ctx.claims.creating(state.connectionId, send) : send();
  }

  /** Sends step `index` (resolved in `step`) and records its answer or its failure. */
  private async send(
    index: number,
    step: PlanStep,
    file: UploadFile | null,
  ): Promise<RunEnd | null> {
    const { ctx, state } = this;
    const release = await ctx.limiter(state.connectionId).acquire();
    let outcome: StepOutcome | null = null;
    let failure: { error: unknown } | null = null;
    try {
      if (!ctx.alive()) return 'stopped';
      if (ctx.isRevoked(state.connectionId)) return wait(state, 'reconnect', null, ctx.now());
      const now = ctx.now();
      Object.assign(state, {
        status: 'saving',
        waitReason: null,
        inFlight: index,
        inFlightAt: now,
        startedAt: state.startedAt ?? now,
        updatedAt: now,
      });
      await ctx.saveState(state);
      outcome = await sendStep(this.client as Client, step, file, this.keep.get(index));
    } catch (error) {
      failure = { error };
    } finally {
      // The window counts from the answer: Notion counted the request before it.
      release();
    }
    if (!ctx.alive()) return 'stopped';
    if (failure || !outcome) {
      const stored = toStoredError(failure?.error);
      const committed = committedIn(stored, step, this.keep.get(index));
      if (committed) return this.record(committed);
      if (refusedFile(this.uploads, this.body.plan.steps[index] as PlanStep, stored)) {
        return this.record({ learned: { skipped: 'refused' } });
      }
      const phase = isWrite(step) ? 'write' : 'read';
      return afterFailure(
        this.ctx,
        this.state,
        this.body,
        this.client as Client,
        failure?.error,
        phase,
      );
    }
    return this.record(outcome);
  }

  /** Step `done` succeeded (or was skipped) with `outcome`: checkpoint and move on. */
  private async record(outcome: StepOutcome): Promise<null> {
    const { ctx, state, body } = this;
    const index = state.done;
    const step = body.plan.steps[index] as PlanStep;
    const learned = outcome.learned;
    if (learned.skipped) noteSkip(state, this.uploads, step, learned.skipped);
    if (step.kind === 'upload_create' && learned.id)
      learned.expiresAt ??= ctx.now() + UPLOAD_TTL_MS;
    const keepsSomething =
      learned.id !== undefined ||
      learned.skipped !== undefined ||
      learned.next_cursor !== undefined ||
      Object.keys(learned.results ?? {}).length > 0;
    if (keepsSomething) state.learned = { ...state.learned, [index]: learned };
    if (step.kind === 'create_page' && learned.id) {
      state.pageId = learned.id;
      // The answer's `url` is kept only when it is a Notion page: it is opened in a tab.
      state.pageUrl = notionPageUrlOrNull(outcome.pageUrl) ?? notionPageUrl(learned.id);
    }
    Object.assign(state, {
      done: index + 1,
      inFlight: null,
      inFlightAt: null,
      attempts: 0,
      error: null,
      updatedAt: ctx.now(),
    });
    await ctx.saveState(state);
    if (isUploadStep(step) && (step.kind === 'upload_send' || learned.skipped)) {
      this.uploads.forget(step.attachment);
    }
    // Attached: the picture now lives in Notion; free the room it took in storage.
    if (this.uploads.free(state.done)) await ctx.saveBody(body);
    return null;
  }
}
