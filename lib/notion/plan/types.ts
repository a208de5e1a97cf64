/**
 * The shapes of a request plan. A plan is plain JSON: the durable queue stores it as is
 * and resumes it after the service worker died, so nothing in it may be a function, a
 * class or a reference to memory. Ids that only Notion can tell (the created page, the
 * blocks an append created, an upload) appear as placeholders (`refs.ts`) that the
 * executor fills in from what earlier steps returned.
 */
import type { BlockObjectRequest, CreatePageParameters } from '@notionhq/client';
import type { PageProperties } from '../api/request-types';

export type { PageProperties };

/** Where a capture goes, as far as planning is concerned (a full `Target` fits too). */
export type PlanTarget =
  | { kind: 'data_source'; dataSourceId: string }
  | { kind: 'page'; pageId: string; pageMode: 'child' | 'append' };

/**
 * Where an attachment's bytes come from when its upload is sent. Absent: the capture's
 * screenshot, stored with the job. A page image or PDF is optional: when its bytes cannot be
 * had or Notion refuses them, the upload is skipped and its block falls back.
 */
export type AttachmentSource =
  /** Fetched by the worker at send time (it holds the host permission then). */
  | { kind: 'url'; url: string }
  /** A `data:` image of the page, stored with the job until it is attached. */
  | { kind: 'data'; index: number }
  /** The PDF a tab shows, fetched by the worker at send time like a page image. */
  | { kind: 'pdf'; url: string };

/**
 * A file the capture carries (a screenshot, a page image): uploaded first, then
 * referenced by an image block, a files property, or a block of the capture that names
 * it with `attachmentRef(i)` (`uploads.ts`).
 */
export interface PlanAttachment {
  /** For a fetched image, a guess from its address; the executor sends the real one. */
  filename: string;
  contentType: string;
  /** Where an image block of its own goes; `false` for none. Default `'start'`. */
  imageBlock?: 'start' | 'end' | false;
  /** Name (or id) of a files property that should hold the upload too. */
  fileProperty?: string;
  source?: AttachmentSource;
}

export interface PlanOptions {
  /** Title and address for the header of an append to an existing page. */
  source?: { title: string; url: string | null };
  attachments?: PlanAttachment[];
  icon?: CreatePageParameters['icon'];
  cover?: CreatePageParameters['cover'];
}

export type HttpMethod = 'GET' | 'POST' | 'PATCH';

interface StepBase {
  method: HttpMethod;
  /** `/v1/…`, possibly with `{{…}}` placeholders (see `refs.ts`). */
  path: string;
  /** JSON body with placeholders, or null for a read. */
  body: Record<string, unknown> | null;
}

export interface UploadCreateStep extends StepBase {
  kind: 'upload_create';
  method: 'POST';
  attachment: number;
  /** Absent for the screenshot (see `AttachmentSource`). */
  source?: AttachmentSource;
}

/** Multipart: the body only names the attachment, the executor sends its bytes. */
export interface UploadSendStep extends StepBase {
  kind: 'upload_send';
  method: 'POST';
  attachment: number;
}

export interface CreatePageStep extends StepBase {
  kind: 'create_page';
  method: 'POST';
  /** Top-level blocks carried by the request. */
  blockCount: number;
}

export interface AppendStep extends StepBase {
  kind: 'append';
  method: 'PATCH';
  /** Id or placeholder of the block the children go under. */
  parent: string;
  /** First-level children in the body (Notion returns exactly these, in order). */
  count: number;
  /** Where the children land among the parent's children. */
  at: 'end' | 'start' | 'after';
}

/** `GET …/children`: learns ids of blocks created below the first level of a request. */
export interface ListStep extends StepBase {
  kind: 'list';
  method: 'GET';
  parent: string;
}

export type PlanStep = UploadCreateStep | UploadSendStep | CreatePageStep | AppendStep | ListStep;

export interface RequestPlan {
  /** In execution order; a step refers only to steps before it. */
  steps: PlanStep[];
  /** Where the capture can be opened: a placeholder for a new page, else the page id. */
  pageRef: string;
  /** Block elements carried by all steps, nested ones included. */
  blockCount: number;
}

export type { BlockObjectRequest };
