/**
 * The doctor run by itself after a save failed for a connection reason, kept per
 * connection. One run per connection per failure episode: the episode opens with the
 * first such failure and closes when a capture of the connection is saved, its token is
 * replaced, or the person runs "Check" (whose result is shown until the next failure, which
 * opens a new episode: a check made while all was well must not hide a later problem). Later
 * failures in the same episode show the same findings instead of asking Notion again, so
 * a backlog of failing captures cannot turn into a storm of checks. Pure.
 */
import { APIErrorCode } from '@notionhq/client';
import type { StoredError } from '../errors/errors';
import type { Finding, FindingAction } from './finding';

/** What the doctor found for one connection, or that it is still looking. */
export interface Diagnosis {
  state: 'running' | 'done';
  /** When the run began (epoch ms). */
  at: number;
  /** `failure`: run by itself after a save failed; `check`: the person's "Check". */
  cause: 'failure' | 'check';
  findings: Finding[];
}

/** Diagnoses by connection id. */
export type Diagnoses = Record<string, Diagnosis>;

/**
 * A run older than this was cut short (the worker was stopped mid-run): it no longer
 * holds the episode, and nobody waits for it.
 */
export const RUN_GIVEN_UP_MS = 2 * 60_000;

// Codes that say the connection itself cannot do what the save needs. A 404 is here
// because Notion answers it for a target not shared with an integration, or no longer
// open to a PAT's person; the doctor tells which target and what to do.
const CONNECTION_CODES = new Set<string>([
  APIErrorCode.Unauthorized,
  APIErrorCode.ObjectNotFound,
  'not_shared',
  'token_refused',
  'personal_tokens_restricted',
  'missing_capability',
  'no_content_access',
]);

/** True when a save's failure is about the connection (token, capability, access). */
export function isConnectionFailure(error: StoredError | null | undefined): boolean {
  if (!error) return false;
  if (CONNECTION_CODES.has(error.code)) return true;
  // A 403 is a missing capability or a PAT policy; a free workspace's block limit is not
  // the connection's doing.
  return (
    error.code === APIErrorCode.RestrictedResource && !/block.{0,12}limit/i.test(error.message)
  );
}

/** True while a run is under way and not given up. */
export function isRunning(diagnosis: Diagnosis | undefined, now: number): boolean {
  return diagnosis?.state === 'running' && now - diagnosis.at < RUN_GIVEN_UP_MS;
}

/**
 * Claims the episode's run for `connectionId`: the new diagnoses and whether this caller
 * runs the doctor (false when the episode already has a run, done or under way).
 */
export function claimRun(
  all: Diagnoses,
  connectionId: string,
  now: number,
): { next: Diagnoses; claimed: boolean } {
  const current = all[connectionId];
  const holds =
    current?.cause === 'failure' && (current.state === 'done' || isRunning(current, now));
  if (holds) return { next: all, claimed: false };
  const run: Diagnosis = { state: 'running', at: now, cause: 'failure', findings: [] };
  return { next: { ...all, [connectionId]: run }, claimed: true };
}

/** Puts a finished run in place, unless the episode closed or another run took over. */
export function finishRun(
  all: Diagnoses,
  connectionId: string,
  at: number,
  findings: Finding[],
): Diagnoses {
  const current = all[connectionId];
  if (!current || current.at !== at) return all;
  return { ...all, [connectionId]: { ...current, state: 'done', findings } };
}

/** Closes the connection's episode. */
export function closeEpisode(all: Diagnoses, connectionId: string): Diagnoses {
  if (!(connectionId in all)) return all;
  const next = { ...all };
  delete next[connectionId];
  return next;
}

/**
 * The problems that concern one capture: those of the connection as a whole, and those of
 * its own target (another target's problem is not why this capture failed).
 */
export function problemsFor(diagnosis: Diagnosis, targetId: string): Finding[] {
  return diagnosis.findings.filter(
    (f) => f.state === 'problem' && (f.targetId === undefined || f.targetId === targetId),
  );
}

/** The action of the first problem that has one. */
export function firstAction(problems: readonly Finding[]): FindingAction | null {
  return problems.find((f) => f.action)?.action ?? null;
}
