/**
 * Targets from what resolving or browsing found. The mapping of a new data source
 * target is guessed (`autoMap`) and marked as not edited, so later schema changes may
 * remap it freely until the person edits it.
 *
 * A target's address is opened in a tab ("open in Notion", "open after save"): it is the
 * pasted address when that is an https Notion page, else the one Notion answered, else
 * none (`notion-url.ts`).
 */
import type { DataSourceTarget, PageMode, PageTarget } from '../types';
import { autoMap } from '../schema/auto-map';
import { notionIconOrNull, notionPageUrlOrNull } from '../api/notion-url';
import type { PageChoice } from './resolve';
import type { DataSourceChoice } from './resolve-source';

interface TargetOptions {
  connectionId: string;
  /** Defaults to a new random id. */
  id?: string;
  /** The address the person pasted, if any. */
  url?: string | null;
}

export function dataSourceTarget(
  choice: DataSourceChoice,
  options: TargetOptions,
): DataSourceTarget {
  return {
    kind: 'data_source',
    id: options.id ?? crypto.randomUUID(),
    connectionId: options.connectionId,
    title: choice.name || choice.databaseTitle,
    icon: notionIconOrNull(choice.icon),
    url: notionPageUrlOrNull(options.url) ?? notionPageUrlOrNull(choice.url),
    dataSourceId: choice.dataSourceId,
    databaseId: choice.databaseId,
    databaseTitle: choice.databaseTitle,
    mapping: autoMap(choice.schema),
    mappingEdited: false,
  };
}

export function pageTarget(
  page: PageChoice,
  options: TargetOptions & { pageMode: PageMode },
): PageTarget {
  return {
    kind: 'page',
    id: options.id ?? crypto.randomUUID(),
    connectionId: options.connectionId,
    title: page.title,
    icon: notionIconOrNull(page.icon),
    url: notionPageUrlOrNull(options.url) ?? notionPageUrlOrNull(page.url),
    pageId: page.pageId,
    pageMode: options.pageMode,
  };
}
