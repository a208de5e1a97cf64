/**
 * Was a write saved although its answer never came (timeout, dropped connection, 5xx,
 * worker stopped mid-request)? Looks at Notion instead of guessing, so that repeating
 * the write can neither duplicate a page nor an append, nor skip one.
 */
import type { Client } from '@notionhq/client';
import { NOTION_LIMITS } from '../../notion/api/limits';
import { collectAll, paginate } from '../../notion/api/paginate';
import { childrenOf } from '../../notion/api/request-types';
import type { AppendStep, PlanStep, RequestPlan } from '../../notion/plan/types';
import { keepResults, type StepOutcome } from './send-step';
import { blockSignature, matchesAt } from './signature';
import type { BlockObjectRequest } from '@notionhq/client';

export type Verdict = { committed: true; outcome: StepOutcome } | { committed: false };

export interface VerifyInput {
  client: Client;
  plan: RequestPlan;
  index: number;
  /** The step with its placeholders resolved. */
  step: PlanStep;
  /** When the job sent its first request (epoch ms). */
  startedAt: number;
  /** Pages other captures created: never claimed as this one's. */
  claimed: ReadonlySet<string>;
  keep: Set<number> | undefined;
  /** Ids learned so far, by step (resolved anchors of earlier appends). */
  lastOfStep: (step: number) => string | undefined;
  /** Sends one request under the connection's rate limiter. */
  limited: <T>(send: () => Promise<T>) => Promise<T>;
}

type Json = Record<string, unknown>;

/** Notion's timestamps are rounded to the minute: look back a little further. */
function since(startedAt: number): string {
  return new Date(Math.floor(startedAt / 60_000) * 60_000 - 60_000).toISOString();
}

/** https://www.notion.so/<id without dashes>: opens a page whose object we did not read. */
export function notionPageUrl(id: string): string {
  return `https://www.notion.so/${id.replace(/-/g, '')}`;
}

/** Every child of `blockId`, each page under the limiter; an expired cursor starts over. */
async function listChildren(input: VerifyInput, blockId: string): Promise<Json[]> {
  const children = await collectAll((cursor) =>
    input.limited(() =>
      input.client.blocks.children.list({
        block_id: blockId,
        page_size: NOTION_LIMITS.pageSize,
        start_cursor: cursor,
      }),
    ),
  );
  return children as unknown as Json[];
}

function plainTitle(properties: unknown): string {
  for (const value of Object.values((properties ?? {}) as Record<string, unknown>)) {
    if (typeof value !== 'object' || value === null || !('title' in value)) continue;
    const items = (value as { title: Array<{ text?: { content?: string }; plain_text?: string }> })
      .title;
    return items.map((item) => item.plain_text ?? item.text?.content ?? '').join('');
  }
  return '';
}

function urlValues(properties: unknown): string[] {
  return Object.values((properties ?? {}) as Record<string, unknown>).flatMap((value) =>
    typeof value === 'object' && value !== null && typeof (value as Json).url === 'string'
      ? [(value as { url: string }).url]
      : [],
  );
}

/**
 * True when the page holds exactly the blocks the creation sent, in order. Nobody else
 * writes into a page whose creation went unanswered (no capture has claimed it), so our
 * own page has those and no more; another capture's page with the same title and
 * address differs in its blocks, or has more of them already.
 */
async function holdsOnly(
  input: VerifyInput,
  pageId: string,
  planned: readonly BlockObjectRequest[],
): Promise<boolean> {
  const answer = await input.limited(() =>
    input.client.blocks.children.list({ block_id: pageId, page_size: NOTION_LIMITS.pageSize }),
  );
  const children = answer.results as unknown as Json[];
  return !answer.has_more && children.length === planned.length && matchesAt(children, planned, 0);
}

/** The first of `candidates` (oldest first) that holds exactly the planned blocks. */
async function firstHolding(
  input: VerifyInput,
  candidates: readonly string[],
): Promise<string | null> {
  const planned = (input.step.body?.children ?? []) as BlockObjectRequest[];
  for (const id of candidates) if (await holdsOnly(input, id, planned)) return id;
  return null;
}

async function findCreatedPage(input: VerifyInput): Promise<Verdict> {
  const body = input.step.body ?? {};
  const parent = body.parent as { data_source_id?: string; page_id?: string };
  const title = plainTitle(body.properties);
  const after = since(input.startedAt);
  if (parent.data_source_id) {
    const urls = urlValues(body.properties);
    const dataSourceId = parent.data_source_id;
    const alike = (p: Json) =>
      !input.claimed.has(String(p.id)) &&
      plainTitle(p.properties) === title &&
      urls.every((url) => urlValues(p.properties).includes(url));
    // Every row created since the capture began: the same title and address may be
    // another capture's too (the same page saved twice), so the blocks decide.
    const pages = await paginate((cursor) =>
      input.limited(() =>
        input.client.dataSources.query({
          data_source_id: dataSourceId,
          filter: { timestamp: 'created_time', created_time: { on_or_after: after } },
          sorts: [{ timestamp: 'created_time', direction: 'ascending' }],
          page_size: NOTION_LIMITS.pageSize,
          start_cursor: cursor,
        }),
      ),
    );
    const rows = pages.flatMap((answer) => answer.results as unknown as Json[]).filter(alike);
    const id = await firstHolding(
      input,
      rows.map((row) => String(row.id)),
    );
    if (!id) return { committed: false };
    const row = rows.find((r) => String(r.id) === id);
    const pageUrl = typeof row?.url === 'string' ? row.url : notionPageUrl(id);
    return { committed: true, outcome: { learned: { id }, pageUrl } };
  }
  const children = await listChildren(input, String(parent.page_id));
  const candidates = children.filter(
    (b) =>
      b.type === 'child_page' &&
      !input.claimed.has(String(b.id)) &&
      blockSignature(b) === `child_page:${title}` &&
      String(b.created_time) >= after,
  );
  const id = await firstHolding(
    input,
    candidates.map((b) => String(b.id)),
  );
  if (!id) return { committed: false };
  return { committed: true, outcome: { learned: { id }, pageUrl: notionPageUrl(id) } };
}

