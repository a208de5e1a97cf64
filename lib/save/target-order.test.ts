import { describe, expect, it } from 'vitest';
import type { Target } from '../notion/types';
import { filterTargets, initialTargetId, orderTargets } from './target-order';

const page = (id: string, title: string): Target => ({
  kind: 'page',
  id,
  title,
  connectionId: 'c',
  icon: null,
  url: null,
  pageId: id,
  pageMode: 'append',
});
const source = (id: string, title: string, databaseTitle: string): Target => ({
  kind: 'data_source',
  id,
  title,
  databaseTitle,
  connectionId: 'c',
  icon: null,
  url: null,
  dataSourceId: id,
  databaseId: id,
  mapping: {},
  mappingEdited: false,
});

const targets = [
  page('a', 'Inbox'),
  source('b', 'Articles', 'Media library'),
  page('c', '읽을거리'),
  page('d', 'Journal'),
];

describe('orderTargets', () => {
  it('puts the default first, recent ones next, the rest in the stored order', () => {
    const ordered = orderTargets(targets, 'c', ['d', 'c', 'gone', 'a']);
    expect(ordered.map((o) => [o.target.id, o.group])).toEqual([
      ['c', 'default'],
      ['d', 'recent'],
      ['a', 'recent'],
      ['b', 'other'],
    ]);
    expect(initialTargetId(ordered)).toBe('c');
  });

  it('works without a default or recent targets', () => {
    const ordered = orderTargets(targets, 'missing', []);
    expect(ordered.map((o) => o.target.id)).toEqual(['a', 'b', 'c', 'd']);
    expect(ordered.every((o) => o.group === 'other')).toBe(true);
    expect(initialTargetId(orderTargets([], null, []))).toBeNull();
  });
});

describe('filterTargets', () => {
  const ordered = orderTargets(targets, 'a', []);

  it('matches every word, ignoring case, in titles and database titles', () => {
    expect(filterTargets(ordered, 'MEDIA art').map((o) => o.target.id)).toEqual(['b']);
    expect(filterTargets(ordered, 'j').map((o) => o.target.id)).toEqual(['d']);
    expect(filterTargets(ordered, 'inbox journal')).toEqual([]);
  });

  it('matches Korean titles and keeps everything for an empty query', () => {
    expect(filterTargets(ordered, '읽을').map((o) => o.target.id)).toEqual(['c']);
    expect(filterTargets(ordered, '   ')).toHaveLength(4);
  });
});
