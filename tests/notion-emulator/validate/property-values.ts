/**
 * One property value of a page write, checked against its schema property and returned in
 * the response shape (minus `id`). Limits: 100 items for multi-select, relation, people,
 * files and rich text; 2000 characters for URLs; 200 for email and phone numbers.
 */
import { notFound, semanticError } from '../errors.ts';
import type { Json, JsonObject } from '../json.ts';
import type { PropertySchema } from '../model.ts';
import { normalizeId } from '../ids.ts';
import {
  checkTextLength,
  fail,
  onlyKeysAt,
  requireArray,
  requireBoolean,
  requireEnum,
  requireObject,
  requireString,
} from './check.ts';
import { dateFromRequest } from './dates.ts';
import { placeFromRequest, verificationFromRequest } from './place-verification.ts';
import { coverFromRequest, type FileContext } from './files.ts';
import { TEXT_COLORS, richTextFromRequest } from './rich-text.ts';

export interface PropertyContext extends FileContext {
  /** Whether the calling integration can see this page (relations to unshared pages fail). */
  pageVisible(id: string): boolean;
  /** Who writes: the calling integration's bot (a verification names it). */
  actorId: string;
}

export const SELECT_COLORS = TEXT_COLORS;

function options(prop: PropertySchema): JsonObject[] {
  const list = prop.config.options;
  return Array.isArray(list) ? (list as JsonObject[]) : [];
}

/** A select, multi-select or status option named by `{name}` or `{id}`. */
function option(raw: unknown, path: string, prop: PropertySchema, mayCreate: boolean): JsonObject {
  const obj = requireObject(raw, path);
  onlyKeysAt(obj, ['id', 'name', 'color', 'description'], path);
  const known = options(prop);
  if (obj.id !== undefined) {
    const id = requireString(obj.id, `${path}.id`);
    const found = known.find((o) => o.id === id);
    if (!found)
      throw semanticError(
        `Invalid ${prop.type} option id: ${id} is not an option of ${prop.name}.`,
      );
    return { id, name: found.name ?? '', color: found.color ?? 'default' };
  }
  const name = requireString(obj.name, `${path}.name`);
  checkTextLength(name, 100, `${path}.name`);
  // Notion stores multi-select values comma-separated internally, so names may not hold commas.
  if (prop.type !== 'status' && name.includes(','))
    fail(`${path}.name`, 'a name without commas', name);
  const found = known.find((o) => o.name === name);
  if (found) return { id: found.id ?? '', name, color: found.color ?? 'default' };
  if (!mayCreate)
    throw semanticError(
      `Invalid status option. Status option "${name}" does not exist for ${prop.name}.`,
    );
  const color =
    obj.color === undefined ? 'default' : requireEnum(obj.color, SELECT_COLORS, `${path}.color`);
  // New options get their id when the write commits (see `addNewOptions`).
  return { id: '', name, color };
}

function ids(raw: unknown, path: string, allowed: readonly string[] = ['id']): string[] {
  return requireArray(raw, path).map((item, i) => {
    const obj = requireObject(item, `${path}[${i}]`);
    onlyKeysAt(obj, allowed, `${path}[${i}]`);
    const id = normalizeId(requireString(obj.id, `${path}[${i}].id`));
    if (!id) fail(`${path}[${i}].id`, 'a valid uuid', obj.id);
    return id;
  });
}

function nullableText(raw: unknown, path: string, max: number): string | null {
  if (raw === null) return null;
  const text = requireString(raw, path);
  checkTextLength(text, max, path);
  return text;
}

/** Validates `raw[prop.type]` for one schema property. */
export function propertyValue(
  raw: unknown,
  key: string,
  prop: PropertySchema,
  ctx: PropertyContext,
): JsonObject {
  const path = `body.properties.${key}`;
  const obj = requireObject(raw, path);
  const type = prop.type;
  if (obj[type] === undefined) throw semanticError(`${prop.name} is expected to be ${type}.`);
  // One value object per property: a second type key (or a `type` naming another type)
  // is refused rather than silently ignored.
  onlyKeysAt(obj, ['type', type], path);
  if (obj.type !== undefined && obj.type !== type) fail(`${path}.type`, `\`"${type}"\``, obj.type);
  const v = obj[type];
  const p = `${path}.${type}`;
  let value: Json;
  switch (type) {
    case 'title':
    case 'rich_text':
      value = richTextFromRequest(v, p, ctx);
      break;
    case 'number':
      if (v !== null && (typeof v !== 'number' || !Number.isFinite(v))) fail(p, 'a number', v);
      value = v as number | null;
      break;
    case 'url':
      value = nullableText(v, p, 2000);
      break;
    case 'email':
    case 'phone_number':
      value = nullableText(v, p, 200);
      break;
    case 'checkbox':
      value = requireBoolean(v, p);
      break;
    case 'select':
    case 'status':
      value = v === null ? null : option(v, p, prop, type === 'select');
      break;
    case 'multi_select':
      value = requireArray(v, p).map((o, i) => option(o, `${p}[${i}]`, prop, true));
      break;
    case 'date':
      value = v === null ? null : dateFromRequest(v, p);
      break;
    case 'people':
      value = ids(v, p, ['id', 'object']).map((id, i) => {
        if (!ctx.workspace.userExists(id))
          fail(`${p}[${i}].id`, 'the id of a user in this workspace', id);
        return { object: 'user', id };
      });
      break;
    case 'relation': {
      const related = ids(v, p);
      for (const id of related) if (!ctx.pageVisible(id)) throw notFound('page', id);
      return { type, relation: related.map((id) => ({ id })), has_more: false };
    }
    case 'files':
      value = requireArray(v, p).map((f, i) => {
        const fp = `${p}[${i}]`;
        const file = requireObject(f, fp);
        onlyKeysAt(file, ['name', 'type', 'external', 'file_upload'], fp);
        const name = file.name === undefined ? 'file' : requireString(file.name, `${fp}.name`);
        checkTextLength(name, 100, `${fp}.name`);
        return { name, ...(coverFromRequest({ ...file, name: undefined }, fp, ctx) as JsonObject) };
      });
      break;
    case 'place':
      value = placeFromRequest(v, p);
      break;
    case 'verification':
      value = verificationFromRequest(v, p, ctx.actorId);
      break;
    default:
      throw semanticError(
        `${prop.name} is a ${type} property, which cannot be set through the API.`,
      );
  }
  return { type, [type]: value };
}

/** Gives newly named select / multi-select options an id and adds them to the schema. */
export function addNewOptions(prop: PropertySchema, value: JsonObject, mintId: () => string): void {
  const chosen =
    prop.type === 'select'
      ? [value.select]
      : prop.type === 'multi_select'
        ? (value.multi_select as Json[])
        : [];
  for (const o of chosen) {
    if (!o || typeof o !== 'object' || Array.isArray(o) || o.id !== '') continue;
    const existing = options(prop).find((known) => known.name === o.name);
    o.id = existing ? (existing.id ?? '') : mintId();
    if (!existing)
      prop.config.options = [
        ...options(prop),
        { id: o.id, name: o.name ?? '', color: o.color ?? 'default', description: null },
      ];
  }
}
