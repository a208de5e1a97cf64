/**
 * One data source as a choice for the person, and the check that each of its relation
 * properties points to a database the integration can read: Notion answers 404 for an
 * unshared related database, and the relation then can neither be read nor set.
 */
import { isFullDataSource, isFullDatabase, type Client } from '@notionhq/client';
import type { Locale, MessageParams } from '../../i18n';
import { diagnostic, type Diagnostic } from './diagnostics';
import { notionUrlOf } from '../api/ids';
import { dataSourceTitle, iconOf } from '../api/objects';
import { plainText } from '../api/text';
import { attempt } from './attempt';
import type { CachedSchema } from '../schema/schema';

export interface DataSourceChoice {
  dataSourceId: string;
  /** The data source's own name (a database may hold several). */
  name: string;
  databaseId: string;
  databaseTitle: string;
  icon: string | null;
  url: string | null;
  /** Read while resolving; the caller can cache it instead of asking again. */
  schema: CachedSchema;
  /** Problems with this data source alone (relations to unshared databases). */
  warnings: Diagnostic[];
}

interface DatabaseInfo {
  title: string;
  icon: string | null;
  url: string | null;
  name?: string;
}

/**
 * Reads a data source (and, when not given, its database's title). Null when the
 * integration cannot see it.
 */
export async function loadSource(
  client: Client,
  dataSourceId: string,
  databaseId: string | null,
  database?: DatabaseInfo,
  now: Date = new Date(),
): Promise<DataSourceChoice | null> {
  const read = await attempt(() => client.dataSources.retrieve({ data_source_id: dataSourceId }));
  if (!read.ok || !isFullDataSource(read.value)) return null;
  const source = read.value;
  const parentId = source.parent.type === 'database_id' ? source.parent.database_id : null;
  const dbId = databaseId ?? parentId ?? source.id;
  let info = database;
  if (!info) {
    const db = await attempt(() => client.databases.retrieve({ database_id: dbId }));
    info =
      db.ok && isFullDatabase(db.value)
        ? { title: plainText(db.value.title), icon: iconOf(db.value.icon), url: db.value.url }
        : { title: dataSourceTitle(source), icon: iconOf(source.icon), url: source.url };
  }
  const title = dataSourceTitle(source);
  return {
    dataSourceId: source.id,
    name: title || info.name || info.title,
    databaseId: dbId,
    databaseTitle: info.title || title,
    icon: iconOf(source.icon) ?? info.icon,
    url: source.url ?? info.url,
    schema: {
      dataSourceId: source.id,
      title,
      properties: source.properties,
      fetchedAt: now.toISOString(),
    },
    warnings: [],
  };
}

/** Warnings for relation properties whose data source the integration cannot read. */
export async function checkRelations(
  client: Client,
  choice: DataSourceChoice,
  readable: Map<string, boolean>,
  locale: Locale,
  params: MessageParams,
): Promise<Diagnostic[]> {
  const warnings: Diagnostic[] = [];
  for (const property of Object.values(choice.schema.properties)) {
    if (property.type !== 'relation') continue;
    const target = property.relation.data_source_id;
    if (!readable.has(target)) {
      const read = await attempt(() => client.dataSources.retrieve({ data_source_id: target }));
      readable.set(target, read.ok);
    }
    if (readable.get(target)) continue;
    const url = notionUrlOf(property.relation.database_id);
    warnings.push(
      diagnostic(
        'relation_not_shared',
        locale,
        { ...params, property: property.name, database: url },
        {
          propertyId: property.id,
          propertyName: property.name,
          databaseId: property.relation.database_id,
          url,
        },
      ),
    );
  }
  return warnings;
}
