/**
 * Runs one capture's steps in order from its checkpoint. Before a write goes out the
 * checkpoint marks it in flight; after its answer the checkpoint records what Notion
 * returned. A step found in flight on start (the worker died, the answer never came) is
 * looked up at Notion before it is sent again. Failures go through the retry policy.
 */
import type { Client } from '@notionhq/client';
import { toStoredError } from '../notion/errors';
import { limitViolations } from '../notion/plan-check';
import { resolveRefs } from '../notion/plan-refs';
import type { PlanStep } from '../notion/plan-types';
import { afterFailure, committedIn, park, wait, type RunContext, type RunEnd } from './run-outcome';
import { neededResults, sendStep, type StepOutcome } from './send-step';
import type { JobBody, JobState } from './types';
import { notionPageUrl, verifyStep } from './verify';

export type { RunContext, RunEnd };

const isWrite = (step: PlanStep) => step.kind !== 'list';

export class JobRunner {
  private readonly keep;
  private client: Client | null = null;

  constructor(
    private readonly ctx: RunContext,
    private readonly state: JobState,
    private readonly body: JobBody,
  ) {
    this.keep = neededResults(body.plan);
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

  private resolved(index: number): PlanStep {
    return resolveRefs(this.body.plan.steps[index] as PlanStep, this.state.learned);
  }

  /** The step at `done` may or may not have been saved: look, then go on. */
  private async checkUnknown(): Promise<RunEnd | null> {
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

  private async sendNext(): Promise<RunEnd | null> {
    const { ctx, state } = this;
    const index = state.done;
    const step = this.resolved(index);
    const problems = limitViolations(step);
    if (problems.length > 0) {
      // A planner bug must not reach Notion as a 400 over and over.
      const error = { status: null, code: 'plan_invalid', message: problems.join('; ') };
      return park(state, error, ctx.now());
    }
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
      outcome = await sendStep(
        this.client as Client,
        this.body.plan,
        step,
        this.body.screenshot,
        this.keep.get(index),
      );
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

  /** Step `done` succeeded with `outcome`: checkpoint and move on. */
  private async record(outcome: StepOutcome): Promise<null> {
    const { ctx, state, body } = this;
    const index = state.done;
    const step = body.plan.steps[index] as PlanStep;
    const learned = outcome.learned;
    const keepsSomething =
      learned.id !== undefined ||
      learned.next_cursor !== undefined ||
      Object.keys(learned.results ?? {}).length > 0;
    if (keepsSomething) state.learned = { ...state.learned, [index]: learned };
    if (step.kind === 'create_page' && learned.id) {
      state.pageId = learned.id;
      state.pageUrl = outcome.pageUrl ?? notionPageUrl(learned.id);
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
    const uploadsLeft = body.plan.steps.slice(index + 1).some((s) => s.kind === 'upload_send');
    if (step.kind === 'upload_send' && !uploadsLeft && body.screenshot !== null) {
      // Sent: the picture now lives in Notion; free the room it took in storage.
      body.screenshot = null;
      await ctx.saveBody(body);
    }
    return null;
  }
}
