/**
 * Checks one planned request with the one limit checker (`api/limit-check.ts`), as it
 * will be sent: its placeholders filled with ids of the longest form they can take.
 * Independent of how the planner meant to respect the limits. The queue runs it before
 * sending (a plan that breaks a limit would only earn a 400), and the tests run it on
 * every step of random plans.
 */
import { findRequestViolations, type LimitViolation } from '../api/limit-check';
import { resolveRefs, refsIn, type LearnedByStep } from './refs';
import type { PlanStep } from './types';

// What an id looks like once resolved: the longest form a placeholder can become.
const SAMPLE_ID = '00000000-0000-4000-8000-000000000000';

function withSampleIds<T>(value: T): T {
  const learned: LearnedByStep = {};
  for (const use of refsIn(value)) {
    const entry = (learned[use.step] ??= { results: {} });
    if (use.field === 'id') entry.id = SAMPLE_ID;
    else if (use.field === 'next_cursor') entry.next_cursor = SAMPLE_ID;
    else if (entry.results) entry.results[use.index ?? 0] = SAMPLE_ID;
  }
  return resolveRefs(value, learned);
}

/** The limits `step` breaks (empty when it respects all of them). */
export function stepViolations(step: PlanStep): LimitViolation[] {
  if (step.body === null) return [];
  return findRequestViolations(withSampleIds(step.body));
}
