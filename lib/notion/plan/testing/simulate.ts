/**
 * Runs a plan against an in-memory stand-in for Notion's block semantics, for tests of
 * the planner: a create returns only the page id, an append only its first-level
 * blocks, a listing at most 100 children with a cursor, `position` is honoured. It
 * fails on anything Notion would refuse (a limit, an unknown parent or anchor).
 */
import type { BlockObjectRequest } from '@notionhq/client';
import { NOTION_LIMITS } from '../../api/limits';
import { violationsText } from '../../api/limit-check';
import { stepViolations } from '../check';
import { resolveRefs, type LearnedByStep } from '../refs';
import { blockType, childrenOf } from '../../api/request-types';
import { settleUploads } from '../uploads';
import type { RequestPlan } from '../types';

interface Stored {
  shell: Record<string, unknown>;
  children: string[];
}

export interface Simulation {
  /** The final content of the page, as request blocks. */
  blocks: BlockObjectRequest[];
  learned: LearnedByStep;
}

/** The block without its children (and without `children: []`, which means the same). */
export function shellOf(block: BlockObjectRequest): Record<string, unknown> {
  const type = blockType(block);
  const record = block as Record<string, unknown>;
  const content = { ...(record[type] as Record<string, unknown>) };
  delete content.children;
  return { ...record, [type]: content };
}

/** Blocks in a canonical form: no empty `children` arrays. */
export function normalizeBlocks(blocks: readonly BlockObjectRequest[]): BlockObjectRequest[] {
  return blocks.map((block) => {
    const children = normalizeBlocks(childrenOf(block));
    const shell = shellOf(block);
    const type = blockType(block);
    if (children.length === 0) return shell as BlockObjectRequest;
    return { ...shell, [type]: { ...(shell[type] as object), children } } as BlockObjectRequest;
  });
}

/**
 * Executes `plan`; `existingPageId` stands for the page an append-mode plan targets.
 * Uploads whose attachment index is in `skip` send nothing, as a failed fetch does.
 */
export function simulatePlan(
  plan: RequestPlan,
  existingPageId = 'page-0',
  skip: ReadonlySet<number> = new Set(),
): Simulation {
  const store = new Map<string, Stored>([[existingPageId, { shell: {}, children: [] }]]);
  let next = 0;
  const newId = () => `00000000-0000-4000-8000-${String(++next).padStart(12, '0')}`;
  const insert = (blocks: readonly BlockObjectRequest[]): string[] =>
    blocks.map((block) => {
      const id = newId();
      store.set(id, { shell: shellOf(block), children: insert(childrenOf(block)) });
      return id;
    });
  const learned: LearnedByStep = {};
  let pageId = existingPageId;

  plan.steps.forEach((step, index) => {
    const problems = stepViolations(step);
    if (problems.length > 0) throw new Error(`step ${index}: ${violationsText(problems)}`);
    if (step.kind === 'upload_create' || step.kind === 'upload_send') {
      if (skip.has(step.attachment)) learned[index] = { skipped: 'test' };
      else if (step.kind === 'upload_create') learned[index] = { id: newId() };
      return;
    }
    const path = resolveRefs(step.path, learned);
    const body = resolveRefs(settleUploads(step.body, learned), learned) ?? {};
    if (step.kind === 'create_page') {
      pageId = newId();
      const children = (body.children as BlockObjectRequest[] | undefined) ?? [];
      store.set(pageId, { shell: {}, children: insert(children) });
      learned[index] = { id: pageId };
      return;
    }
    const parentId = /\/v1\/blocks\/([^/]+)\/children/.exec(path)?.[1] ?? '';
    const parent = store.get(parentId);
    if (!parent) throw new Error(`step ${index}: unknown parent ${parentId}`);
    if (step.kind === 'list') {
      const cursor = /start_cursor=([^&]+)/.exec(path)?.[1];
      const from = cursor ? parent.children.indexOf(cursor) : 0;
      const page = parent.children.slice(from, from + NOTION_LIMITS.pageSize);
      const results = Object.fromEntries(page.map((id, i) => [i, id]));
      learned[index] = {
        results,
        next_cursor: parent.children[from + NOTION_LIMITS.pageSize] ?? null,
      };
      return;
    }
    const ids = insert(body.children as BlockObjectRequest[]);
    const position = body.position as { type: string; after_block?: { id: string } } | undefined;
    let at = parent.children.length;
    if (position?.type === 'start') at = 0;
    if (position?.type === 'after_block') {
      at = parent.children.indexOf(position.after_block?.id ?? '') + 1;
      if (at === 0) throw new Error(`step ${index}: anchor is not a child of the parent`);
    }
    parent.children.splice(at, 0, ...ids);
    learned[index] = { results: Object.fromEntries(ids.map((id, i) => [i, id])) };
  });

  const rebuild = (id: string): BlockObjectRequest => {
    const stored = store.get(id) as Stored;
    const type = blockType(stored.shell as BlockObjectRequest);
    if (stored.children.length === 0) return stored.shell as BlockObjectRequest;
    const content = stored.shell[type] as object;
    const children = stored.children.map(rebuild);
    return { ...stored.shell, [type]: { ...content, children } } as BlockObjectRequest;
  };
  return { blocks: (store.get(pageId) as Stored).children.map(rebuild), learned };
}
