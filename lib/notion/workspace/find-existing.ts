/**
 * "Already saved": looks up a page address in a target's data source, under the
 * spellings it may have been saved with, so the popup can link to the earlier save.
 */
import { isFullPage, type Client, type QueryDataSourceParameters } from '@notionhq/client';
import type { DataSourceTarget } from '../types';
import { urlVariants } from './normalize-url';
import { pageTitle } from '../api/objects';
import { fetchSchema, findProperty, type CachedSchema } from '../schema/schema';

export interface ExistingPage {
  pageId: string;
  /** Opens the saved page in Notion. */
  url: string;
  title: string;
  createdTime: string;
}

type Filter = NonNullable<QueryDataSourceParameters['filter']>;

/** The query filter matching any spelling of `url` in the property, or null. */
export function existingFilter(
  schema: CachedSchema,
  propertyId: string,
  url: string,
): Filter | null {
  const property = findProperty(schema, propertyId);
  if (!property) return null;
  const variants = urlVariants(url);
  if (variants.length === 0) return null;
  const one = (value: string) =>
    property.type === 'url'
      ? { property: property.id, url: { equals: value } }
      : property.type === 'rich_text'
        ? { property: property.id, rich_text: { equals: value } }
        : property.type === 'title'
          ? { property: property.id, title: { equals: value } }
          : null;
  const filters = variants.map(one).filter((f) => f !== null);
  if (filters.length === 0) return null;
  return filters.length === 1 ? filters[0]! : { or: filters };
}

/**
 * The most recent page of the target whose address property holds `url` (as given or
 * normalized), or null — also null when the target maps no property to the address.
 * Reads the schema when none is given.
 */
export async function findExisting(
  client: Client,
  target: DataSourceTarget,
  url: string,
  schema?: CachedSchema,
): Promise<ExistingPage | null> {
  const propertyId = target.mapping.url;
  if (!propertyId) return null;
  const known = schema ?? (await fetchSchema(client, target.dataSourceId));
  const filter = existingFilter(known, propertyId, url);
  if (!filter) return null;
  const answer = await client.dataSources.query({
    data_source_id: target.dataSourceId,
    filter,
    sorts: [{ timestamp: 'created_time', direction: 'descending' }],
    page_size: 1,
    result_type: 'page',
  });
  const page = answer.results.find(isFullPage);
  return page
    ? { pageId: page.id, url: page.url, title: pageTitle(page), createdTime: page.created_time }
    : null;
}
