/**
 * Checks one planned request against Notion's request limits, independently of how the
 * planner meant to respect them. The queue runs it before sending (a plan that breaks a
 * limit would only earn a 400), and the tests run it on every step of random plans.
 */
import { resolveRefs, refsIn, type LearnedByStep } from './refs';
import { NOTION_LIMITS } from '../api/limits';
import { blockType, childrenOf, jsonBytes } from './tree';
import type { PlanStep } from './types';
import type { BlockObjectRequest } from '@notionhq/client';

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

function checkArrays(value: unknown, path: string, out: string[]): void {
  if (Array.isArray(value)) {
    if (value.length > NOTION_LIMITS.array)
      out.push(`${path} has ${value.length} elements (max ${NOTION_LIMITS.array})`);
    value.forEach((item, i) => checkArrays(item, `${path}[${i}]`, out));
  } else if (typeof value === 'object' && value !== null) {
    for (const [key, item] of Object.entries(value)) checkArrays(item, `${path}.${key}`, out);
  }
}

/** Counts blocks and checks levels; `level` 0 is the request's own children. */
function checkBlocks(
  blocks: readonly BlockObjectRequest[],
  level: number,
  path: string,
  out: string[],
): number {
  let count = 0;
  blocks.forEach((block, i) => {
    const type = blockType(block);
    const here = `${path}[${i}]`;
    count += 1;
    if (level >= NOTION_LIMITS.requestLevels) out.push(`${here} is nested deeper than two levels`);
    if (type === 'column_list' && level !== 0) out.push(`${here}: column_list below level 0`);
    const children = childrenOf(block);
    if ((type === 'table' || type === 'column') && children.length === 0) {
      out.push(`${here}: a ${type} needs children`);
    }
    if (type === 'column_list' && children.length < 2) out.push(`${here}: fewer than 2 columns`);
    // A column is a wrapper: its children sit one level below the column list.
    const next = type === 'column_list' ? level : level + 1;
    count += checkBlocks(children, next, `${here}.children`, out);
  });
  return count;
}

/** The limits `step` breaks, as readable lines (empty when it respects all of them). */
export function limitViolations(step: PlanStep): string[] {
  const out: string[] = [];
  if (step.body === null) return out;
  const body = withSampleIds(step.body);
  const bytes = jsonBytes(body);
  if (bytes > NOTION_LIMITS.requestBytes)
    out.push(`body is ${bytes} bytes (max ${NOTION_LIMITS.requestBytes})`);
  checkArrays(body, 'body', out);
  const children = (body as { children?: BlockObjectRequest[] }).children;
  if (Array.isArray(children)) {
    const count = checkBlocks(children, 0, 'body.children', out);
    if (count > NOTION_LIMITS.requestBlocks)
      out.push(`${count} block elements (max ${NOTION_LIMITS.requestBlocks})`);
  }
  return out;
}
