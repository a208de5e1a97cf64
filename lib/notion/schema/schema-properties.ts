/**
 * Reading a cached schema's properties. Kept apart from `schema.ts`, which calls Notion,
 * so that the popup can use these without bundling the Notion SDK.
 */
import type { CachedSchema } from '../../storage';
import type { DataSourceObjectResponse } from '@notionhq/client';

/** One property of a data source, as Notion describes it. */
export type SchemaProperty = DataSourceObjectResponse['properties'][string];

/** The schema's properties in Notion's order, title first. */
export function propertiesOf(schema: CachedSchema): SchemaProperty[] {
  const all = Object.values(schema.properties);
  return [...all.filter((p) => p.type === 'title'), ...all.filter((p) => p.type !== 'title')];
}

/** A property by id (or, for records written by hand, by name). */
export function findProperty(schema: CachedSchema, idOrName: string): SchemaProperty | null {
  const all = Object.values(schema.properties);
  return all.find((p) => p.id === idOrName) ?? all.find((p) => p.name === idOrName) ?? null;
}

/** The id of the schema's title property (every data source has one). */
export function titlePropertyId(schema: CachedSchema): string | null {
  return propertiesOf(schema).find((p) => p.type === 'title')?.id ?? null;
}
