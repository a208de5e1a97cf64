/**
 * Turns a block tree into append and listing steps below a parent whose id is known.
 *
 * Why the shape: Notion answers an append with the ids of the blocks at its first level
 * only, and a page creation with no block ids at all. So a block that needs children
 * appended later (`mustTarget`) is always put at the first level of an append, where its
 * id comes back for free; its "window" of children that fit goes along with it, and the
 * rest follows in appends to it (before the window with `position: start`, after it at
 * the end). Listing children is needed only for columns, which Notion creates solely
 * inside their column list.
 */
import type { BlockObjectRequest } from '@notionhq/client';
import { cursorRef, resultRef } from './refs';
import { chooseWindow, packRuns, type Capacity, type Size, type Window } from './pack';
import { NOTION_LIMITS } from '../api/limits';
import { BODY_RESERVE, emitBlock, emitSubtree, ridesAlong, type PlanNode } from './tree';
import type { AppendStep, PlanStep } from './types';

/** What one append may carry. */
export const APPEND_CAPACITY: Capacity = {
  count: NOTION_LIMITS.array,
  elements: NOTION_LIMITS.requestBlocks,
  bytes: NOTION_LIMITS.requestBytes - BODY_RESERVE,
};

const EMPTY: Window = { start: 0, end: 0 };

export class StepBuilder {
  readonly steps: PlanStep[] = [];
  private readonly windows = new Map<PlanNode, Window>();
  private readonly sizes = new Map<PlanNode, Size>();
  /** Window children sent without their own children; their ids come from a listing. */
  private readonly truncated = new Set<PlanNode>();
  /** Blocks below the first level of a request that later appends target. */
  private readonly listed = new Set<PlanNode>();

  /** The children created together with `node` (a target) in the request creating it. */
  windowOf(node: PlanNode): Window {
    const known = this.windows.get(node);
    if (known) return known;
    const share = node.type === 'column' ? 2 : 1;
    const cap: Capacity = {
      count: NOTION_LIMITS.array,
      elements: Math.floor((NOTION_LIMITS.requestBlocks - 1) / share),
      bytes: Math.floor((APPEND_CAPACITY.bytes - node.ownBytes) / share),
    };
    const items = node.children.map((child) => this.sizeOf(child));
    const eligible = node.children.map((child) => ridesAlong(child, 0));
    const required = node.type === 'table' || node.type === 'column';
    let window = chooseWindow(items, eligible, cap, APPEND_CAPACITY, { required, prefer: 'small' });
    const first = node.children[0];
    if (required && window.end === window.start && first) {
      // A column must be created with a child. When none fits whole, its first one goes
      // bare (a table: with the rows that fit) and its id is learned by listing.
      if (first.type !== 'table') this.truncated.add(first);
      this.listed.add(first);
      window = { start: 0, end: 1 };
    }
    this.windows.set(node, window);
    return window;
  }

  /** Elements and bytes `node` adds to the request that creates it. */
  sizeOf(node: PlanNode): Size {
    if (!node.mustTarget) return { elements: node.elements, bytes: node.bytes };
    const known = this.sizes.get(node);
    if (known) return known;
    let size: Size = { elements: 1, bytes: node.ownBytes };
    const add = (child: PlanNode) => {
      const inner = this.truncated.has(child)
        ? { elements: 1, bytes: child.ownBytes }
        : this.sizeOf(child);
      size = { elements: size.elements + inner.elements, bytes: size.bytes + inner.bytes };
    };
    if (node.type === 'column_list') node.children.forEach(add);
    else {
      const { start, end } = this.windowOf(node);
      node.children.slice(start, end).forEach(add);
    }
    this.sizes.set(node, size);
    return size;
  }

