/**
 * Random block trees for property tests of the planner and for benchmarks: a seed and a
 * few shape parameters in, a deterministic tree out (so fast-check can replay a case).
 */
import type { BlockObjectRequest } from '@notionhq/client';
import { NOTION_LIMITS } from '../../api/limits';
import { bullet, para, table } from './fixtures';

export interface TreeShape {
  seed: number;
  /** Top-level blocks. */
  top: number;
  /** Largest number of children of a nested block. */
  fanout: number;
  /** Deepest nesting below a top-level block. */
  depth: number;
  /** Chance that a block has children at all. */
  branch: number;
  /** Chance that a leaf is a table (rows up to `fanout`). */
  tables: number;
  /** Characters of text per block (split into items of ≤ 2000). */
  text: number;
}

/** A small deterministic generator (mulberry32). */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function longText(label: string, length: number): BlockObjectRequest {
  const items: Array<{ text: { content: string } }> = [{ text: { content: label } }];
  for (
    let left = length;
    left > 0 && items.length < NOTION_LIMITS.array;
    left -= NOTION_LIMITS.textContent
  ) {
    items.push({ text: { content: 'x'.repeat(Math.min(NOTION_LIMITS.textContent, left)) } });
  }
  return { type: 'paragraph', paragraph: { rich_text: items } };
}

/** Builds the tree a shape describes. */
export function randomTree(shape: TreeShape): BlockObjectRequest[] {
  const next = random(shape.seed);
  const int = (max: number) => Math.floor(next() * (max + 1));
  let label = 0;
  const node = (depth: number): BlockObjectRequest => {
    const name = `n${label++}`;
    if (depth < shape.depth && next() < shape.branch) {
      const count = 1 + int(Math.max(0, shape.fanout - 1));
      return bullet(
        name,
        Array.from({ length: count }, () => node(depth + 1)),
      );
    }
    if (depth < 2 && next() < shape.tables) return table(1 + int(shape.fanout - 1), 2, name);
    return shape.text > 0 ? longText(name, int(shape.text)) : para(name);
  };
  return Array.from({ length: shape.top }, () => node(0));
}
