/**
 * Data source query filters and sorts: the common property conditions (text, number,
 * checkbox, select, status, multi-select, date, people, relation, files), timestamp filters
 * and `and` / `or` compounds. Enough to find a saved URL or list recent captures.
 */
import { semanticError } from '../errors.ts';
import type { Json, JsonObject } from '../json.ts';
import { isObject } from '../json.ts';
import type { DataSourceRecord, Integration, PageRecord } from '../model.ts';
import { propertyResponse } from '../render/properties.ts';
import { iso } from '../render/common.ts';
import { plainText } from '../validate/rich-text.ts';
import { findProperty } from '../validate/properties.ts';
import { requireArray, requireEnum, requireObject } from '../validate/check.ts';
import type { Workspace } from '../workspace.ts';

type Predicate = (page: PageRecord) => boolean;
type Getter = (page: PageRecord) => Json;

const TEXT_TYPES = ['title', 'rich_text', 'url', 'email', 'phone_number'];

/** The comparable form of a property value: text, number, ISO date, names or ids. */
function comparable(value: JsonObject): Json {
  const v = value[String(value.type)];
  switch (value.type) {
    case 'title':
    case 'rich_text':
      return plainText(Array.isArray(v) ? v : []);
    case 'select':
    case 'status':
      return isObject(v) ? String(v.name) : null;
    case 'multi_select':
      return Array.isArray(v) ? v.map((o) => (isObject(o) ? String(o.name) : '')) : [];
    case 'people':
    case 'relation':
      return Array.isArray(v) ? v.map((o) => (isObject(o) ? String(o.id) : '')) : [];
    case 'files':
      return Array.isArray(v) ? v.map((o) => (isObject(o) ? String(o.name) : '')) : [];
    case 'date':
      return isObject(v) ? String(v.start) : null;
    default:
      return v ?? null;
  }
}

function isEmpty(v: Json): boolean {
  return v === null || v === '' || (Array.isArray(v) && v.length === 0);
}

function condition(
  kind: string,
  cond: Record<string, unknown>,
  get: Getter,
  path: string,
): Predicate {
  const [op, arg] = Object.entries(cond)[0] ?? [];
  if (op === undefined) throw semanticError(`${path} should name a condition.`);
  if (op === 'is_empty') return (p) => isEmpty(get(p));
  if (op === 'is_not_empty') return (p) => !isEmpty(get(p));
  const text = (p: PageRecord) => String(get(p) ?? '').toLowerCase();
  const needle = String(arg ?? '').toLowerCase();
  const time = (v: Json) => (typeof v === 'string' ? Date.parse(v) : NaN);
  switch (`${kind}:${op}`) {
    case 'text:equals':
      return (p) => text(p) === needle;
    case 'text:does_not_equal':
      return (p) => text(p) !== needle;
    case 'text:contains':
      return (p) => text(p).includes(needle);
    case 'text:does_not_contain':
      return (p) => !text(p).includes(needle);
    case 'text:starts_with':
      return (p) => text(p).startsWith(needle);
    case 'text:ends_with':
      return (p) => text(p).endsWith(needle);
    case 'number:equals':
    case 'checkbox:equals':
    case 'select:equals':
      return (p) => get(p) === arg;
    case 'number:does_not_equal':
    case 'checkbox:does_not_equal':
    case 'select:does_not_equal':
      return (p) => get(p) !== arg;
    case 'number:greater_than':
      return (p) => Number(get(p)) > Number(arg);
    case 'number:less_than':
      return (p) => Number(get(p)) < Number(arg);
    case 'number:greater_than_or_equal_to':
      return (p) => Number(get(p)) >= Number(arg);
    case 'number:less_than_or_equal_to':
      return (p) => Number(get(p)) <= Number(arg);
    case 'list:contains':
      return (p) => (get(p) as Json[]).includes(arg as Json);
    case 'list:does_not_contain':
      return (p) => !(get(p) as Json[]).includes(arg as Json);
    case 'date:equals':
      return (p) => String(get(p) ?? '').slice(0, 10) === String(arg).slice(0, 10);
    case 'date:before':
      return (p) => time(get(p)) < time(arg as Json);
    case 'date:after':
      return (p) => time(get(p)) > time(arg as Json);
    case 'date:on_or_before':
      return (p) => time(get(p)) <= time(arg as Json);
    case 'date:on_or_after':
      return (p) => time(get(p)) >= time(arg as Json);
    default:
      throw semanticError(`${path}.${op} is not a supported ${kind} filter condition.`);
  }
}

