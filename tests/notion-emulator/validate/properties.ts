/**
 * The `properties` of a page write. Keys may be property names or ids, as Notion allows;
 * a page whose parent is a page (not a data source) has only `title`.
 */
import { semanticError } from '../errors.ts';
import type { JsonObject } from '../json.ts';
import type { PropertySchema } from '../model.ts';
import { requireObject } from './check.ts';
import { propertyValue, type PropertyContext } from './property-values.ts';

/** The one property of pages outside data sources. */
export const PAGE_TITLE_SCHEMA: PropertySchema = {
  id: 'title',
  name: 'title',
  type: 'title',
  config: {},
};

/** Finds a schema property by name first, then by id (both are accepted keys). */
export function findProperty(schema: PropertySchema[], key: string): PropertySchema | undefined {
  return (
    schema.find((p) => p.name === key) ??
    schema.find((p) => p.id === key || decodeURIComponent(p.id) === key)
  );
}

/** Validated values keyed by property id, in response shape (minus `id`). */
export function propertiesFromRequest(
  value: unknown,
  schema: PropertySchema[] | null,
  ctx: PropertyContext,
): Record<string, JsonObject> {
  const obj = requireObject(value, 'body.properties');
  const result: Record<string, JsonObject> = {};
  for (const [key, raw] of Object.entries(obj)) {
    const prop = schema
      ? findProperty(schema, key)
      : key === 'title'
        ? PAGE_TITLE_SCHEMA
        : undefined;
    if (!prop) {
      if (!schema) {
        throw semanticError(
          `Invalid property for a page whose parent is a page: ${key}. Only \`title\` can be set.`,
        );
      }
      throw semanticError(`${key} is not a property that exists.`);
    }
    if (result[prop.id])
      throw semanticError(`${prop.name} was given more than once (by name and by id).`);
    result[prop.id] = propertyValue(raw, key, prop, ctx);
  }
  return result;
}
