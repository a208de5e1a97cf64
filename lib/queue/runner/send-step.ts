/**
 * Sends one planned step through the Notion client and keeps what later steps need
 * from the answer. Placeholders must be resolved before (`resolveRefs`).
 */
import type { Client } from '@notionhq/client';
import { refsIn, type Learned } from '../../notion/plan/refs';
import type { PlanStep, RequestPlan, UploadCreateStep } from '../../notion/plan/types';
import type { UploadFile } from '../images/fetch-image';

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

/** The upload's expiry as Notion gave it (an unattached upload lives about an hour). */
function expiryOf(answer: Record<string, unknown>): Pick<Learned, 'expiresAt'> {
  const at = typeof answer.expiry_time === 'string' ? Date.parse(answer.expiry_time) : NaN;
  return Number.isFinite(at) ? { expiresAt: at } : {};
}

function sendFile(client: Client, id: string, file: UploadFile): Promise<unknown> {
  const data = new Blob([file.bytes], { type: file.contentType });
  return client.fileUploads.send({ file_upload_id: id, file: { filename: file.filename, data } });
}

/** An upload's creation body with the file's real name and type. */
function createBody(step: PlanStep, file: UploadFile | null): Record<string, unknown> | undefined {
  if (step.kind !== 'upload_create' || !file) return step.body ?? undefined;
  return { ...step.body, filename: file.filename, content_type: file.contentType };
}

/**
 * Sends `step` (already resolved) and returns what to remember. `file`: the bytes an
 * upload step sends (its creation names their filename and type).
 */
export async function sendStep(
  client: Client,
  step: PlanStep,
  file: UploadFile | null,
  keep: Set<number> | undefined,
): Promise<StepOutcome> {
  const { path, query } = splitPath(step.path);
  if (step.kind === 'upload_send') {
    if (!file) throw new Error('This upload has no bytes to send.');
    await sendFile(client, path.split('/')[1] ?? '', file);
    return { learned: {} };
  }
  const method = step.method.toLowerCase() as 'get' | 'post' | 'patch';
  const answer = await client.request<Record<string, unknown>>({
    path,
    method,
    query: Object.keys(query).length > 0 ? query : undefined,
    body: createBody(step, file),
  });
  if (step.kind === 'upload_create') {
    return { learned: { id: String(answer.id), ...expiryOf(answer) } };
  }
  if (step.kind === 'create_page') {
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

/**
 * Makes an expired upload again: a new creation (and its bytes, unless the step about
 * to run is the send itself), each request under the connection's limiter.
 */
export async function renewUpload(
  client: Client,
  limited: <T>(send: () => Promise<T>) => Promise<T>,
  create: UploadCreateStep,
  file: UploadFile,
  withBytes: boolean,
): Promise<Learned> {
  const answer = await limited(() =>
    client.request<Record<string, unknown>>({
      path: 'file_uploads',
      method: 'post',
      body: createBody(create, file),
    }),
  );
  const id = String(answer.id);
  if (withBytes) await limited(() => sendFile(client, id, file));
  return { id, ...expiryOf(answer) };
}
