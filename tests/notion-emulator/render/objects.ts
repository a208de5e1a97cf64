/**
 * Stored records → the response objects `@notionhq/client` 5.26 types describe
 * (PageObjectResponse, DataSourceObjectResponse, DatabaseObjectResponse, BlockObjectResponse…).
 */
import type { Json, JsonObject } from '../json.ts';
import { cloneJson } from '../json.ts';
import type {
  BlockRecord,
  DataSourceRecord,
  DatabaseRecord,
  FileUploadRecord,
  Integration,
  PageRecord,
  ViewRecord,
} from '../model.ts';
import { plainText } from '../validate/rich-text.ts';
import type { Workspace } from '../workspace.ts';
import { iso, pageTitleRichText, parentResponse, urlOf, userRef } from './common.ts';
import { propertyResponse } from './properties.ts';

export function renderPage(ws: Workspace, integration: Integration, page: PageRecord): JsonObject {
  const properties: JsonObject = {};
  const ds = page.parent.type === 'data_source_id' ? ws.objects.get(page.parent.id) : undefined;
  if (ds?.kind === 'data_source') {
    for (const prop of ds.properties)
      properties[prop.name] = propertyResponse(ws, integration, page, prop);
  } else {
    properties.title = {
      id: 'title',
      type: 'title',
      title: cloneJson(pageTitleRichText(ws, page)),
    };
  }
  return {
    object: 'page',
    id: page.id,
    created_time: iso(page.createdTime),
    last_edited_time: iso(page.lastEditedTime),
    created_by: userRef(page.createdBy),
    last_edited_by: userRef(page.lastEditedBy),
    cover: cloneJson(page.cover),
    icon: cloneJson(page.icon),
    parent: parentResponse(ws, page.parent),
    in_trash: page.inTrash,
    // `archived` left with 2026-03-11 (only `in_trash` remains); `is_archived` is another
    // field the SDK declares, which the emulator keeps equal to in_trash.
    is_archived: page.inTrash,
    is_locked: page.isLocked,
    properties,
    url: urlOf(ws, page.id),
    public_url: null,
  };
}

export function renderDataSource(ws: Workspace, ds: DataSourceRecord): JsonObject {
  const db = ws.objects.get(ds.databaseId) as DatabaseRecord;
  const properties: JsonObject = {};
  for (const prop of ds.properties) {
    properties[prop.name] = {
      id: prop.id,
      name: prop.name,
      description: null,
      type: prop.type,
      [prop.type]: cloneJson(prop.config),
    };
  }
  return {
    object: 'data_source',
    id: ds.id,
    created_time: iso(ds.createdTime),
    last_edited_time: iso(ds.lastEditedTime),
    created_by: userRef(ds.createdBy),
    last_edited_by: userRef(ds.lastEditedBy),
    title: cloneJson(ds.title),
    description: cloneJson(ds.description),
    parent: { type: 'database_id', database_id: ds.databaseId },
    database_parent: parentResponse(ws, db.parent),
    is_inline: db.isInline,
    in_trash: ds.inTrash,
    icon: cloneJson(db.icon),
    cover: cloneJson(db.cover),
    properties,
    url: urlOf(ws, ds.databaseId),
    public_url: null,
  };
}

export function renderDatabase(ws: Workspace, db: DatabaseRecord): JsonObject {
  return {
    object: 'database',
    id: db.id,
    created_time: iso(db.createdTime),
    last_edited_time: iso(db.lastEditedTime),
    title: cloneJson(db.title),
    description: cloneJson(db.description),
    parent: parentResponse(ws, db.parent),
    is_inline: db.isInline,
    in_trash: db.inTrash,
    is_locked: db.isLocked,
    data_sources: db.dataSourceIds.map((id) => {
      const ds = ws.objects.get(id) as DataSourceRecord;
      return { id, name: plainText(ds.title) };
    }),
    icon: cloneJson(db.icon),
    cover: cloneJson(db.cover),
    url: urlOf(ws, db.id),
    public_url: null,
  };
}

/** A child of a page or block; child pages and databases appear as child_page / child_database. */
export function renderBlock(ws: Workspace, id: string): JsonObject {
  const obj = ws.objects.get(id);
  if (!obj || (obj.kind !== 'block' && obj.kind !== 'page' && obj.kind !== 'database')) {
    throw new Error(`emulator bug: ${id} is not a block`);
  }
  const common = {
    object: 'block',
    id,
    parent: parentResponse(ws, obj.parent),
    created_time: iso(obj.createdTime),
    last_edited_time: iso(obj.lastEditedTime),
    created_by: userRef(obj.createdBy),
    last_edited_by: userRef(obj.lastEditedBy),
    in_trash: obj.inTrash,
  };
  if (obj.kind === 'page') {
    return {
      ...common,
      has_children: obj.childIds.length > 0,
      type: 'child_page',
      child_page: { title: plainText(pageTitleRichText(ws, obj)) },
    };
  }
  if (obj.kind === 'database') {
    return {
      ...common,
      has_children: false,
      type: 'child_database',
      child_database: { title: plainText(obj.title) },
    };
  }
  const block: BlockRecord = obj;
  return {
    ...common,
    has_children: block.childIds.length > 0,
    type: block.type,
    [block.type]: cloneJson(block.content),
  };
}

export function renderView(ws: Workspace, view: ViewRecord): JsonObject {
  return {
    object: 'view',
    id: view.id,
    parent: { type: 'database_id', database_id: view.databaseId },
    name: view.name,
    type: 'table',
    created_time: iso(view.createdTime),
    last_edited_time: iso(view.createdTime),
    url: `${urlOf(ws, view.databaseId)}?v=${view.id.replace(/-/g, '')}`,
    data_source_id: view.dataSourceId,
  };
}

export function renderUpload(upload: FileUploadRecord, apiBase: string): JsonObject {
  const result: JsonObject = {
    object: 'file_upload',
    id: upload.id,
    created_time: iso(upload.createdTime),
    created_by: { id: upload.ownerBotId, type: 'bot' },
    last_edited_time: iso(upload.createdTime),
    in_trash: false,
    expiry_time: upload.attached ? null : new Date(upload.expiryTime).toISOString(),
    status: upload.status,
    filename: upload.filename,
    content_type: upload.contentType,
    content_length: upload.contentLength,
  };
  if (upload.status === 'pending')
    result.upload_url = `${apiBase}/v1/file_uploads/${upload.id}/send`;
  return result;
}

export function renderList(results: Json[], nextCursor: string | null, type: string): JsonObject {
  return {
    object: 'list',
    results,
    next_cursor: nextCursor,
    has_more: nextCursor !== null,
    type,
    [type]: {},
  };
}
