/**
 * A place picked from the list of what a connection sees, made into a target with one
 * click. The list has one row per data source (Notion's search answers so) and per page,
 * so the row itself says which data source of a database is meant: nothing to ask.
 */
import type { VisibleItem } from '../workspace/browse';
import type { ParsedInput } from './parse-input';
import type { DataSourceChoice, PageChoice, Resolution } from './resolve';

/** What the list hands back: enough to look the place up again. */
export type ListedPlace = Pick<VisibleItem, 'kind' | 'id' | 'databaseId' | 'url'>;

export type ListedChoice =
  | { kind: 'data_source'; source: DataSourceChoice }
  | { kind: 'page'; page: PageChoice; pageMode: 'child' };

/**
 * The lookup for a listed place: a data source is resolved through its database (data
 * source ids are not database ids, and the database's answer names every data source).
 */
export function listedLookup(place: ListedPlace): Extract<ParsedInput, { ok: true }> {
  const viaDatabase = place.kind === 'data_source' && place.databaseId !== null;
  return {
    ok: true,
    id: viaDatabase ? place.databaseId! : place.id,
    hint: place.kind === 'data_source' ? 'database' : 'page',
    source: place.url,
  };
}

/**
 * The target to make from what Notion answered, or null when it is no longer what the
 * list showed (moved, trashed, access lost since). A page gets each capture as a child page.
 */
export function listedChoice(place: ListedPlace, resolution: Resolution): ListedChoice | null {
  if (resolution.kind === 'data_sources') {
    const source =
      resolution.choices.find((c) => c.dataSourceId === place.id) ??
      (place.kind === 'page' || resolution.choices.length !== 1
        ? undefined
        : resolution.choices[0]);
    return source ? { kind: 'data_source', source } : null;
  }
  if (resolution.kind === 'page' && place.kind === 'page')
    return { kind: 'page', page: resolution.page, pageMode: 'child' };
  return null;
}
