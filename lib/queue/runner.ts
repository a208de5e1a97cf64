/**
 * Runs one capture's steps in order from its checkpoint. Before a write goes out the
 * checkpoint marks it in flight; after its answer the checkpoint records what Notion
 * returned. A step found in flight on start (the worker died, the answer never came) is
 * looked up at Notion before it is sent again. Failures go through the retry policy.
 */
import type { Client } from '@notionhq/client';
import { toStoredError, type StoredError } from '../notion/errors';
import { limitViolations } from '../notion/plan-check';
import { resolveRefs } from '../notion/plan-refs';
import type { PlanStep } from '../notion/plan-types';
import type { RateLimiter } from './limiter';
import { repairProperties, type PropertyDeps } from './repair';
import { decide, type RetryPolicy } from './retry-policy';
import { keepResults, neededResults, sendStep, type StepOutcome } from './send-step';
import type { JobBody, JobState, WaitReason } from './types';
import { notionPageUrl, verifyStep } from './verify';

export interface RunContext {
  now(): number;
  random(): number;
  policy: RetryPolicy;
  client(connectionId: string): Promise<Client>;
  limiter(connectionId: string): RateLimiter;
  properties: PropertyDeps | null;
  /** Pages other captures created, never to be claimed by this one. */
  claimed(jobId: string): Set<string>;
  isRevoked(connectionId: string): boolean;
  revoke(connectionId: string, error: StoredError): void;
  /** False once this queue instance was stopped: nothing more may be sent or written. */
  alive(): boolean;
  saveState(state: JobState): Promise<void>;
  saveBody(body: JobBody): Promise<void>;
}

/** How a run ended: finished, parked, waiting for a time or an event, or stopped. */
export type RunEnd = 'saved' | 'needs_attention' | 'waiting' | 'stopped';

const isWrite = (step: PlanStep) => step.kind !== 'list';

function park(state: JobState, error: StoredError, now: number): RunEnd {
  Object.assign(state, {
    status: 'needs_attention',
    waitReason: null,
    error,
    notBefore: null,
    updatedAt: now,
  });
  return 'needs_attention';
}

function wait(state: JobState, reason: WaitReason, until: number | null, now: number): RunEnd {
  Object.assign(state, { status: 'waiting', waitReason: reason, notBefore: until, updatedAt: now });
  return 'waiting';
}

/** Ids Notion says a failed write created anyway (`503` after commit). */
function committedIn(error: StoredError, step: PlanStep, keep: Set<number> | undefined) {
  const data = error.additional_data ?? {};
  const resource = data.committed_resource_id;
  const children = data.committed_child_ids;
  if (
    (step.kind === 'create_page' || step.kind === 'upload_create') &&
    typeof resource === 'string'
  ) {
    return { learned: { id: resource }, pageUrl: notionPageUrl(resource) };
  }
  if (step.kind === 'append' && Array.isArray(children)) {
    return { learned: keepResults(children, keep) };
  }
  return null;
}

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
      return this.failed(error, 'verify');
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
      return this.failed(failure?.error, isWrite(step) ? 'write' : 'read');
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

  /**
   * After a failed request. `phase`: a step's write or read, or the reads that look for
   * an earlier write (whose outcome stays unknown, so its in-flight mark stays).
   */
  private async failed(error: unknown, phase: 'write' | 'read' | 'verify'): Promise<RunEnd | null> {
    const { ctx, state } = this;
    const stored = toStoredError(error);
    const now = ctx.now();
    const decision = decide(stored, state.attempts + 1, phase === 'write', ctx.policy, ctx.random);
    state.error = stored;
    // Refused outright (429, 401): nothing was written. Otherwise a write stays unknown.
    const settle = (refused: boolean) => {
      if (phase === 'read' || (phase === 'write' && refused)) {
        Object.assign(state, { inFlight: null, inFlightAt: null });
      }
    };
    switch (decision.kind) {
      case 'rate_limited':
        ctx.limiter(state.connectionId).pause(now + decision.delayMs);
        settle(true);
        return wait(state, 'rate_limited', now + decision.delayMs, now);
      case 'offline':
        settle(false);
        return wait(state, 'offline', null, now);
      case 'reconnect':
        settle(true);
        ctx.revoke(state.connectionId, stored);
        return wait(state, 'reconnect', null, now);
      case 'retry':
        state.attempts += 1;
        settle(false);
        return wait(state, 'backoff', now + decision.delayMs, now);
      case 'fail':
        if (phase === 'write' && (await this.repair(error))) return null;
        // A 4xx answer means the write was refused; anything else leaves it unknown.
        settle(stored.status !== null && stored.status >= 400 && stored.status < 500);
        return park(state, stored, now);
    }
  }

  /** Once per capture: a 400 about a property → fresh schema, rebuilt properties. */
  private async repair(error: unknown): Promise<boolean> {
    const { ctx, state, body } = this;
    const step = body.plan.steps[state.done];
    const stored = toStoredError(error);
    if (step?.kind !== 'create_page' || stored.code !== 'validation_error') return false;
    if (state.repaired || !ctx.properties) return false;
    state.repaired = true;
    let properties;
    try {
      properties = await repairProperties(this.client as Client, ctx.properties, body, error);
    } catch {
      return false;
    }
    if (!properties || !ctx.alive()) return false;
    body.properties = properties;
    step.body = { ...step.body, properties };
    await ctx.saveBody(body);
    Object.assign(state, { inFlight: null, inFlightAt: null, attempts: 0, updatedAt: ctx.now() });
    await ctx.saveState(state);
    return true;
  }
}
