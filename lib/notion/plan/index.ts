/**
 * Request planning: a capture (target, properties, blocks, attachments) in, the fewest
 * Notion requests that respect every request limit out, as plain JSON steps the durable
 * queue stores and runs. Pure: no network, no storage, no clock.
 *
 * A new page is created with as many of its top-level blocks as fit; the others follow
 * in appends, in order. See `builder.ts` for how nested blocks below Notion's two
 * levels of nesting reach the page, and `testing/bound.ts` for the bound the count meets.
 */
import type { BlockObjectRequest } from '@notionhq/client';
import { StepBuilder, APPEND_CAPACITY } from './builder';
import { contentBlocks, withFileProperties } from './header';
import { chooseWindow, type Capacity } from './pack';
import { idRef } from './refs';
import { NOTION_LIMITS, jsonBytes } from '../api/limits';
import { BODY_RESERVE, buildTree, ridesAlong } from './tree';
import type { PageProperties, PlanOptions, PlanStep, PlanTarget, RequestPlan } from './types';

export type * from './types';
export { PlanError } from './tree';

function uploadSteps(options: PlanOptions): { steps: PlanStep[]; uploads: number[] } {
  const steps: PlanStep[] = [];
  const uploads: number[] = [];
  (options.attachments ?? []).forEach((attachment, i) => {
    uploads.push(steps.length);
    steps.push({
      kind: 'upload_create',
      method: 'POST',
      path: '/v1/file_uploads',
      body: {
        mode: 'single_part',
        filename: attachment.filename,
        content_type: attachment.contentType,
      },
      attachment: i,
      ...(attachment.source ? { source: attachment.source } : {}),
    });
    steps.push({
      kind: 'upload_send',
      method: 'POST',
      path: `/v1/file_uploads/${idRef(steps.length - 1)}/send`,
      body: { attachment: i },
      attachment: i,
    });
  });
  return { steps, uploads };
}

function parentOf(target: PlanTarget): Record<string, unknown> {
  return target.kind === 'data_source'
    ? { type: 'data_source_id', data_source_id: target.dataSourceId }
    : { type: 'page_id', page_id: target.pageId };
}

/**
 * Plans the requests that save a capture. Steps run in order; each names its HTTP
 * method, `/v1/…` path and JSON body, with `{{stepN…}}` placeholders for ids that only
 * earlier steps learn (`resolveRefs` in `refs.ts` fills them in).
 *
 * @param target where the capture goes: a data source, or a page (new child page, or
 *   appended to the page itself)
 * @param properties the new page's properties (ignored when appending to a page)
 * @param blocks the page content, nested to any depth
 * @throws PlanError when a single block is larger than one request may be
 */
export function planRequests(
  target: PlanTarget,
  properties: PageProperties,
  blocks: readonly BlockObjectRequest[],
  options: PlanOptions = {},
): RequestPlan {
  const { steps, uploads } = uploadSteps(options);
  const roots = buildTree(contentBlocks(target, properties, blocks, options, uploads));
  const builder = new StepBuilder();
  builder.steps.push(...steps);
  const blockCount = roots.reduce((sum, node) => sum + node.elements, 0);

  if (target.kind === 'page' && target.pageMode === 'append') {
    builder.placeChildren(target.pageId, roots);
    return { steps: builder.steps, pageRef: target.pageId, blockCount };
  }

  const base: Record<string, unknown> = {
    parent: parentOf(target),
    properties: withFileProperties(properties, options.attachments ?? [], uploads),
  };
  if (options.icon) base.icon = options.icon;
  if (options.cover) base.cover = options.cover;
  const createCap: Capacity = {
    count: NOTION_LIMITS.array,
    elements: NOTION_LIMITS.requestBlocks,
    bytes: NOTION_LIMITS.requestBytes - BODY_RESERVE - jsonBytes(base),
  };
  const window = chooseWindow(
    roots.map((node) => builder.sizeOf(node)),
    roots.map((node) => ridesAlong(node, -1)),
    createCap,
    APPEND_CAPACITY,
  );
  const carried = roots.slice(window.start, window.end);
  const createIndex = builder.steps.length;
  builder.steps.push({
    kind: 'create_page',
    method: 'POST',
    path: '/v1/pages',
    body: carried.length > 0 ? { ...base, children: carried.map((n) => builder.emit(n)) } : base,
    blockCount: carried.length,
  });
  const pageRef = idRef(createIndex);
  builder.placeChildren(pageRef, roots, window);
  return { steps: builder.steps, pageRef, blockCount };
}
