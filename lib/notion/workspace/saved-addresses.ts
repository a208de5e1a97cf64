/**
 * "Already saved" for many pages at once: which of these addresses a target's data
 * source already holds, in as few queries as Notion allows (one `or` of up to 100
 * conditions each), so that thirty tabs cost one lookup, not thirty turns of the rate
 * budget.
 */
import { isFullPage, type Client } from '@notionhq/client';
import { NOTION_LIMITS } from '../api/limits';
import { collectAll } from '../api/paginate';
import type { DataSourceTarget } from '../types';
import { fetchSchema, type CachedSchema } from '../schema/schema';
import { existingFilter } from './find-existing';
import { normalizeUrl } from './normalize-url';

type Filter = NonNullable<ReturnType<typeof existingFilter>>;
/** One property condition: what `existingFilter` joins with `or`. */
type Condition = Exclude<Filter, { or: unknown } | { and: unknown }>;

/** The plain text of a page's URL, text or title property, or null. */
function addressIn(property: unknown): string | null {
  const value = property as {
    type?: string;
    url?: string | null;
    rich_text?: { plain_text: string }[];
    title?: { plain_text: string }[];
  };
  if (value.type === 'url') return value.url ?? null;
  const text = value.type === 'rich_text' ? value.rich_text : value.title;
  return text ? text.map((t) => t.plain_text).join('') : null;
}

/**
 * The addresses among `urls` (each as `normalizeUrl` spells it) that a page of the target
 * holds in its address property; empty when the target maps no property to it.
 */
export async function savedAddresses(
  client: Client,
  target: DataSourceTarget,
  urls: readonly string[],
  schema?: CachedSchema,
): Promise<Set<string>> {
  const found = new Set<string>();
  const propertyId = target.mapping.url;
  if (!propertyId || urls.length === 0) return found;
  const known = schema ?? (await fetchSchema(client, target.dataSourceId));
  const conditions: Condition[] = [];
  for (const url of urls) {
    const filter = existingFilter(known, propertyId, url);
    if (!filter) continue;
    if ('or' in filter) conditions.push(...(filter.or as Condition[]));
    else if (!('and' in filter)) conditions.push(filter);
  }
  for (let at = 0; at < conditions.length; at += NOTION_LIMITS.array) {
    const chunk = conditions.slice(at, at + NOTION_LIMITS.array);
    const results = await collectAll((cursor) =>
      client.dataSources.query({
        data_source_id: target.dataSourceId,
        filter: chunk.length === 1 ? chunk[0]! : { or: chunk },
        page_size: 100,
        result_type: 'page',
        ...(cursor ? { start_cursor: cursor } : {}),
      }),
    );
    for (const page of results) {
      if (!isFullPage(page)) continue;
      const property = Object.values(page.properties).find((p) => p.id === propertyId);
      const address = property ? addressIn(property) : null;
      if (address) found.add(normalizeUrl(address));
    }
  }
  return found;
}
