/** A page's property values as Notion answers them, computed ones included. */
import type { Json, JsonObject } from '../json.ts';
import { cloneJson } from '../json.ts';
import type { Integration, PageRecord, PropertySchema } from '../model.ts';
import type { Workspace } from '../workspace.ts';
import { iso, userRef } from './common.ts';

/** What an unset property of each type reads as. */
export function emptyValue(prop: PropertySchema): Json {
  switch (prop.type) {
    case 'title':
    case 'rich_text':
    case 'multi_select':
    case 'people':
    case 'relation':
    case 'files':
      return [];
    case 'checkbox':
      return false;
    case 'status': {
      // Notion puts new rows in the first status option ("Not started").
      const first = Array.isArray(prop.config.options) ? prop.config.options[0] : undefined;
      if (!first || typeof first !== 'object' || Array.isArray(first)) return null;
      return { id: first.id ?? '', name: first.name ?? '', color: first.color ?? 'default' };
    }
    default:
      return null;
  }
}

export function propertyResponse(
  ws: Workspace,
  integration: Integration,
  page: PageRecord,
  prop: PropertySchema,
): JsonObject {
  const base = { id: prop.id, type: prop.type };
  switch (prop.type) {
    case 'created_time':
      return { ...base, created_time: iso(page.createdTime) };
    case 'last_edited_time':
      return { ...base, last_edited_time: iso(page.lastEditedTime) };
    case 'created_by':
      return { ...base, created_by: userRef(page.createdBy) };
    case 'last_edited_by':
      return { ...base, last_edited_by: userRef(page.lastEditedBy) };
    case 'relation': {
      const stored = page.properties[prop.id]?.relation;
      const all = Array.isArray(stored) ? stored : [];
      // Related pages the integration cannot see are left out, as Notion does.
      const visible = all.filter(
        (r) =>
          r &&
          typeof r === 'object' &&
          !Array.isArray(r) &&
          ws.isVisible(integration, String(r.id)),
      );
      return { ...base, relation: cloneJson(visible), has_more: false };
    }
    default: {
      const stored = page.properties[prop.id];
      const value = stored ? stored[prop.type] : undefined;
      return { ...base, [prop.type]: value === undefined ? emptyValue(prop) : cloneJson(value) };
    }
  }
}
