/**
 * A lower bound on the requests any plan needs, by counting on the tree (it never runs
 * the planner). Every request has exactly one target: the page it creates, or the block
 * or page whose children it appends or lists. The argument, per block `p`:
 *
 * 1. A block that receives children later must have its id learned, which takes a
 *    request targeting its parent (an append that returns it, or a listing); so targets
 *    close upwards. A block must be a target when its subtree cannot come with it: more
 *    than 100 children, 3+ levels below it (a request holds 3 levels: a child 3 levels
 *    down is created by a request targeting `p` or a block below it), more than 1000
 *    elements or 500 KB, a column list child, or a child that is itself a target.
 * 2. The request creating a target `p` carries at most one contiguous run `W` of its
 *    children (≤ 100, each able to ride along whole); every append to `p` inserts one
 *    array at one place, which is entirely before or after `W`, since no id inside `W`
 *    is known without a listing (and a listing, costing a request itself, never saves
 *    one). So `p` is targeted at least `min_W ⌈|before W|/100⌉ + ⌈|after W|/100⌉` times.
 * 3. The requests targeting blocks of a subtree create all of it except what the
 *    request creating its root carries: at least ⌈(elements − 1000)/1000⌉ of them, and
 *    likewise for bytes.
 *
 * Steps 1–2 count targets per block, step 3 per subtree; the larger holds at each
 * subtree. File uploads add two requests each; a block that shows an upload is counted
 * at the size the planner gives it (the upload and its fallback address together, see
 * `../uploads.ts`), since either may be what is sent.
 */
import type { BlockObjectRequest } from '@notionhq/client';
import { contentBlocks } from '../header';
import { NOTION_LIMITS } from '../../api/limits';
import { buildTree, levelStep, type PlanNode } from '../tree';
import type { PlanOptions, PlanTarget } from '../types';

interface Facts {
  target: boolean;
  minBytes: number;
}

const ceilDiv = (a: number, b: number) => Math.ceil(Math.max(0, a) / b);

/** Fewest appends to a parent with `n` children, given which may ride along with it. */
export function fewestAppends(eligible: readonly boolean[]): number {
  const n = eligible.length;
  let best = ceilDiv(n, NOTION_LIMITS.array);
  for (let start = 0; start < n; start++) {
    let end = start;
    while (end < n && eligible[end] && end - start < NOTION_LIMITS.array) end += 1;
    if (end > start) {
      best = Math.min(
        best,
        ceilDiv(start, NOTION_LIMITS.array) + ceilDiv(n - end, NOTION_LIMITS.array),
      );
    }
  }
  return best;
}

class Bound {
  private readonly facts = new Map<PlanNode, Facts>();

  /** Step 1, with sizes measured from below so that the bound never overshoots. */
  factsOf(node: PlanNode): Facts {
    const known = this.facts.get(node);
    if (known) return known;
    const children = node.children.map((child) => this.factsOf(child));
    const minBytes = node.minBytes + children.reduce((sum, c) => sum + c.minBytes, 0);
    const target =
      node.children.length > NOTION_LIMITS.array ||
      node.height >= NOTION_LIMITS.requestLevels ||
      node.elements > NOTION_LIMITS.requestBlocks ||
      minBytes > NOTION_LIMITS.requestBytes ||
      children.some((c) => c.target) ||
      node.children.some((child) => child.type === 'column_list');
    const facts = { target, minBytes };
    this.facts.set(node, facts);
    return facts;
  }

  /** Whether `child` can be created with its whole subtree by its parent's request. */
  private fits(child: PlanNode, parentLevel: number): boolean {
    const level = parentLevel + levelStep(child);
    if (this.factsOf(child).target) return false;
    if (child.type === 'column_list' && level !== 0) return false;
    return level + child.height <= NOTION_LIMITS.requestLevels - 1;
  }

  /** Least number of requests targeting blocks of `node`'s subtree. */
  subtree(node: PlanNode): number {
    const facts = this.factsOf(node);
    if (!facts.target) return 0;
    const own =
      node.type === 'column_list'
        ? 1
        : Math.max(1, fewestAppends(node.children.map((child) => this.fits(child, 0))));
    const below = node.children.reduce((sum, child) => sum + this.subtree(child), 0);
    return Math.max(
      own + below,
      ceilDiv(node.elements - NOTION_LIMITS.requestBlocks, NOTION_LIMITS.requestBlocks),
      ceilDiv(facts.minBytes - NOTION_LIMITS.requestBytes, NOTION_LIMITS.requestBytes),
    );
  }

  /** Requests for the whole capture below the page (the create request included). */
  page(roots: readonly PlanNode[], creates: boolean): number {
    const elements = roots.reduce((sum, node) => sum + node.elements, 0);
    const bytes = roots.reduce((sum, node) => sum + this.factsOf(node).minBytes, 0);
    const appends = creates
      ? fewestAppends(roots.map((node) => this.fits(node, -1)))
      : ceilDiv(roots.length, NOTION_LIMITS.array);
    const below = roots.reduce((sum, node) => sum + this.subtree(node), 0);
    return Math.max(
      (creates ? 1 : 0) + appends + below,
      ceilDiv(elements, NOTION_LIMITS.requestBlocks),
      ceilDiv(bytes, NOTION_LIMITS.requestBytes),
    );
  }
}

/**
 * The fewest requests any plan can save this capture with (see the argument above).
 * Takes the same inputs as `planRequests`, properties aside.
 */
export function lowerBoundRequests(
  target: PlanTarget,
  blocks: readonly BlockObjectRequest[],
  options: PlanOptions = {},
): number {
  const attachments = options.attachments ?? [];
  const uploads = attachments.map((_, i) => 2 * i);
  const roots = buildTree(contentBlocks(target, {}, blocks, options, uploads));
  const creates = !(target.kind === 'page' && target.pageMode === 'append');
  return 2 * attachments.length + new Bound().page(roots, creates);
}