function kindOf(type: string): string {
  if (TEXT_TYPES.includes(type)) return 'text';
  if (type === 'status' || type === 'select') return 'select';
  if (['multi_select', 'people', 'relation', 'files'].includes(type)) return 'list';
  if (['date', 'created_time', 'last_edited_time'].includes(type)) return 'date';
  return type;
}

export function buildFilter(
  raw: unknown,
  path: string,
  ws: Workspace,
  integration: Integration,
  ds: DataSourceRecord,
): Predicate {
  const filter = requireObject(raw, path);
  for (const op of ['and', 'or'] as const) {
    if (filter[op] === undefined) continue;
    const parts = requireArray(filter[op], `${path}.${op}`).map((f, i) =>
      buildFilter(f, `${path}.${op}[${i}]`, ws, integration, ds),
    );
    return op === 'and' ? (p) => parts.every((f) => f(p)) : (p) => parts.some((f) => f(p));
  }
  if (filter.timestamp !== undefined) {
    const ts = requireEnum(
      filter.timestamp,
      ['created_time', 'last_edited_time'] as const,
      `${path}.timestamp`,
    );
    const get: Getter = (p) => iso(ts === 'created_time' ? p.createdTime : p.lastEditedTime);
    return condition('date', requireObject(filter[ts], `${path}.${ts}`), get, `${path}.${ts}`);
  }
  const key = String(filter.property ?? '');
  const prop = findProperty(ds.properties, key);
  if (!prop) throw semanticError(`Could not find property with name or id: ${key}`);
  const typeKey = Object.keys(filter).find((k) => k !== 'property') ?? '';
  const compatible =
    kindOf(typeKey) === kindOf(prop.type) &&
    (kindOf(prop.type) !== 'list' || typeKey === prop.type);
  if (!compatible)
    throw semanticError(
      `${path}: a ${typeKey} filter does not apply to ${prop.name}, a ${prop.type} property.`,
    );
  const get: Getter = (p) => comparable(propertyResponse(ws, integration, p, prop));
  return condition(
    kindOf(prop.type),
    requireObject(filter[typeKey], `${path}.${typeKey}`),
    get,
    `${path}.${typeKey}`,
  );
}

export function buildSort(
  raw: unknown,
  ws: Workspace,
  integration: Integration,
  ds: DataSourceRecord,
): (a: PageRecord, b: PageRecord) => number {
  const keys = requireArray(raw, 'body.sorts').map((s, i) => {
    const sort = requireObject(s, `body.sorts[${i}]`);
    const sign =
      requireEnum(
        sort.direction,
        ['ascending', 'descending'] as const,
        `body.sorts[${i}].direction`,
      ) === 'ascending'
        ? 1
        : -1;
    if (sort.timestamp !== undefined) {
      const ts = requireEnum(
        sort.timestamp,
        ['created_time', 'last_edited_time'] as const,
        `body.sorts[${i}].timestamp`,
      );
      return {
        sign,
        get: (p: PageRecord): Json => (ts === 'created_time' ? p.createdTime : p.lastEditedTime),
      };
    }
    const prop = findProperty(ds.properties, String(sort.property ?? ''));
    if (!prop)
      throw semanticError(`Could not find sort property with name or id: ${String(sort.property)}`);
    return {
      sign,
      get: (p: PageRecord): Json => comparable(propertyResponse(ws, integration, p, prop)),
    };
  });
  return (a, b) => {
    for (const { sign, get } of keys) {
      const va = JSON.stringify(get(a)) ?? '';
      const vb = JSON.stringify(get(b)) ?? '';
      const na = Number(get(a));
      const nb = Number(get(b));
      const diff = typeof get(a) === 'number' ? na - nb : va.localeCompare(vb);
      if (diff !== 0) return diff * sign;
    }
    return 0;
  };
}
