/**
 * The shapes of a request plan. A plan is plain JSON: the durable queue stores it as is
 * and resumes it after the service worker died, so nothing in it may be a function, a
 * class or a reference to memory. Ids that only Notion can tell (the created page, the
 * blocks an append created, an upload) appear as placeholders (`plan-refs.ts`) that the
 * executor fills in from what earlier steps returned.
 */
import type { BlockObjectRequest, CreatePageParameters } from '@notionhq/client';

/** Where a capture goes, as far as planning is concerned (a full `Target` fits too). */
export type PlanTarget =
  | { kind: 'data_source'; dataSourceId: string }
  | { kind: 'page'; pageId: string; pageMode: 'child' | 'append' };

export type PageProperties = NonNullable<CreatePageParameters['properties']>;

/** A file the capture carries (a screenshot): uploaded first, then referenced. */
export interface PlanAttachment {
  filename: string;
  contentType: string;
  /** Where the image block goes; `false` for none. Default `'start'`. */
  imageBlock?: 'start' | 'end' | false;
  /** Name (or id) of a files property that should hold the upload too. */
  fileProperty?: string;
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
  /** `/v1/…`, possibly with `{{…}}` placeholders (see `plan-refs.ts`). */
  path: string;
  /** JSON body with placeholders, or null for a read. */
  body: Record<string, unknown> | null;
}

export interface UploadCreateStep extends StepBase {
  kind: 'upload_create';
  method: 'POST';
  attachment: number;
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
