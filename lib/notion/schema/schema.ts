/**
 * Data source schemas: the properties a capture can fill. The caller caches them
 * (`schemasItem`) and refreshes on demand, and when Notion's `validation_error` names a
 * property, which means the cached schema no longer matches Notion.
 */
import { APIErrorCode, isFullDataSource, type Client } from '@notionhq/client';
import type { CachedSchema } from '../../storage';
import { toStoredError } from '../errors/errors';
import { dataSourceTitle } from '../api/objects';
import type { SchemaProperty } from './schema-properties';

export type { CachedSchema };
// The pure readers live apart so that the popup can use them without the SDK.
export { findProperty, propertiesOf, type SchemaProperty } from './schema-properties';

/** Reads a data source's schema. */
export async function fetchSchema(
  client: Client,
  dataSourceId: string,
  now: Date = new Date(),
): Promise<CachedSchema> {
  const source = await client.dataSources.retrieve({ data_source_id: dataSourceId });
  return {
    dataSourceId: source.id,
    title: isFullDataSource(source) ? dataSourceTitle(source) : '',
    properties: source.properties,
    fetchedAt: now.toISOString(),
  };
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

/**
 * The property a `validation_error` is about, or null. Notion names properties by name
 * or by (URL-encoded) id, e.g. "Tags is not a property that exists." or
 * "body.properties.Tags.multi_select should be an array". The earliest mention wins
 * (in "Name is expected to be title." the property is Name, not the one whose id is
 * `title`), and among mentions at the same place the longest ("Due date", not "Due").
 */
export function propertyNamedInValidationError(
  error: unknown,
  schema: CachedSchema,
): SchemaProperty | null {
  const stored = toStoredError(error);
  if (stored.code !== APIErrorCode.ValidationError) return null;
  const message = safeDecode(stored.message);
  let best: { property: SchemaProperty; index: number; length: number } | null = null;
  for (const property of Object.values(schema.properties)) {
    for (const token of new Set([property.name, safeDecode(property.id)])) {
      if (token === '') continue;
      const bounded = new RegExp(
        `(^|[\\s."'“(\\[]|properties\\.)${escapeRegExp(token)}(?=$|[\\s."'”)\\],:])`,
        'u',
      );
      const match = bounded.exec(message);
      if (!match) continue;
      const index = match.index + (match[1]?.length ?? 0);
      if (!best || index < best.index || (index === best.index && token.length > best.length)) {
        best = { property, index, length: token.length };
      }
    }
  }
  return best?.property ?? null;
}
