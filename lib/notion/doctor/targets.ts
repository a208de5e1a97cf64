/**
 * Each target: can it be reached, is it in the trash, can its schema be read, does every
 * property the captures fill still exist, and can the databases its relations point at be
 * reached. A 404 is Notion's "gone or not visible" (it does not say which): for an
 * integration that is a page to connect, for a PAT the person's own access.
 */
import {
  APIErrorCode,
  isFullDataSource,
  isFullPage,
  type Client,
  type DataSourceObjectResponse,
} from '@notionhq/client';
import type { Locale, MessageKey } from '../../i18n';
import { notionUrlOf } from '../api/ids';
import type { Connection, DataSourceTarget, Target } from '../types';
import { codeOf, failed, found, trouble, type Finding } from './finding';

type Properties = DataSourceObjectResponse['properties'];

async function retrieve(client: Client, target: Target) {
  if (target.kind === 'data_source') {
    const source = await client.dataSources.retrieve({ data_source_id: target.dataSourceId });
    return {
      inTrash: isFullDataSource(source) && source.in_trash,
      properties: isFullDataSource(source) ? source.properties : null,
    };
  }
  const page = await client.pages.retrieve({ page_id: target.pageId });
  return { inTrash: isFullPage(page) && page.in_trash, properties: null };
}

/** The properties of `target`'s mapping that the schema no longer has. */
function mappedButGone(target: DataSourceTarget, properties: Properties): number {
  const ids = new Set(Object.values(properties).map((p) => p.id));
  return Object.values(target.mapping ?? {}).filter((id) => typeof id === 'string' && !ids.has(id))
    .length;
}

/** Relation properties whose database this token cannot reach; each database asked once. */
async function checkRelations(
  client: Client,
  connection: Connection,
  target: DataSourceTarget,
  properties: Properties,
  locale: Locale,
  reachable: Map<string, boolean>,
): Promise<Finding[]> {
  const findings: Finding[] = [];
  const personal = connection.kind === 'personal';
  for (const property of Object.values(properties)) {
    if (property.type !== 'relation') continue;
    const related = property.relation.data_source_id;
    let error: unknown = null;
    if (!reachable.has(related)) {
      try {
        await client.dataSources.retrieve({ data_source_id: related });
        reachable.set(related, true);
      } catch (thrown) {
        error = thrown;
        reachable.set(related, false);
      }
    }
    const params = {
      title: target.title,
      property: property.name,
      integration: connection.botName,
      database: notionUrlOf(property.relation.database_id),
    };
    const extra = { targetId: target.id };
    if (reachable.get(related)) {
      findings.push(found('relation', 'ok', locale, 'docRelationOk', params, extra));
    } else if (error !== null && codeOf(error) !== APIErrorCode.ObjectNotFound) {
      findings.push(failed('relation', error, locale, extra));
    } else {
      const fix = personal ? 'docRelationFixPersonal' : 'docRelationFixIntegration';
      findings.push(trouble('relation', locale, ['docRelationMissing', fix], params, extra));
    }
  }
  return findings;
}

/** Every check of one target, in order. */
export async function checkTarget(
  client: Client,
  connection: Connection,
  target: Target,
  locale: Locale,
  reachable: Map<string, boolean>,
): Promise<Finding[]> {
  const params = { title: target.title, integration: connection.botName };
  const extra = { targetId: target.id };
  let read;
  try {
    read = await retrieve(client, target);
  } catch (error) {
    if (codeOf(error) !== APIErrorCode.ObjectNotFound)
      return [failed('target', error, locale, extra)];
    const personal = connection.kind === 'personal';
    const keys: [MessageKey, MessageKey] = personal
      ? ['docTargetMissing', 'docTargetFixPersonal']
      : ['docTargetMissingIntegration', 'docTargetFixIntegration'];
    return [
      trouble('target', locale, keys, params, {
        ...extra,
        action: 'open_target',
      }),
    ];
  }
  if (read.inTrash) {
    return [
      trouble('target', locale, ['docTargetTrashed', 'docTargetTrashedFix'], params, {
        ...extra,
        action: 'open_target',
      }),
    ];
  }
  const findings = [found('target', 'ok', locale, 'docTargetOk', params, extra)];
  if (target.kind !== 'data_source') return findings;
  // Notion's partial data source has no title; a schema without a title property is not
  // one a row can be created in (every data source has exactly one).
  const properties = read.properties;
  if (!properties || !Object.values(properties).some((p) => p.type === 'title')) {
    findings.push(
      trouble('schema', locale, ['docSchemaUnreadable', 'docSchemaUnreadableFix'], params, extra),
    );
    return findings;
  }
  const gone = mappedButGone(target, properties);
  findings.push(
    gone > 0
      ? trouble(
          'schema',
          locale,
          ['docSchemaMappingGone', 'docSchemaMappingFix'],
          { ...params, count: gone },
          extra,
        )
      : found('schema', 'ok', locale, 'docSchemaOk', params, extra),
  );
  findings.push(
    ...(await checkRelations(client, connection, target, properties, locale, reachable)),
  );
  return findings;
}
