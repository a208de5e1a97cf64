/**
 * From what a person asked to save to the records the queue stores: the properties,
 * the request plan, and the first checkpoint.
 */
import type { BlockObjectRequest } from '@notionhq/client';
import { planRequests } from '../notion/plan';
import type { PageProperties, PlanAttachment, PlanTarget } from '../notion/plan/types';
import type { Target } from '../notion/types';
import { uploadCap } from '../notion/api/upload-types';
import { Problem } from '../problems';
import { base64Size } from './images/base64';
import { captureImages, withoutDataImages, type CaptureImages } from './images/job-images';
import { capturePdfs } from './pdf/job-pdfs';
import type { CaptureInput, HistoryEntry, JobBody, JobState } from './types';
import { NOTION_LIMITS } from '../notion/api/limits';
import { splitText } from '../notion/api/text';

/** Text as rich text items within Notion's limits (a title keeps its first item only). */
function chunks(text: string): Array<{ type: 'text'; text: { content: string } }> {
  return splitText(text)
    .slice(0, NOTION_LIMITS.array)
    .map((content) => ({ type: 'text' as const, text: { content } }));
}

/** The properties of a new child page: its title only (Notion allows nothing else). */
export function pageTitleProperties(title: string): PageProperties {
  const text = title.trim() || 'Untitled';
  return { title: { title: chunks(text).slice(0, 1) } };
}

/** Where the planner sends the capture. */
export function planTargetOf(target: Target): PlanTarget {
  return target.kind === 'data_source'
    ? { kind: 'data_source', dataSourceId: target.dataSourceId }
    : { kind: 'page', pageId: target.pageId, pageMode: target.pageMode };
}

/** The base64 payload of a `data:` URL. */
export function base64Of(dataUrl: string): string {
  const comma = dataUrl.indexOf(',');
  return comma === -1 ? dataUrl : dataUrl.slice(comma + 1);
}

function noteBlock(note: string): BlockObjectRequest {
  return { type: 'quote', quote: { rich_text: chunks(note) } };
}

/** Captures appending to the same page run one at a time, oldest first. */
export function orderKeyOf(target: Target): string | null {
  return target.kind === 'page' && target.pageMode === 'append' ? `page:${target.pageId}` : null;
}

/** Megabytes as people read a workspace's cap ("5 MB" for 5 MiB), one decimal at most. */
const megabytes = (bytes: number) => String(Math.round((bytes / 1024 / 1024) * 10) / 10);

/**
 * The screenshot's base64, refused before it is queued when the workspace would refuse
 * it: a capture must not wait in the outbox only to fail at its first request.
 * @throws Problem('ScreenshotTooLarge')
 */
function screenshotOf(input: CaptureInput, maxUploadBytes: number | null): string | null {
  if (!input.screenshot) return null;
  const base64 = base64Of(input.screenshot.dataUrl);
  const size = base64Size(base64);
  const cap = uploadCap(maxUploadBytes);
  if (size > cap) {
    throw new Problem('ScreenshotTooLarge', { size: megabytes(size), limit: megabytes(cap) });
  }
  return base64;
}

/** The capture's images as uploads when copying them is on; as before otherwise. */
function imagesOf(
  input: CaptureInput,
  blocks: BlockObjectRequest[],
  maxUploadBytes: number | null,
  first: number,
): CaptureImages {
  if (input.uploadImages) {
    return captureImages(blocks, input.dataImages ?? [], maxUploadBytes, first);
  }
  return { blocks: withoutDataImages(blocks), attachments: [], data: [], dropped: 0 };
}

/**
 * The most one capture may take in storage. Storage itself is unlimited (the
 * `unlimitedStorage` permission: a day of captures offline must all wait), but one
 * capture travels from the popup to the worker as one message and is written as one
 * record; 32 MB is well inside what browsers carry at once, and far more than the
 * largest article (a 5 MB page makes about 10 MB of blocks).
 */
export const MAX_CAPTURE_BYTES = 32 * 1024 * 1024;

/**
 * Refuses a capture too large to keep, before anything is stored: the person hears it
 * at once, with what they captured still in front of them.
 * @throws Problem('CaptureTooLarge')
 */
function refuseOversized(body: JobBody): void {
  const size = new TextEncoder().encode(JSON.stringify(body)).length;
  if (size > MAX_CAPTURE_BYTES) {
    throw new Problem('CaptureTooLarge', {
      size: megabytes(size),
      limit: megabytes(MAX_CAPTURE_BYTES),
    });
  }
}

/** What the queue knows of the target's connection when it stores a capture. */
export interface JobLimits {
  /** The workspace's upload cap (`Connection.maxUploadBytes`); null when unknown. */
  maxUploadBytes: number | null;
}

/**
 * The stored records of a new capture.
 * @throws Problem('ScreenshotTooLarge'), Problem('CaptureTooLarge'), PlanError (a block
 *   larger than a request)
 */
export function buildJob(
  id: string,
  input: CaptureInput,
  properties: PageProperties,
  now: number,
  limits: JobLimits = { maxUploadBytes: null },
): { body: JobBody; state: JobState; entry: HistoryEntry } {
  const { target } = input;
  const screenshot = screenshotOf(input, limits.maxUploadBytes);
  const attachments: PlanAttachment[] = [];
  if (screenshot !== null) {
    const stamp = new Date(now).toISOString().replace(/[:.]/g, '-');
    const fileProperty =
      target.kind === 'data_source' ? (target.mapping.screenshot ?? undefined) : undefined;
    attachments.push({
      filename: `screenshot-${stamp}.png`,
      contentType: 'image/png',
      fileProperty,
    });
  }
  const images = imagesOf(input, input.blocks, limits.maxUploadBytes, attachments.length);
  attachments.push(...images.attachments);
  const pdfs = capturePdfs(
    images.blocks,
    input.source.url,
    input.uploadPdf === true,
    attachments.length,
  );
  attachments.push(...pdfs.attachments);
  const note = target.kind === 'page' && input.note?.trim() ? [noteBlock(input.note.trim())] : [];
  const plan = planRequests(planTargetOf(target), properties, [...note, ...pdfs.blocks], {
    source: { title: input.title, url: input.source.url },
    attachments,
  });
  const { blocks: _blocks, screenshot: _screenshot, dataImages: _data, ...rest } = input;
  const body: JobBody = { id, input: rest, plan, properties, screenshot };
  if (images.data.length > 0) body.dataImages = images.data;
  refuseOversized(body);
  const state: JobState = {
    id,
    connectionId: target.connectionId,
    targetId: target.id,
    orderKey: orderKeyOf(target),
    createdAt: now,
    startedAt: null,
    status: 'queued',
    waitReason: null,
    done: 0,
    inFlight: null,
    inFlightAt: null,
    learned: {},
    attempts: 0,
    notBefore: null,
    error: null,
    repaired: false,
    pageId: null,
    pageUrl: null,
    updatedAt: now,
  };
  if (images.dropped > 0) state.imagesNotCopied = images.dropped;
  const entry: HistoryEntry = {
    id,
    status: 'queued',
    mode: input.mode,
    title: input.title,
    sourceUrl: input.source.url,
    targetId: target.id,
    targetTitle: target.title,
    createdAt: now,
    finishedAt: null,
    pageId: null,
    pageUrl: null,
    error: null,
    createsPage: target.kind === 'data_source' || target.pageMode === 'child',
  };
  return { body, state, entry };
}