const STEP_ID = /^\{\{step(\d+)\.id\}\}$/;
const STEP_RESULT = /^\{\{step(\d+)\.results\[(\d+)\]\.id\}\}$/;

/**
 * Children a block we created has before step `index`, or null when others may write
 * there too (an existing page) or the count is not known from the plan.
 */
export function childrenBefore(plan: RequestPlan, index: number, parent: string): number | null {
  let base: number | null = null;
  const created = STEP_ID.exec(parent);
  const result = STEP_RESULT.exec(parent);
  if (created) {
    const step = plan.steps[Number(created[1])];
    if (step?.kind === 'create_page') base = step.blockCount;
  } else if (result) {
    const step = plan.steps[Number(result[1])];
    const children = (step?.body?.children ?? []) as BlockObjectRequest[];
    const block = children[Number(result[2])];
    if (step?.kind === 'append' && block) base = childrenOf(block).length;
  }
  if (base === null) return null;
  for (let j = 0; j < index; j++) {
    const earlier = plan.steps[j];
    if (earlier?.kind === 'append' && earlier.parent === parent) base += earlier.count;
  }
  return base;
}

/**
 * On a page others write to as well (other captures' child pages, a person's edits),
 * where our run landed: the first match after our previous append to the page when there
 * is one, else the last match among blocks created since the capture began.
 */
function lastOccurrence(
  children: readonly Json[],
  run: readonly BlockObjectRequest[],
  after: string,
  anchor: string | undefined,
): number {
  if (anchor !== undefined) {
    const from = children.findIndex((b) => b.id === anchor) + 1;
    if (from === 0) return -1;
    for (let at = from; at + run.length <= children.length; at++) {
      if (matchesAt(children, run, at)) return at;
    }
    return -1;
  }
  for (let at = children.length - run.length; at >= 0; at--) {
    if (String(children[at]?.created_time) < after) break;
    if (matchesAt(children, run, at)) return at;
  }
  return -1;
}

function anchorOf(input: VerifyInput, planned: AppendStep): string | undefined {
  const previous = previousAppend(input.plan, input.index, planned.parent);
  return previous === null ? undefined : input.lastOfStep(previous);
}

function previousAppend(plan: RequestPlan, index: number, parent: string): number | null {
  for (let j = index - 1; j >= 0; j--) {
    const step = plan.steps[j];
    if (step?.kind === 'append' && step.parent === parent) return j;
  }
  return null;
}

async function findAppended(input: VerifyInput, planned: AppendStep): Promise<Verdict> {
  const step = input.step as AppendStep;
  const run = (step.body?.children ?? []) as BlockObjectRequest[];
  const children = await listChildren(input, step.parent);
  const before = childrenBefore(input.plan, input.index, planned.parent);
  // Nobody else writes below blocks this capture created: there, the count tells.
  if (before !== null && children.length < before + run.length) return { committed: false };
  let at: number;
  if (step.at === 'start') at = 0;
  else if (step.at === 'after') {
    const anchor = (step.body?.position as { after_block?: { id?: string } }).after_block?.id;
    at = children.findIndex((b) => b.id === anchor) + 1;
    if (at === 0) return { committed: false };
  } else if (before !== null) at = before;
  else at = lastOccurrence(children, run, since(input.startedAt), anchorOf(input, planned));
  if (!matchesAt(children, run, at)) return { committed: false };
  const ids = children.slice(at, at + run.length).map((b) => String(b.id));
  return { committed: true, outcome: { learned: keepResults(ids, input.keep) } };
}

/** Looks whether step `index` (resolved in `input.step`) was saved. */
export async function verifyStep(input: VerifyInput): Promise<Verdict> {
  const planned = input.plan.steps[input.index];
  switch (input.step.kind) {
    case 'create_page':
      return findCreatedPage(input);
    case 'append':
      return findAppended(input, planned as AppendStep);
    case 'upload_send': {
      const id = input.step.path.split('/')[3] ?? '';
      const upload = await input.limited(() =>
        input.client.fileUploads.retrieve({ file_upload_id: id }),
      );
      return upload.status === 'uploaded'
        ? { committed: true, outcome: { learned: {} } }
        : { committed: false };
    }
    default:
      // Reads and upload creations are simply repeated (an unused upload expires).
      return { committed: false };
  }
}
