/**
 * Two targets the rule tests save to: a page (`inboxPage`) and a database whose schema is
 * the full fixture (`papersDatabase`, mapped to its name, address and tags).
 */
import { FULL_SCHEMA, P } from '../../notion/schema/testing/fixture';
import type { DataSourceTarget, PageTarget } from '../../notion/types';

export const inboxPage: PageTarget = {
  kind: 'page',
  id: 'inbox',
  connectionId: 'c1',
  title: 'Inbox',
  icon: null,
  url: null,
  pageId: 'd1da973d-41ae-46af-b836-e0e9a91149d5',
  pageMode: 'child',
};

export const papersDatabase: DataSourceTarget = {
  kind: 'data_source',
  id: 'papers',
  connectionId: 'c1',
  title: 'Papers',
  icon: null,
  url: null,
  dataSourceId: FULL_SCHEMA.dataSourceId,
  databaseId: 'd65ddddf-2bd5-4dfd-afd1-c384c979c369',
  databaseTitle: 'Papers',
  mapping: { title: P.name.id, url: P.url.id, tags: P.tags.id },
  mappingEdited: false,
};
