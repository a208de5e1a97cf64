/**
 * Facts about a block tree that request planning depends on: heights, sizes, and which
 * blocks must become the target of a request of their own. Both the planner and the
 * lower bound read these facts; neither decides anything here.
 */
import type { BlockObjectRequest } from '@notionhq/client';
import { NOTION_LIMITS, jsonBytes } from '../api/limits';
import { blockType, childrenOf } from '../api/request-types';

/**
 * Room kept free in every body for what is not blocks: `{"children":[…]}`, a `position`,
 * and placeholders that grow when they become 36-character ids.
 */
export const BODY_RESERVE = 256;

export interface PlanNode {
  type: string;
  /** The block without its `children`. */
  shell: Record<string, unknown>;
  children: PlanNode[];
  /**
   * Notion does not count a column as a level: a column list holds columns, whose
   * children sit one level below the list.
   */
  wrapper: boolean;
  /** Levels below this block (0 for a leaf), wrappers not counted. */
  height: number;
  /** Block elements in the subtree, this block included. */
  elements: number;
  /** Upper bound of the bytes this block adds to a body (its children aside). */
  ownBytes: number;
  /** Lower bound of the same: the block's own JSON. */
  minBytes: number;
  /** Upper bound of the bytes of the whole subtree. */
  bytes: number;
  /**
   * True when no request can create this block together with all of its descendants,
   * so that some later request must target it (see `mustTarget` below).
   */
  mustTarget: boolean;
}

/** Raised for a capture no sequence of requests can carry. */
export class PlanError extends Error {
  override readonly name = 'PlanError';
  constructor(
    readonly code: 'block_too_large',
    message: string,
  ) {
    super(message);
  }
}

function shellOf(block: BlockObjectRequest, type: string): Record<string, unknown> {
  const record = block as Record<string, unknown>;
  const content = record[type];
  if (typeof content !== 'object' || content === null) return { ...record };
  const rest = { ...(content as Record<string, unknown>) };
  delete rest.children;
  return { ...record, [type]: rest };
}

// `,"children":[]` and the comma between siblings: what nesting adds around a block.
const NESTING_BYTES = 16;

/** Levels a child adds below its parent. */
export function levelStep(child: PlanNode): 0 | 1 {
  return child.wrapper ? 0 : 1;
}

function build(block: BlockObjectRequest): PlanNode {
  const type = blockType(block);
  const shell = shellOf(block, type);
  const children = childrenOf(block).map(build);
  const minBytes = jsonBytes(shell);
  const ownBytes = minBytes + NESTING_BYTES;
  let height = 0;
  let elements = 1;
  let bytes = ownBytes;
  for (const child of children) {
    height = Math.max(height, child.height + levelStep(child));
    elements += child.elements;
    bytes += child.bytes;
  }
  if (ownBytes > NOTION_LIMITS.requestBytes - BODY_RESERVE) {
    throw new PlanError(
      'block_too_large',
      `A ${type} block is ${ownBytes} bytes; Notion accepts at most ${NOTION_LIMITS.requestBytes} per request.`,
    );
  }
  const node: PlanNode = {
    type,
    shell,
    children,
    wrapper: type === 'column',
    height,
    elements,
    ownBytes,
    minBytes,
    bytes,
    mustTarget: false,
  };
  node.mustTarget = mustTarget(node);
  return node;
}

/**
 * A block must be the target of a request of its own (its id learned, then children
 * appended to it) when its subtree cannot ride along in the request that creates it:
 * more than 100 children, deeper than the levels one request holds, too many elements
 * or bytes, a column list among its children (Notion takes those only at a request's
 * first level), or a child that is itself such a target (whose id can only be learned
 * through a request that targets this block).
 */
function mustTarget(node: PlanNode): boolean {
  return (
    node.children.length > NOTION_LIMITS.array ||
    node.height >= NOTION_LIMITS.requestLevels ||
    node.elements > NOTION_LIMITS.requestBlocks ||
    node.bytes > NOTION_LIMITS.requestBytes - BODY_RESERVE ||
    node.children.some((child) => child.mustTarget || child.type === 'column_list')
  );
}

/** Builds the planning tree of a list of request blocks. */
export function buildTree(blocks: readonly BlockObjectRequest[]): PlanNode[] {
  return blocks.map(build);
}

/**
 * Whether `child` can be created, with its whole subtree, in the request that creates
 * its parent, the parent sitting at `parentLevel` (0: the request's own children; -1:
 * the page a create request makes).
 */
export function ridesAlong(child: PlanNode, parentLevel: number): boolean {
  if (child.mustTarget) return false;
  const level = parentLevel + levelStep(child);
  if (child.type === 'column_list' && level !== 0) return false;
  return level + child.height <= NOTION_LIMITS.requestLevels - 1;
}

/** The block as a request object, with the given children (none: no `children` key). */
export function emitBlock(node: PlanNode, children: BlockObjectRequest[]): BlockObjectRequest {
  if (children.length === 0) return node.shell as BlockObjectRequest;
  const content = node.shell[node.type] as Record<string, unknown>;
  return { ...node.shell, [node.type]: { ...content, children } } as BlockObjectRequest;
}

/** The block with its whole subtree. */
export function emitSubtree(node: PlanNode): BlockObjectRequest {
  return emitBlock(node, node.children.map(emitSubtree));
}
