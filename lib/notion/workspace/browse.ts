/**
 * Browsing instead of pasting: everything the connection can see, and the people of the
 * workspace for people properties.
 */
import {
  isFullDataSource,
  isFullPage,
  isFullUser,
  type Client,
  type SearchResponse,
} from '@notionhq/client';
import { NOTION_LIMITS } from '../api/limits';
import { dataSourceTitle, iconOf, pageTitle } from '../api/objects';
import { collectAll, paginate } from '../api/paginate';

export type ParentRef =
  | { type: 'workspace'; id: null }
  | { type: 'page' | 'database' | 'data_source' | 'block'; id: string };

export interface VisibleItem {
  kind: 'page' | 'data_source';
  id: string;
  title: string;
  icon: string | null;
  url: string;
  parent: ParentRef;
  /** For a data source: its database. */
  databaseId: string | null;
  /** The parent's title when the parent is in the list too (no extra request). */
  parentTitle: string | null;
  /** A page that is a row of a database (usually not where captures go). */
  isRow: boolean;
}

type Result = SearchResponse['results'][number];
type Parent = {
  type: string;
  page_id?: string;
  database_id?: string;
  data_source_id?: string;
  block_id?: string;
};

function parentOf(parent: Parent): ParentRef {
  switch (parent.type) {
    case 'page_id':
      return { type: 'page', id: parent.page_id! };
    case 'database_id':
      return { type: 'database', id: parent.database_id! };
    case 'data_source_id':
      return { type: 'data_source', id: parent.data_source_id! };
    case 'block_id':
      return { type: 'block', id: parent.block_id! };
    default:
      return { type: 'workspace', id: null };
  }
}

function toItem(result: Result): VisibleItem | null {
  if (isFullPage(result)) {
    if (result.in_trash) return null;
    const parent = parentOf(result.parent);
    return {
      kind: 'page',
      id: result.id,
      title: pageTitle(result),
      icon: iconOf(result.icon),
      url: result.url,
      parent,
      databaseId: null,
      parentTitle: null,
      isRow: parent.type === 'data_source' || parent.type === 'database',
    };
  }
  if (isFullDataSource(result)) {
    if (result.in_trash) return null;
    const databaseId = result.parent.type === 'database_id' ? result.parent.database_id : null;
    return {
      kind: 'data_source',
      id: result.id,
      title: dataSourceTitle(result),
      icon: iconOf(result.icon),
      url: result.url,
      parent: parentOf(result.database_parent),
      databaseId,
      parentTitle: null,
      isRow: false,
    };
  }
  return null;
}

/**
 * Every page and data source shared with the connection (`POST /v1/search`, all result
 * pages). `complete` is false when Notion cut the search short.
 */
export async function listVisible(
  client: Client,
): Promise<{ items: VisibleItem[]; complete: boolean }> {
  // One complete pass: an expired cursor starts the search over (see paginate.ts).
  const pages = await paginate((cursor) =>
    client.search({
      page_size: NOTION_LIMITS.pageSize,
      ...(cursor ? { start_cursor: cursor } : {}),
    }),
  );
  const items = pages.flatMap((page) =>
    page.results.flatMap((result) => {
      const item = toItem(result);
      return item ? [item] : [];
    }),
  );
  const complete = pages.every((page) => page.request_status?.type !== 'incomplete');
  const titles = new Map<string, string>();
  for (const item of items) {
    titles.set(item.id, item.title);
    if (item.databaseId) titles.set(item.databaseId, item.title);
  }
  for (const item of items)
    item.parentTitle = item.parent.id ? (titles.get(item.parent.id) ?? null) : null;
  return { items, complete };
}

export interface Person {
  id: string;
  name: string;
  avatarUrl: string | null;
  email: string | null;
}

/**
 * The workspace's people, for people properties. Needs the "Read user information"
 * capability; without it Notion answers 403.
 */
export async function listPeople(client: Client): Promise<Person[]> {
  const users = await collectAll((cursor) =>
    client.users.list({
      page_size: NOTION_LIMITS.pageSize,
      ...(cursor ? { start_cursor: cursor } : {}),
    }),
  );
  return users.flatMap((user) =>
    isFullUser(user) && user.type === 'person'
      ? [
          {
            id: user.id,
            name: user.name ?? '',
            avatarUrl: user.avatar_url,
            email: user.person.email ?? null,
          },
        ]
      : [],
  );
}
