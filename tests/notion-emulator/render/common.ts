/** Pieces shared by every response: timestamps, parents, user references, URLs, titles. */
import type { Json, JsonObject } from '../json.ts';
import type { ParentRef, PageRecord, StoredObject } from '../model.ts';
import { compactId } from '../ids.ts';
import { plainText } from '../validate/rich-text.ts';
import type { Workspace } from '../workspace.ts';

/** Notion reports created/edited times rounded down to the minute. */
export function iso(ms: number): string {
  return new Date(Math.floor(ms / 60_000) * 60_000).toISOString();
}

export function userRef(id: string): JsonObject {
  return { object: 'user', id };
}

export function parentResponse(ws: Workspace, parent: ParentRef): JsonObject {
  switch (parent.type) {
    case 'workspace':
      return { type: 'workspace', workspace: true };
    case 'data_source_id': {
      const ds = ws.objects.get(parent.id);
      const databaseId = ds?.kind === 'data_source' ? ds.databaseId : parent.id;
      return { type: 'data_source_id', data_source_id: parent.id, database_id: databaseId };
    }
    default:
      return { type: parent.type, [parent.type]: parent.id };
  }
}

/** The title property's rich text of a page, whatever the property is called. */
export function pageTitleRichText(ws: Workspace, page: PageRecord): Json[] {
  let titleId = 'title';
  if (page.parent.type === 'data_source_id') {
    const ds = ws.objects.get(page.parent.id);
    if (ds?.kind === 'data_source')
      titleId = ds.properties.find((p) => p.type === 'title')?.id ?? 'title';
  }
  const value = page.properties[titleId]?.title;
  return Array.isArray(value) ? value : [];
}

export function titleOfObject(ws: Workspace, obj: StoredObject | undefined): string {
  if (!obj) return 'Untitled';
  if (obj.kind === 'page') return plainText(pageTitleRichText(ws, obj)) || 'Untitled';
  if (obj.kind === 'database' || obj.kind === 'data_source')
    return plainText(obj.title) || 'Untitled';
  return 'Untitled';
}

/** A notion.so address like the ones users paste: `Title-Words-<32 hex>`. */
export function notionUrl(title: string, id: string): string {
  const slug = title
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60);
  return `https://www.notion.so/${slug ? `${slug}-` : ''}${compactId(id)}`;
}

export function urlOf(ws: Workspace, id: string): string {
  return notionUrl(titleOfObject(ws, ws.objects.get(id)), id);
}
