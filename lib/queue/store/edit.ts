/**
 * Storage writes that people can read about when they fail, and edits of a failed
 * capture's stored plan.
 */
import { headerBlocks } from '../../notion/plan/header';
import type { PageProperties, PlanStep } from '../../notion/plan/types';
import { Problem } from '../../problems';
import type { JobBody, QueueStore, QueueStoreChange } from '../types';

// With `unlimitedStorage` only a full disk refuses a write; its message names the quota
// (QUOTA_BYTES) as a browser without the permission would.
const QUOTA = /quota|QUOTA_BYTES|no space/i;

/** `store.commit`, with a full storage turned into a sentence for people. */
export async function commitSafely(store: QueueStore, change: QueueStoreChange): Promise<void> {
  try {
    await store.commit(change);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    if (QUOTA.test(message)) throw new Problem('StorageFull', {}, message);
    throw error;
  }
}

// Values the planner put into properties (an uploaded screenshot): not form values.
function plannedValues(properties: PageProperties): PageProperties {
  return Object.fromEntries(
    Object.entries(properties).filter(([, value]) => JSON.stringify(value).includes('{{step')),
  );
}

/** The step that carries title and properties: the page creation, else the first append. */
export function editableStep(steps: readonly PlanStep[]): number {
  const create = steps.findIndex((s) => s.kind === 'create_page');
  return create !== -1 ? create : steps.findIndex((s) => s.kind === 'append');
}

/**
 * The body with a new title and properties, or null when the step that carries them
 * (the page creation, or the header of an append) was already sent.
 */
export function editedBody(
  body: JobBody,
  done: number,
  input: JobBody['input'],
  properties: PageProperties,
): JobBody | null {
  const steps = body.plan.steps.map((step) => ({ ...step })) as PlanStep[];
  const merged = { ...properties, ...plannedValues(body.properties) };
  const index = editableStep(steps);
  const step = steps[index];
  if (!step || done > index || !step.body) return null;
  if (step.kind === 'create_page') step.body = { ...step.body, properties: merged };
  else {
    const children = [...(step.body.children as unknown[])];
    const [heading] = headerBlocks(input.title, input.source.url, true);
    children[0] = heading;
    step.body = { ...step.body, children };
  }
  return { ...body, input, properties: merged, plan: { ...body.plan, steps } };
}
