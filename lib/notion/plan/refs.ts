/**
 * Placeholders for ids that Notion hands out while a plan runs. A plan is stored before
 * the first request, so the id of the page it creates, of the blocks an append creates
 * and of an upload can only be named by the step that will learn them:
 *
 * - `{{step3.id}}`: the `id` of the object step 3 created (a page, a file upload);
 * - `{{step3.results[4].id}}`: the fifth first-level block created (or listed) by step 3;
 * - `{{step3.next_cursor}}`: the cursor to the next page of a listing.
 */

/** What a finished step taught us; kept in the job's checkpoint. */
export interface Learned {
  id?: string;
  /** Result index → block id; only the indices later steps refer to. */
  results?: Record<number, string>;
  next_cursor?: string | null;
  /**
   * An upload step that sent nothing: the image could not be fetched, was not an image,
   * was over the workspace's cap, or Notion refused it. Blocks fall back (`uploads.ts`).
   */
  skipped?: string;
  /** When an upload made by this step expires unless attached (epoch ms, Notion's clock). */
  expiresAt?: number;
}

export type LearnedByStep = Record<number, Learned>;

/** Placeholder for the object created by `step`. */
export function idRef(step: number): string {
  return `{{step${step}.id}}`;
}

/** Placeholder for the `index`-th first-level block returned by `step`. */
export function resultRef(step: number, index: number): string {
  return `{{step${step}.results[${index}].id}}`;
}

/** Placeholder for the listing cursor returned by `step`. */
export function cursorRef(step: number): string {
  return `{{step${step}.next_cursor}}`;
}

const PLACEHOLDER = /\{\{step(\d+)\.(id|next_cursor|results\[(\d+)\]\.id)\}\}/g;

export interface RefUse {
  step: number;
  field: 'id' | 'next_cursor' | 'result';
  index?: number;
}

/** Every placeholder used anywhere in `value` (strings at any depth). */
export function refsIn(value: unknown, out: RefUse[] = []): RefUse[] {
  if (typeof value === 'string') {
    for (const match of value.matchAll(PLACEHOLDER)) {
      const step = Number(match[1]);
      if (match[3] !== undefined) out.push({ step, field: 'result', index: Number(match[3]) });
      else out.push({ step, field: match[2] === 'id' ? 'id' : 'next_cursor' });
    }
  } else if (Array.isArray(value)) {
    for (const item of value) refsIn(item, out);
  } else if (typeof value === 'object' && value !== null) {
    for (const item of Object.values(value)) refsIn(item, out);
  }
  return out;
}

/** Raised when a step needs an id that no finished step has recorded. */
export class UnresolvedRefError extends Error {
  override readonly name = 'UnresolvedRefError';
}

function lookup(learned: LearnedByStep, step: number, field: string, index?: string): string {
  const entry = learned[step];
  const value =
    index !== undefined
      ? entry?.results?.[Number(index)]
      : field === 'id'
        ? entry?.id
        : entry?.next_cursor;
  if (typeof value !== 'string') {
    throw new UnresolvedRefError(`Step ${step} has not recorded ${field}${index ?? ''} yet.`);
  }
  return value;
}

/** A copy of `value` with every placeholder replaced by what the steps learned. */
export function resolveRefs<T>(value: T, learned: LearnedByStep): T {
  if (typeof value === 'string') {
    return value.replace(PLACEHOLDER, (_whole, step: string, field: string, index?: string) =>
      lookup(learned, Number(step), field, index),
    ) as T;
  }
  if (Array.isArray(value)) return value.map((item: unknown) => resolveRefs(item, learned)) as T;
  if (typeof value === 'object' && value !== null) {
    const out: Record<string, unknown> = {};
    for (const [key, item] of Object.entries(value)) out[key] = resolveRefs(item, learned);
    return out as T;
  }
  return value;
}
