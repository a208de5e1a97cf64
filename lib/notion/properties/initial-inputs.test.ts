import { afterEach, describe, expect, it, vi } from 'vitest';
import { browser } from 'wxt/browser';
import { catalog } from '../../i18n/catalog';
import { useCatalog } from '../../i18n';
import type { PageCapture } from '../../capture/types';
import { autoMap } from '../schema/auto-map';
import { buildProperties } from './build-properties';
import { captureUrl, initialInputs } from './initial-inputs';
import { FULL_SCHEMA, P, prop, schemaWith } from '../schema/testing/fixture';

function capture(overrides: Partial<PageCapture> = {}): PageCapture {
  return {
    mode: 'bookmark',
    metadata: {
      title: 'How to read a paper',
      url: 'https://example.com/papers/read?utm_source=x',
      canonicalUrl: 'https://example.com/papers/read',
      description: 'A three-pass method.',
      image: 'https://example.com/cover.png',
      favicon: null,
      siteName: 'Example Journal',
      author: 'S. Keshav',
      publishedTime: '2007-07-01T10:00:00Z',
      language: 'en',
    },
    blocks: [],
    report: { items: [] },
    text: null,
    link: null,
    image: null,
    ...overrides,
  };
}

const extras = {
  capturedAt: new Date('2026-03-11T05:30:00Z'),
  tags: ['Research', 'papers'],
  timeZone: 'Asia/Seoul',
};

describe('initialInputs', () => {
  it('fills the mapped fields with inputs of the property types', () => {
    const inputs = initialInputs(FULL_SCHEMA, autoMap(FULL_SCHEMA), capture(), extras);
    expect(inputs).toEqual({
      title: { type: 'title', text: 'How to read a paper' },
      'Ub%3Fz': { type: 'url', text: 'https://example.com/papers/read?utm_source=x' },
      'S%3Bvd': { type: 'date', start: '2026-03-11T14:30:00', timeZone: 'Asia/Seoul' },
      'T%40gs': { type: 'multi_select', names: ['Research', 'papers'] },
      'Ty%7Ce': { type: 'select', name: 'Bookmark' },
      'N%5Bts': { type: 'rich_text', text: 'A three-pass method.' },
    });
    expect('properties' in buildProperties(FULL_SCHEMA, inputs, 'en')).toBe(true);
  });

  it('uses the selection for a selection, the link for a link capture', () => {
    const mapping = autoMap(FULL_SCHEMA);
    const selection = initialInputs(
      FULL_SCHEMA,
      mapping,
      capture({ mode: 'selection', text: ' The chosen words ' }),
      extras,
    );
    expect(selection['N%5Bts']).toEqual({ type: 'rich_text', text: 'The chosen words' });
    const link = capture({ mode: 'link', link: { url: 'https://other.example/x', text: 'Other' } });
    expect(captureUrl(link)).toBe('https://other.example/x');
    const inputs = initialInputs(FULL_SCHEMA, mapping, link, extras);
    expect(inputs.title).toEqual({ type: 'title', text: 'Other' });
    expect(inputs['Ub%3Fz']).toEqual({ type: 'url', text: 'https://other.example/x' });
    expect(inputs['Ty%7Ce']).toEqual({ type: 'select', name: 'Link' });
  });

  it('puts the person’s note before the excerpt when notes have no property of their own', () => {
    const inputs = initialInputs(FULL_SCHEMA, autoMap(FULL_SCHEMA), capture(), {
      ...extras,
      notes: 'Read twice.',
    });
    expect(inputs['N%5Bts']).toEqual({
      type: 'rich_text',
      text: 'Read twice.\n\nA three-pass method.',
    });
  });

  it('adapts values to other property types and reuses existing options in either language', () => {
    const schema = schemaWith(
      prop('title', '이름', 'title'),
      prop('a', 'Site', 'select', { options: [] }),
      prop('b', 'Author', 'multi_select', { options: [] }),
      prop('c', 'Published', 'date'),
      prop('d', '유형', 'select', {
        options: [{ id: 'x', name: '북마크', color: 'default', description: null }],
      }),
      prop('e', 'Tags', 'rich_text'),
      prop('f', 'Image', 'files'),
      prop('g', 'Screenshot', 'files'),
    );
    const mapping = { ...autoMap(schema), tags: 'e' };
    const inputs = initialInputs(schema, mapping, capture(), {
      ...extras,
      screenshotUploadId: 'up-1',
    });
    expect(inputs).toMatchObject({
      a: { type: 'select', name: 'Example Journal' },
      b: { type: 'multi_select', names: ['S. Keshav'] },
      c: { type: 'date', start: '2007-07-01T19:00:00', timeZone: 'Asia/Seoul' },
      d: { type: 'select', name: '북마크' },
      e: { type: 'rich_text', text: 'Research, papers' },
      f: { type: 'files', files: [{ kind: 'external', url: 'https://example.com/cover.png' }] },
      g: { type: 'files', files: [{ kind: 'file_upload', id: 'up-1' }] },
    });
  });

  it('leaves out what the capture does not have and what no longer exists', () => {
    const bare = capture({
      metadata: {
        ...capture().metadata,
        description: null,
        siteName: null,
        author: null,
        publishedTime: 'soon',
      },
    });
    const mapping = { ...autoMap(FULL_SCHEMA), author: 'Gone%20id' };
    const inputs = initialInputs(FULL_SCHEMA, mapping, bare, { ...extras, tags: [] });
    expect(Object.keys(inputs).sort()).toEqual([P.savedAt.id, P.type.id, P.url.id, 'title'].sort());
  });
});

describe('the type of capture written to Notion', () => {
  const typeSchema = (...names: string[]) =>
    schemaWith(
      prop('title', 'Name', 'title'),
      prop('t', 'Type', 'select', {
        options: names.map((name, i) => ({
          id: `o${i}`,
          name,
          color: 'default',
          description: null,
        })),
      }),
    );
  const typeOf = (names: string[], mode: PageCapture['mode']) =>
    initialInputs(
      typeSchema(...names),
      { title: 'title', captureType: 't' },
      capture({ mode }),
      extras,
    ).t;

  // Inside the extension translations come from the browser, in its language only: the
  // value must not go through them at all.
  afterEach(() => useCatalog(catalog));

  it.each(['en', 'ko'])('does not depend on the browser language (%s)', (language) => {
    useCatalog(null);
    vi.spyOn(browser.i18n, 'getMessage').mockImplementation((name: string) =>
      language === 'ko' ? `[ko] ${name}` : `[en] ${name}`,
    );
    expect(typeOf(['Bookmark', 'Article'], 'article')).toEqual({ type: 'select', name: 'Article' });
    expect(typeOf(['북마크', '본문'], 'bookmark')).toEqual({ type: 'select', name: '북마크' });
    expect(typeOf([], 'screenshot')).toEqual({ type: 'select', name: 'Screenshot' });
  });

  it('reuses an existing option whatever its case, and names a new one in English', () => {
    expect(typeOf(['article', 'LINK'], 'link')).toEqual({ type: 'select', name: 'LINK' });
    expect(typeOf(['Bookmark'], 'selection')).toEqual({ type: 'select', name: 'Selection' });
  });
});
