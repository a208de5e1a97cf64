/**
 * Sends one planned step through the Notion client and keeps what later steps need
 * from the answer. Placeholders must be resolved before (`resolveRefs`).
 */
import type { Client } from '@notionhq/client';
import { refsIn, type Learned } from '../notion/plan-refs';
import type { PlanStep, RequestPlan } from '../notion/plan-types';

export interface StepOutcome {
  learned: Learned;
  /** The page's address in Notion, when the step created it. */
  pageUrl?: string;
}

interface ListAnswer {
  results: Array<{ id: string }>;
  next_cursor?: string | null;
}

/**
 * Result indices each step's later steps refer to, plus the last block of every append
 * (the anchor that shows where the next append to the same parent must land).
 */
export function neededResults(plan: RequestPlan): Map<number, Set<number>> {
  const needed = new Map<number, Set<number>>();
  const add = (step: number, index: number) => {
    const set = needed.get(step) ?? new Set<number>();
    set.add(index);
    needed.set(step, set);
  };
  for (const use of refsIn(plan.steps)) if (use.field === 'result') add(use.step, use.index ?? 0);
  plan.steps.forEach((step, i) => {
    if (step.kind === 'append') add(i, step.count - 1);
  });
  return needed;
}

/** Keeps the ids at `keep` of a list of blocks. */
export function keepResults(ids: readonly string[], keep: Set<number> | undefined): Learned {
  const results: Record<number, string> = {};
  keep?.forEach((i) => {
    const id = ids[i];
    if (id !== undefined) results[i] = id;
  });
  return { results };
}

/** `/v1/a/b?x=1` → the SDK's `path` and `query`. */
export function splitPath(path: string): { path: string; query: Record<string, string> } {
  const url = new URL(path, 'https://api.notion.invalid');
  const query = Object.fromEntries(url.searchParams.entries());
  return { path: url.pathname.replace(/^\/v1\//, ''), query };
}

function decodeBase64(base64: string): Uint8Array<ArrayBuffer> {
  const binary = atob(base64);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

/** Sends `step` (already resolved) and returns what to remember. */
export async function sendStep(
  client: Client,
  plan: RequestPlan,
  step: PlanStep,
  screenshot: string | null,
  keep: Set<number> | undefined,
): Promise<StepOutcome> {
  const { path, query } = splitPath(step.path);
  if (step.kind === 'upload_send') {
    const create = plan.steps.find(
      (s) => s.kind === 'upload_create' && s.attachment === step.attachment,
    );
    const filename = String(create?.body?.filename ?? 'capture.png');
    const type = String(create?.body?.content_type ?? 'image/png');
    if (screenshot === null) throw new Error('The screenshot of this capture is no longer stored.');
    const id = path.split('/')[1] ?? '';
    const data = new Blob([decodeBase64(screenshot)], { type });
    await client.fileUploads.send({ file_upload_id: id, file: { filename, data } });
    return { learned: {} };
  }
  const method = step.method.toLowerCase() as 'get' | 'post' | 'patch';
  const answer = await client.request<Record<string, unknown>>({
    path,
    method,
    query: Object.keys(query).length > 0 ? query : undefined,
    body: step.body ?? undefined,
  });
  if (step.kind === 'create_page' || step.kind === 'upload_create') {
    const pageUrl = typeof answer.url === 'string' ? answer.url : undefined;
    return { learned: { id: String(answer.id) }, pageUrl };
  }
  const list = answer as unknown as ListAnswer;
  const learned = keepResults(
    list.results.map((block) => block.id),
    keep,
  );
  if (step.kind === 'list') learned.next_cursor = list.next_cursor ?? null;
  return { learned };
}
