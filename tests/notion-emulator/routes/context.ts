/** What a route handler receives and returns. */
import type { CursorBook } from '../cursors.ts';
import type { AdditionalData } from '../errors.ts';
import type { Json } from '../json.ts';
import { uploadStatus, type Integration } from '../model.ts';
import type { Workspace } from '../workspace.ts';
import type { PropertyContext } from '../validate/property-values.ts';
import { titleOfObject, urlOf } from '../render/common.ts';

export interface RouteContext {
  ws: Workspace;
  integration: Integration;
  params: Record<string, string>;
  query: URLSearchParams;
  /** Parsed JSON body (undefined when there was none). */
  body: unknown;
  rawBody: Buffer;
  contentType: string;
  /** `http://127.0.0.1:PORT`, for URLs the emulator hands out. */
  apiBase: string;
  /** Pagination cursors handed out (and perhaps expiring). */
  cursors: CursorBook;
}

export interface RouteResult {
  status?: number;
  body: Json;
  /** What a write created; "503 after commit" faults report it in `additional_data`. */
  committed?: AdditionalData;
}

export type Capability = 'read' | 'update' | 'insert' | 'none';

export interface Route {
  method: 'GET' | 'POST' | 'PATCH' | 'DELETE';
  /** `/v1/pages/:page_id`; `:x_id` segments must be Notion ids. */
  pattern: string;
  capability: Capability;
  /** Multipart routes skip JSON parsing and the 500 KB JSON limit. */
  multipart?: boolean;
  handler: (ctx: RouteContext) => RouteResult | Promise<RouteResult>;
}

/** The validation context for writes made by the calling integration. */
export function propertyContext(ctx: RouteContext): PropertyContext {
  const { ws, integration, apiBase } = ctx;
  return {
    workspace: ws,
    pageUrl: (id) => urlOf(ws, id),
    titleOf: (id) => titleOfObject(ws, ws.objects.get(id)),
    upload: (id) => {
      const upload = ws.uploads.get(id);
      if (!upload || upload.ownerBotId !== integration.botId) return undefined;
      uploadStatus(upload, ws.now());
      return upload;
    },
    fileUrl: (id) => `${apiBase}/__emulator/files/${id}`,
    now: ws.now,
    usedUploads: new Set(),
    pageVisible: (id) => ws.objects.get(id)?.kind === 'page' && ws.isVisible(integration, id),
    actorId: ws.actorOf(integration),
  };
}

/** Marks uploads referenced by a committed write as attached (they stop expiring). */
export function markUploadsAttached(ctx: RouteContext, used: Set<string>): void {
  for (const id of used) {
    const upload = ctx.ws.uploads.get(id);
    if (upload) upload.attached = true;
  }
}
