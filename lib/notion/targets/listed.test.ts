import { describe, expect, it } from 'vitest';
import { listedChoice, listedLookup, type ListedPlace } from './listed';
import type { DataSourceChoice, PageChoice, Resolution } from './resolve';

const source = (dataSourceId: string) => ({ dataSourceId, name: dataSourceId }) as DataSourceChoice;
const page = { pageId: 'p1', title: 'Inbox' } as PageChoice;
const articles: ListedPlace = {
  kind: 'data_source',
  id: 'ds-articles',
  databaseId: 'db-media',
  url: 'https://www.notion.so/ds',
};

describe('listedLookup', () => {
  it('looks a data source up through its database, a page by itself', () => {
    expect(listedLookup(articles)).toMatchObject({ id: 'db-media', hint: 'database' });
    expect(listedLookup({ kind: 'page', id: 'p1', databaseId: null, url: 'u' })).toMatchObject({
      id: 'p1',
      hint: 'page',
    });
  });
});

describe('listedChoice', () => {
  const several: Resolution = {
    kind: 'data_sources',
    choices: [source('ds-articles'), source('ds-videos')],
    diagnostics: [],
  };

  it('picks the listed data source among several, without asking', () => {
    expect(listedChoice(articles, several)).toEqual({
      kind: 'data_source',
      source: source('ds-articles'),
    });
  });

  it('refuses a place that is no longer what the list showed', () => {
    const gone = { ...articles, id: 'ds-deleted' };
    expect(listedChoice(gone, several)).toBeNull();
    expect(listedChoice(articles, { kind: 'unresolved', diagnostics: [] })).toBeNull();
    expect(listedChoice(articles, { kind: 'page', page, diagnostics: [] })).toBeNull();
  });

  it('makes a listed page a target that gets each capture as a child page', () => {
    const place: ListedPlace = { kind: 'page', id: 'p1', databaseId: null, url: 'u' };
    expect(listedChoice(place, { kind: 'page', page, diagnostics: [] })).toEqual({
      kind: 'page',
      page,
      pageMode: 'child',
    });
  });
});