  /** The request object for `node` as the request creating it carries it. */
  emit(node: PlanNode): BlockObjectRequest {
    if (this.truncated.has(node)) return emitBlock(node, []);
    if (!node.mustTarget) return emitSubtree(node);
    if (node.type === 'column_list')
      return emitBlock(
        node,
        node.children.map((c) => this.emit(c)),
      );
    const { start, end } = this.windowOf(node);
    return emitBlock(
      node,
      node.children.slice(start, end).map((c) => this.emit(c)),
    );
  }

  /**
   * Creates every child of the block `parentRef` outside `window` (which the request
   * creating the parent already carried), then descends into children that are targets.
   */
  placeChildren(parentRef: string, children: readonly PlanNode[], window: Window = EMPTY): void {
    const refs = new Map<PlanNode, string>();
    const before = children.slice(0, window.start);
    const after = children.slice(window.end);
    let anchor: string | null = null;
    for (const run of this.runs(before)) {
      anchor = this.append(parentRef, run, anchor === null ? 'start' : anchor, refs);
    }
    for (const run of this.runs(after)) this.append(parentRef, run, 'end', refs);
    for (const child of children) {
      const ref = refs.get(child);
      if (ref === undefined) continue;
      if (child.type === 'column_list') this.placeColumns(ref, child.children);
      else this.placeChildren(ref, child.children, this.windowOf(child));
    }
  }

  private runs(nodes: readonly PlanNode[]): PlanNode[][] {
    const sizes = nodes.map((node) => this.sizeOf(node));
    return packRuns(sizes, APPEND_CAPACITY).map(([start, end]) => nodes.slice(start, end));
  }

  /** Emits one append; returns the placeholder of its last block (an anchor). */
  private append(
    parent: string,
    run: readonly PlanNode[],
    at: 'start' | 'end' | string,
    refs: Map<PlanNode, string>,
  ): string {
    const index = this.steps.length;
    const body: Record<string, unknown> = { children: run.map((node) => this.emit(node)) };
    if (at === 'start') body.position = { type: 'start' };
    else if (at !== 'end') body.position = { type: 'after_block', after_block: { id: at } };
    const step: AppendStep = {
      kind: 'append',
      method: 'PATCH',
      path: `/v1/blocks/${parent}/children`,
      body,
      parent,
      count: run.length,
      at: at === 'start' || at === 'end' ? at : 'after',
    };
    this.steps.push(step);
    run.forEach((node, i) => {
      if (node.mustTarget) refs.set(node, resultRef(index, i));
    });
    return resultRef(index, run.length - 1);
  }

  /** Lists children of `parentRef` (a column list or column) and places below them. */
  private placeColumns(listRef: string, columns: readonly PlanNode[]): void {
    if (!columns.some((column) => column.mustTarget)) return;
    const columnRef = this.list(listRef, columns.length);
    columns.forEach((column, i) => {
      if (!column.mustTarget) return;
      const ref = columnRef(i);
      const first = column.children[0];
      // List before appending to the column, while its first child is still first.
      const firstRef = first && this.listed.has(first) ? this.list(ref, 1)(0) : null;
      this.placeChildren(ref, column.children, this.windowOf(column));
      if (first && firstRef !== null) {
        const window = this.truncated.has(first) ? EMPTY : this.windowOf(first);
        this.placeChildren(firstRef, first.children, window);
      }
    });
  }

  /** Emits the listing pages needed to see `count` children; returns index → placeholder. */
  private list(parent: string, count: number): (index: number) => string {
    const pages: number[] = [];
    for (let page = 0; page * NOTION_LIMITS.pageSize < count; page++) {
      const index = this.steps.length;
      const cursor = page === 0 ? '' : `&start_cursor=${cursorRef(index - 1)}`;
      this.steps.push({
        kind: 'list',
        method: 'GET',
        path: `/v1/blocks/${parent}/children?page_size=${NOTION_LIMITS.pageSize}${cursor}`,
        body: null,
        parent,
      });
      pages.push(index);
    }
    return (i) =>
      resultRef(pages[Math.floor(i / NOTION_LIMITS.pageSize)] ?? 0, i % NOTION_LIMITS.pageSize);
  }
}
