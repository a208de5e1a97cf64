/**
 * What a pasted id really is, asked of the API: a database (→ its data sources), a view
 * (→ its data source), a data source, or a page. Problems the person can fix (not
 * shared, a capability off, a relation to an unshared database) come back as
 * diagnostics; only failures of the connection itself (401, network, 429…) are thrown.
 */
import { isFullBlock, isFullDatabase, isFullPage, isFullView, type Client } from '@notionhq/client';
import { currentLocale, type Locale } from '../../i18n';
import { attempt, type Attempt } from './attempt';
import { diagnostic, type Diagnostic } from './diagnostics';
import { notionUrlOf } from '../api/ids';
import { NOTION_LIMITS } from '../api/limits';
import { iconOf, pageTitle } from '../api/objects';
import { plainText } from '../api/text';
import type { ParsedInput } from './parse-input';
import { checkRelations, loadSource, type DataSourceChoice } from './resolve-source';

export type { DataSourceChoice };

export interface PageChoice {
  pageId: string;
  title: string;
  icon: string | null;
  url: string;
  /** Databases placed inside the page: the person may have meant one of them. */
  inlineDatabases: { databaseId: string; title: string }[];
}

export type Resolution =
  | {
      kind: 'data_sources';
      choices: DataSourceChoice[];
      viewId?: string;
      diagnostics: Diagnostic[];
    }
  | { kind: 'page'; page: PageChoice; diagnostics: Diagnostic[] }
  | { kind: 'unresolved'; diagnostics: Diagnostic[] };

export interface ResolveContext {
  /** The integration's name, as Notion shows it under ••• → Connections. */
  integrationName: string;
  locale?: Locale;
}

async function inlineDatabases(
  client: Client,
  pageId: string,
): Promise<PageChoice['inlineDatabases']> {
  const children = await attempt(() =>
    client.blocks.children.list({ block_id: pageId, page_size: NOTION_LIMITS.pageSize }),
  );
  if (!children.ok) return [];
  return children.value.results.flatMap((block) =>
    isFullBlock(block) && block.type === 'child_database'
      ? [{ databaseId: block.id, title: block.child_database.title }]
      : [],
  );
}

/**
 * Resolves one parsed item. For a database every data source is returned, named, for
 * the person to pick; for a page, the choice between "new child page" and "append" is
 * made later.
 */
export async function resolveTarget(
  client: Client,
  parsed: Extract<ParsedInput, { ok: true }>,
  context: ResolveContext,
): Promise<Resolution> {
  const locale = context.locale ?? currentLocale();
  const params = { integration: context.integrationName };
  const diagnostics: Diagnostic[] = [];
  let forbidden = false;
  const note = <T>(result: Attempt<T>): result is { ok: true; value: T } => {
    if (!result.ok) forbidden ||= result.forbidden;
    return result.ok;
  };
  const relationCache = new Map<string, boolean>();
  const finish = async (choices: DataSourceChoice[], viewId?: string): Promise<Resolution> => {
    for (const choice of choices) {
      choice.warnings.push(
        ...(await checkRelations(client, choice, relationCache, locale, params)),
      );
    }
    return { kind: 'data_sources', choices, ...(viewId ? { viewId } : {}), diagnostics };
  };

  let databaseId: string = parsed.id;
  if (parsed.viewId) {
    const view = await attempt(() => client.views.retrieve({ view_id: parsed.viewId! }));
    if (note(view) && isFullView(view.value)) {
      databaseId = view.value.parent.database_id;
      if (view.value.data_source_id) {
        const choice = await loadSource(client, view.value.data_source_id, databaseId);
        if (choice) return finish([choice], parsed.viewId);
      }
      diagnostics.push(diagnostic('view_without_source', locale, params));
    }
  }

  const tryDatabase = async (): Promise<Resolution | null> => {
    const database = await attempt(() => client.databases.retrieve({ database_id: databaseId }));
    if (!note(database) || !isFullDatabase(database.value)) return null;
    const db = database.value;
    if (db.in_trash)
      return { kind: 'unresolved', diagnostics: [diagnostic('in_trash', locale, params)] };
    const choices: DataSourceChoice[] = [];
    for (const ref of db.data_sources) {
      const choice = await loadSource(client, ref.id, db.id, {
        title: plainText(db.title),
        icon: iconOf(db.icon),
        url: db.url,
        name: ref.name,
      });
      if (choice) choices.push(choice);
      else diagnostics.push(diagnostic('not_shared', locale, params, { url: notionUrlOf(ref.id) }));
    }
    if (choices.length > 1) {
      diagnostics.push(diagnostic('several_sources', locale, { count: choices.length }));
    }
    return choices.length > 0 ? finish(choices) : null;
  };

  const tryPage = async (): Promise<Resolution | null> => {
    const page = await attempt(() => client.pages.retrieve({ page_id: parsed.id }));
    if (!note(page) || !isFullPage(page.value)) return null;
    const p = page.value;
    if (p.in_trash)
      return { kind: 'unresolved', diagnostics: [diagnostic('in_trash', locale, params)] };
    const inline = await inlineDatabases(client, p.id);
    if (inline.length > 0)
      diagnostics.push(diagnostic('inline_databases', locale, { count: inline.length }));
    return {
      kind: 'page',
      page: {
        pageId: p.id,
        title: pageTitle(p),
        icon: iconOf(p.icon),
        url: p.url,
        inlineDatabases: inline,
      },
      diagnostics,
    };
  };

  const trySource = async (): Promise<Resolution | null> => {
    const choice = await loadSource(client, parsed.id, null);
    return choice ? finish([choice]) : null;
  };

  const order =
    parsed.hint === 'page' && !parsed.viewId
      ? [tryPage, tryDatabase, trySource]
      : [tryDatabase, tryPage, trySource];
  for (const step of order) {
    const found = await step();
    if (found) return found;
  }
  // A link into a block names the block: the page around it is what can receive captures.
  const block = forbidden
    ? null
    : await attempt(() => client.blocks.retrieve({ block_id: parsed.id }));
  if (block?.ok) {
    return {
      kind: 'unresolved',
      diagnostics: [...diagnostics, diagnostic('not_a_target', locale, params)],
    };
  }
  const code = forbidden ? 'no_read_capability' : 'not_shared';
  return {
    kind: 'unresolved',
    diagnostics: [
      ...diagnostics,
      diagnostic(code, locale, params, { url: notionUrlOf(parsed.id) }),
    ],
  };
}
