/**
 * After a failed request: the retry policy's decision carried out on the checkpoint,
 * and, once per capture, the repair of properties after a 400 about a stale schema.
 */
import type { Client } from '@notionhq/client';
import { toStoredError, type StoredError } from '../../notion/errors/errors';
import type { PlanStep } from '../../notion/plan/types';
import type { RateLimiter } from '../pacing/limiter';
import type { FetchImage } from '../images/fetch-image';
import type { PageClaims } from './page-claims';
import { repairProperties, type PropertyDeps } from './repair';
import { decide, type RetryPolicy } from '../pacing/retry-policy';
import { keepResults, type StepOutcome } from './send-step';
import type { JobBody, JobState, WaitReason } from '../types';
import { notionPageUrl } from './verify';

export interface RunContext {
  now(): number;
  random(): number;
  policy: RetryPolicy;
  client(connectionId: string): Promise<Client>;
  limiter(connectionId: string): RateLimiter;
  properties: PropertyDeps | null;
  /** Pages other captures created, never to be claimed by this one. */
  claimed(jobId: string): Set<string>;
  /** Keeps page creations apart from the look-ups that claim pages. */
  claims: PageClaims;
  isRevoked(connectionId: string): boolean;
  revoke(connectionId: string, error: StoredError): void;
  /** False once this queue instance was stopped: nothing more may be sent or written. */
  alive(): boolean;
  saveState(state: JobState): Promise<void>;
  saveBody(body: JobBody): Promise<void>;
  /** The workspace's upload cap of a connection, null when unknown. */
  uploadLimit(connectionId: string): Promise<number | null>;
  /** Fetches a page image for its upload. */
  fetchImage: FetchImage;
}

/** How a run ended: finished, parked, waiting for a time or an event, or stopped. */
export type RunEnd = 'saved' | 'needs_attention' | 'waiting' | 'stopped';

export function park(state: JobState, error: StoredError, now: number): RunEnd {
  Object.assign(state, {
    status: 'needs_attention',
    waitReason: null,
    error,
    notBefore: null,
    updatedAt: now,
  });
  return 'needs_attention';
}

export function wait(
  state: JobState,
  reason: WaitReason,
  until: number | null,
  now: number,
): RunEnd {
  Object.assign(state, { status: 'waiting', waitReason: reason, notBefore: until, updatedAt: now });
  return 'waiting';
}

/** Ids Notion says a failed write created anyway (`503` after commit). */
export function committedIn(
  error: StoredError,
  step: PlanStep,
  keep: Set<number> | undefined,
): StepOutcome | null {
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

/**
 * After a failed request. `phase`: a step's write or read, or the reads that look for
 * an earlier write (whose outcome stays unknown, so its in-flight mark stays).
 */
export async function afterFailure(
  ctx: RunContext,
  state: JobState,
  body: JobBody,
  client: Client,
  error: unknown,
  phase: 'write' | 'read' | 'verify',
): Promise<RunEnd | null> {
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
      if (phase === 'write' && (await repair(ctx, state, body, client, error))) return null;
      // A 4xx answer means the write was refused; anything else leaves it unknown.
      settle(stored.status !== null && stored.status >= 400 && stored.status < 500);
      return park(state, stored, now);
  }
}

/** Once per capture: a 400 about a property → fresh schema, rebuilt properties. */
async function repair(
  ctx: RunContext,
  state: JobState,
  body: JobBody,
  client: Client,
  error: unknown,
): Promise<boolean> {
  const step = body.plan.steps[state.done];
  const stored = toStoredError(error);
  if (step?.kind !== 'create_page' || stored.code !== 'validation_error') return false;
  if (state.repaired || !ctx.properties) return false;
  state.repaired = true;
  let properties;
  try {
    // One read of the schema, under the connection's budget like every request.
    const deps = ctx.properties;
    properties = await ctx
      .limiter(state.connectionId)
      .run(() => repairProperties(client, deps, body, error));
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
