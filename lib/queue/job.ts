/**
 * From what a person asked to save to the records the queue stores: the properties,
 * the request plan, and the first checkpoint.
 */
import type { BlockObjectRequest } from '@notionhq/client';
import { planRequests } from '../notion/plan';
import type { PageProperties, PlanAttachment, PlanTarget } from '../notion/plan-types';
import type { Target } from '../notion/types';
import type { CaptureInput, HistoryEntry, JobBody, JobState } from './types';

const MAX_TEXT = 2000;

function chunks(text: string): Array<{ type: 'text'; text: { content: string } }> {
  const out: Array<{ type: 'text'; text: { content: string } }> = [];
  for (let at = 0; at < text.length && out.length < 100;) {
    let end = Math.min(text.length, at + MAX_TEXT);
    // Never split a surrogate pair: Notion counts UTF-16 units and refuses half a pair.
    const code = text.charCodeAt(end - 1);
    if (end < text.length && code >= 0xd800 && code <= 0xdbff) end -= 1;
    out.push({ type: 'text', text: { content: text.slice(at, end) } });
    at = end;
  }
  return out;
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

/** The stored records of a new capture. */
export function buildJob(
  id: string,
  input: CaptureInput,
  properties: PageProperties,
  now: number,
): { body: JobBody; state: JobState; entry: HistoryEntry } {
  const { target } = input;
  const attachments: PlanAttachment[] = [];
  if (input.screenshot) {
    const stamp = new Date(now).toISOString().replace(/[:.]/g, '-');
    const fileProperty =
      target.kind === 'data_source' ? (target.mapping.screenshot ?? undefined) : undefined;
    attachments.push({
      filename: `screenshot-${stamp}.png`,
      contentType: 'image/png',
      fileProperty,
    });
  }
  const note = target.kind === 'page' && input.note?.trim() ? [noteBlock(input.note.trim())] : [];
  const plan = planRequests(planTargetOf(target), properties, [...note, ...input.blocks], {
    source: { title: input.title, url: input.source.url },
    attachments,
  });
  const { blocks: _blocks, screenshot: _screenshot, ...rest } = input;
  const body: JobBody = {
    id,
    input: rest,
    plan,
    properties,
    screenshot: input.screenshot ? base64Of(input.screenshot.dataUrl) : null,
  };
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
  };
  return { body, state, entry };
}
