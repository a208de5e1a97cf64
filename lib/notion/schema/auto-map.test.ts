import { describe, expect, it } from 'vitest';
import { autoMap } from './auto-map';
import { describeMappingChange, reconcileMapping } from './mapping';
import { FULL_SCHEMA, P, prop, schemaWith } from './testing/fixture';

describe('autoMap', () => {
  it('maps the demo-like reading list by type and name', () => {
    expect(autoMap(FULL_SCHEMA)).toEqual({
      title: 'title',
      url: 'Ub%3Fz',
      publishedAt: null,
      capturedAt: 'S%3Bvd',
      tags: 'T%40gs',
      captureType: 'Ty%7Ce',
      excerpt: 'N%5Bts',
      notes: null,
      site: null,
      author: null,
      image: null,
      screenshot: 'Sh%3At',
    });
  });

  it('keeps notes and excerpt apart when both exist, and finds site and author', () => {
    const schema = schemaWith(
      prop('title', 'Title', 'title'),
      prop('a', 'Summary', 'rich_text'),
      prop('b', 'My notes', 'rich_text'),
      prop('c', 'Website', 'select', { options: [] }),
      prop('d', 'Written by', 'rich_text'),
      prop('e', 'Authors', 'multi_select', { options: [] }),
      prop('f', 'Link', 'url'),
      prop('g', 'Cover image', 'files'),
      prop('h', 'Published on', 'date'),
      prop('i', 'Date added', 'date'),
    );
    expect(autoMap(schema)).toMatchObject({
      title: 'title',
      url: 'f',
      excerpt: 'a',
      notes: 'b',
      site: 'c',
      author: 'e',
      image: 'g',
      screenshot: null,
      publishedAt: 'h',
      capturedAt: 'i',
    });
  });

  it('understands Korean names', () => {
    const schema = schemaWith(
      prop('title', '이름', 'title'),
      prop('a', '링크', 'url'),
      prop('b', '태그', 'multi_select', { options: [] }),
      prop('c', '저장일', 'date'),
      prop('d', '요약', 'rich_text'),
      prop('e', '작성자명', 'rich_text'),
      prop('f', '유형', 'select', { options: [] }),
    );
    expect(autoMap(schema)).toMatchObject({
      title: 'title',
      url: 'a',
      tags: 'b',
      capturedAt: 'c',
      excerpt: 'd',
      author: 'e',
      captureType: 'f',
    });
  });

  it('does not take a due date for the capture time, nor an unnamed multi-select for tags', () => {
    const schema = schemaWith(
      prop('title', 'Task', 'title'),
      prop('a', 'Due date', 'date'),
      prop('b', 'Assignees', 'multi_select', { options: [] }),
    );
    expect(autoMap(schema)).toMatchObject({ capturedAt: null, tags: null });
  });

  it('gives each property to one field at most', () => {
    const ids = Object.values(autoMap(FULL_SCHEMA)).filter(Boolean);
    expect(new Set(ids).size).toBe(ids.length);
  });
});

describe('reconcileMapping', () => {
  const withoutTags = schemaWith(...Object.values(P).filter((p) => p !== P.tags));

  it('follows the schema when the mapping was never edited', () => {
    const current = { mapping: autoMap(FULL_SCHEMA), mappingEdited: false };
    const { mapping, changes } = reconcileMapping(current, withoutTags);
    expect(mapping).toEqual(autoMap(withoutTags));
    expect(changes).toEqual([{ field: 'tags', from: 'T%40gs', to: null }]);
  });

  it('never overwrites an edited mapping that still fits', () => {
    const edited = {
      ...autoMap(FULL_SCHEMA),
      excerpt: null,
      notes: 'N%5Bts',
      site: 'Ub%3Fz',
      url: null,
    };
    const result = reconcileMapping({ mapping: edited, mappingEdited: true }, FULL_SCHEMA);
    expect(result).toEqual({ mapping: edited, changes: [] });
  });

  it('repairs an edited entry whose property vanished or changed type, and reports it', () => {
    const renamed = schemaWith(
      ...Object.values(P).filter((p) => p !== P.tags && p !== P.savedAt),
      prop('T%40gs2', 'Labels', 'multi_select', { options: [] }),
      prop('S%3Bvd', 'Saved at', 'checkbox'),
    );
    const edited = { ...autoMap(FULL_SCHEMA), notes: 'N%5Bts', excerpt: null };
    const { mapping, changes } = reconcileMapping(
      { mapping: edited, mappingEdited: true },
      renamed,
    );
    expect(changes).toEqual([
      { field: 'capturedAt', from: 'S%3Bvd', to: null },
      { field: 'tags', from: 'T%40gs', to: 'T%40gs2' },
    ]);
    expect(mapping).toMatchObject({
      tags: 'T%40gs2',
      capturedAt: null,
      notes: 'N%5Bts',
      excerpt: null,
    });
    expect(describeMappingChange(changes[1]!, renamed, 'en')).toBe(
      '“Tags” went to a property that no longer exists; it now goes to “Labels”.',
    );
    expect(describeMappingChange(changes[0]!, renamed, 'ko')).toContain(
      '더 이상 저장하지 않습니다',
    );
  });

  it('fills fields an edited mapping never decided on, without stealing used properties', () => {
    const { mapping } = reconcileMapping(
      { mapping: { title: 'title', notes: 'N%5Bts' }, mappingEdited: true },
      FULL_SCHEMA,
    );
    expect(mapping).toMatchObject({
      title: 'title',
      notes: 'N%5Bts',
      url: 'Ub%3Fz',
      excerpt: null,
    });
  });
});
