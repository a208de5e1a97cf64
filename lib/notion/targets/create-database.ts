/**
 * A ready-made capture database, for people who have none yet: created under a page the
 * integration can see, with a property for every capture field, and returned as a
 * target that is mapped and ready to use.
 */
import { isFullDatabase, type Client, type CreateDatabaseParameters } from '@notionhq/client';
import { CAPTURE_TYPE_NAMES } from '../properties/capture-types';
import type { DataSourceTarget } from '../types';
import { toDashedId } from '../api/ids';
import { loadSource } from './resolve-source';
import { plainText, toRichText } from '../api/text';
import type { CachedSchema } from '../schema/schema';
import { dataSourceTarget } from './targets';

type Schema = NonNullable<
  NonNullable<CreateDatabaseParameters['initial_data_source']>['properties']
>;

/**
 * The schema. Property names stay English in every locale so that shared databases,
 * templates and help texts agree; `autoMap` knows Korean names as well.
 */
export const CAPTURE_DATABASE_SCHEMA: Schema = {
  Name: { title: {} },
  URL: { url: {} },
  Tags: { multi_select: { options: [] } },
  Type: {
    select: {
      options: [
        { name: CAPTURE_TYPE_NAMES.bookmark[0], color: 'blue' },
        { name: CAPTURE_TYPE_NAMES.article[0], color: 'green' },
        { name: CAPTURE_TYPE_NAMES.selection[0], color: 'yellow' },
        { name: CAPTURE_TYPE_NAMES.link[0], color: 'purple' },
        { name: CAPTURE_TYPE_NAMES.image[0], color: 'pink' },
        { name: CAPTURE_TYPE_NAMES.screenshot[0], color: 'orange' },
      ],
    },
  },
  'Saved at': { date: {} },
  Site: { rich_text: {} },
  Author: { rich_text: {} },
  Published: { date: {} },
  Excerpt: { rich_text: {} },
  Notes: { rich_text: {} },
  Image: { files: {} },
  Screenshot: { files: {} },
};

/**
 * The title when the person gave none. The options page fills the field with this in
 * the person's language, so what is written is what they saw and kept; a value written
 * to Notion never depends on the browser's language by itself.
 */
export const DEFAULT_DATABASE_TITLE = 'Quick Capture inbox';

export interface CreateCaptureDatabaseOptions {
  connectionId: string;
  /** Defaults to `DEFAULT_DATABASE_TITLE`. */
  title?: string;
}

/**
 * Creates the database under `parentPageId` and returns it as a target, with its schema
 * for the caller's cache.
 */
export async function createCaptureDatabase(
  client: Client,
  parentPageId: string,
  options: CreateCaptureDatabaseOptions,
): Promise<{ target: DataSourceTarget; schema: CachedSchema }> {
  const title = options.title?.trim() || DEFAULT_DATABASE_TITLE;
  const created = await client.databases.create({
    parent: { type: 'page_id', page_id: toDashedId(parentPageId) ?? parentPageId },
    title: toRichText(title),
    icon: { type: 'emoji', emoji: '📥' },
    initial_data_source: { properties: CAPTURE_DATABASE_SCHEMA },
  });
  const sourceId = isFullDatabase(created) ? created.data_sources[0]?.id : undefined;
  const database = isFullDatabase(created)
    ? { title: plainText(created.title) || title, icon: '📥', url: created.url }
    : { title, icon: '📥', url: null };
  // Without the data source id in the answer, re-read the database to learn it.
  const id =
    sourceId ??
    (await client.databases
      .retrieve({ database_id: created.id })
      .then((db) => (isFullDatabase(db) ? db.data_sources[0]?.id : undefined)));
  if (!id) throw new Error('Notion created the database but named no data source in it.');
  const choice = await loadSource(client, id, created.id, database);
  if (!choice) throw new Error('Notion created the database but its data source cannot be read.');
  return {
    target: dataSourceTarget(choice, { connectionId: options.connectionId }),
    schema: choice.schema,
  };
}
