/**
 * Picking pages for a relation property: the pages of the related data source whose
 * title holds what the person typed. Notion's search cannot be limited to one data
 * source, so the data source is queried by its title property instead.
 */
import { isFullPage, type Client } from '@notionhq/client';
import { pageTitle } from '../api/objects';
import { findProperty, type CachedSchema } from '../schema/schema';

export interface RelatedPage {
  id: string;
  title: string;
}

/** The data source a relation property points at, or null for another property type. */
export function relatedDataSourceId(schema: CachedSchema, propertyId: string): string | null {
  const property = findProperty(schema, propertyId);
  return property?.type === 'relation' ? property.relation.data_source_id : null;
}

/**
 * Up to `limit` pages of the related data source (`relatedSchema`) whose title contains
 * `query`; the most recently edited first when the query is empty.
 */
export async function searchRelated(
  client: Client,
  relatedSchema: CachedSchema,
  query: string,
  limit = 20,
): Promise<RelatedPage[]> {
  const title = Object.values(relatedSchema.properties).find((p) => p.type === 'title');
  const text = query.trim();
  const answer = await client.dataSources.query({
    data_source_id: relatedSchema.dataSourceId,
    page_size: limit,
    ...(text && title ? { filter: { property: title.id, title: { contains: text } } } : {}),
    ...(text ? {} : { sorts: [{ timestamp: 'last_edited_time', direction: 'descending' }] }),
  });
  return answer.results.flatMap((page) =>
    isFullPage(page) ? [{ id: page.id, title: pageTitle(page) }] : [],
  );
}
