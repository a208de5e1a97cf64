/**
 * Data source schemas, from `POST /v1/databases` (`initial_data_source.properties`) and from
 * seeds. A schema has exactly one title property; option names follow the same rules as
 * values.
 */
import { randomBytes } from 'node:crypto';
import { semanticError } from '../errors.ts';
import type { JsonObject } from '../json.ts';
import type { PropertySchema } from '../model.ts';
import { normalizeId } from '../ids.ts';
import {
  checkMax,
  checkTextLength,
  fail,
  onlyKeysAt,
  requireArray,
  requireEnum,
  requireObject,
  requireString,
} from './check.ts';
import { SELECT_COLORS } from './property-values.ts';

export const SCHEMA_TYPES = [
  'title',
  'rich_text',
  'number',
  'url',
  'select',
  'multi_select',
  'status',
  'date',
  'checkbox',
  'email',
  'phone_number',
  'people',
  'relation',
  'files',
  'created_time',
  'last_edited_time',
  'created_by',
  'last_edited_by',
  'place',
  'verification',
] as const;

/**
 * How large a data source's schema may grow: the JSON of its `properties` as the API
 * answers them, options included. Notion documents no figure for "You have exceeded the
 * maximum database property schema size" (met by integrations that add select and
 * multi-select options without bound); 50 000 bytes, a few hundred options, is the
 * emulator's plausible choice, low enough for tests to reach.
 */
export const MAX_SCHEMA_BYTES = 50_000;

/** The schema's size as `checkSchemaSize` counts it. */
export function schemaBytes(properties: readonly PropertySchema[]): number {
  const rendered = properties.map((p) => ({
    id: p.id,
    name: p.name,
    description: null,
    type: p.type,
    [p.type]: p.config,
  }));
  return Buffer.byteLength(JSON.stringify(rendered));
}

/** Refuses a schema grown past `MAX_SCHEMA_BYTES`, in Notion's words. */
export function checkSchemaSize(properties: readonly PropertySchema[]): void {
  if (schemaBytes(properties) > MAX_SCHEMA_BYTES)
    throw semanticError('You have exceeded the maximum database property schema size.');
}

/** A short property id, like the four-character ids Notion mints. */
export function mintPropertyId(): string {
  return randomBytes(3).toString('base64url').slice(0, 4);
}

/** Keys of each type's configuration object (the SDK's PropertyConfigurationRequest). */
const CONFIG_KEYS: Record<string, readonly string[]> = {
  select: ['options'],
  multi_select: ['options'],
  status: ['options'],
  number: ['format'],
  relation: ['data_source_id', 'type', 'single_property', 'dual_property'],
};

export interface SchemaContext {
  mintId: () => string;
  /** Resolves a relation target to `{database_id, data_source_id}`, or throws 404. */
  relationTarget: (dataSourceId: string) => { databaseId: string; dataSourceId: string };
}

function optionList(
  raw: unknown,
  path: string,
  ctx: SchemaContext,
  allowCommas: boolean,
): JsonObject[] {
  if (raw === undefined) return [];
  return requireArray(raw, path).map((o, i) => {
    const obj = requireObject(o, `${path}[${i}]`);
    onlyKeysAt(obj, ['name', 'color', 'description'], `${path}[${i}]`);
    const name = requireString(obj.name, `${path}[${i}].name`);
    checkTextLength(name, 100, `${path}[${i}].name`);
    if (!allowCommas && name.includes(','))
      fail(`${path}[${i}].name`, 'a name without commas', name);
    const color =
      obj.color === undefined
        ? 'default'
        : requireEnum(obj.color, SELECT_COLORS, `${path}[${i}].color`);
    return { id: ctx.mintId(), name, color, description: null };
  });
}

function config(
  type: string,
  raw: Record<string, unknown>,
  p: string,
  ctx: SchemaContext,
): JsonObject {
  const body = raw[type] === undefined ? {} : requireObject(raw[type], p);
  onlyKeysAt(body, CONFIG_KEYS[type] ?? [], p);
  switch (type) {
    case 'select':
    case 'multi_select':
      return { options: optionList(body.options, `${p}.options`, ctx, false) };
    case 'status': {
      const options =
        body.options === undefined
          ? ['Not started', 'In progress', 'Done'].map((name) => ({
              id: ctx.mintId(),
              name,
              color: 'default',
              description: null,
            }))
          : optionList(body.options, `${p}.options`, ctx, true);
      return {
        options,
        groups: [
          { id: ctx.mintId(), name: 'All', color: 'gray', option_ids: options.map((o) => o.id) },
        ],
      };
    }
    case 'number':
      return {
        format: body.format === undefined ? 'number' : requireString(body.format, `${p}.format`),
      };
    case 'relation': {
      const id = normalizeId(requireString(body.data_source_id, `${p}.data_source_id`));
      if (!id) fail(`${p}.data_source_id`, 'a valid uuid', body.data_source_id);
      const target = ctx.relationTarget(id);
      return {
        database_id: target.databaseId,
        data_source_id: target.dataSourceId,
        type: 'single_property',
        single_property: {},
      };
    }
    default:
      return {};
  }
}

/** Validates `properties` of a new data source and returns its schema. */
export function schemaFromRequest(
  value: unknown,
  path: string,
  ctx: SchemaContext,
): PropertySchema[] {
  const obj = requireObject(value, path);
  checkMax(Object.keys(obj).length, 100, `${path} (number of properties)`);
  const schema = Object.entries(obj).map(([name, raw]) => {
    const p = `${path}.${name}`;
    const prop = requireObject(raw, p);
    const declared = prop.type ?? SCHEMA_TYPES.find((t) => prop[t] !== undefined);
    const type = requireEnum(declared, SCHEMA_TYPES, `${p}.type`);
    onlyKeysAt(prop, ['type', type, 'description'], p);
    return {
      id: type === 'title' ? 'title' : ctx.mintId(),
      name,
      type,
      config: config(type, prop, `${p}.${type}`, ctx),
    };
  });
  const titles = schema.filter((p) => p.type === 'title').length;
  if (titles !== 1) {
    throw semanticError(`A data source needs exactly one title property; ${path} has ${titles}.`);
  }
  checkSchemaSize(schema);
  return schema;
}
