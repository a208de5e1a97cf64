import { describe, expect, it } from 'vitest';
import type { PageCapture } from '../capture/types';
import { draftFromCapture } from './request';
import type { CachedSchema } from '../storage';
import type { DataSourceTarget, PageTarget } from '../notion/types';

const capture = (over: Partial<PageCapture> = {}): PageCapture => ({
  mode: 'bookmark',
  metadata: {
    title: 'How V8 compiles',
    url: 'https://v8.dev/blog/compile?utm_source=x',
    canonicalUrl: null,
    description: 'A look inside.',
    image: null,
    favicon: null,
    siteName: 'V8',
    author: null,
    publishedTime: null,
    language: 'en',
  },
  blocks: [],
  report: { items: [] },
  text: null,
  link: null,
  image: null,
  ...over,
});

const schema: CachedSchema = {
  dataSourceId: 'ds',
  title: 'Reading list',
  fetchedAt: '2026-01-01T00:00:00Z',
  properties: {
    Name: { id: 'title', name: 'Name', type: 'title', title: {}, description: null },
    URL: { id: 'u%3D', name: 'URL', type: 'url', url: {}, description: null },
  } as unknown as CachedSchema['properties'],
};

const dataSource: DataSourceTarget = {
  kind: 'data_source',
  id: 't1',
  connectionId: 'c1',
  title: 'Reading list',
  icon: null,
  url: null,
  dataSourceId: 'ds',
  databaseId: 'db',
  databaseTitle: 'Reading list',
  mapping: { title: 'title', url: 'u%3D' },
  mappingEdited: false,
};

const inbox: PageTarget = {
  kind: 'page',
  id: 't2',
  connectionId: 'c1',
  title: 'Inbox',
  icon: null,
  url: null,
  pageId: 'p',
  pageMode: 'append',
};

const context = { schema, now: new Date('2026-11-21T10:00:00Z') };

describe('draftFromCapture', () => {
  it('fills the mapped properties of a data source target with the defaults', () => {
    const draft = draftFromCapture(capture(), { ...context, target: dataSource });
    expect(draft.inputs.title).toEqual({ type: 'title', text: 'How V8 compiles' });
    expect(draft.inputs['u%3D']).toEqual({
      type: 'url',
      text: 'https://v8.dev/blog/compile?utm_source=x',
    });
    expect(draft.targetId).toBe('t1');
  });

  it('saves a bookmark as a bookmark card of the page', () => {
    const draft = draftFromCapture(capture(), { ...context, target: inbox });
    expect(draft.blocks).toEqual([
      {
        type: 'bookmark',
        bookmark: { url: 'https://v8.dev/blog/compile?utm_source=x', caption: [] },
      },
    ]);
    expect(draft.inputs).toEqual({});
  });

  it('titles a link capture with the link’s text and keeps the converted blocks', () => {
    const blocks = [
      { type: 'bookmark' as const, bookmark: { url: 'https://a.example/', caption: [] } },
    ];
    const draft = draftFromCapture(
      capture({ mode: 'link', link: { url: 'https://a.example/', text: 'A site' }, blocks }),
      { ...context, target: inbox },
    );
    expect(draft.title).toBe('A site');
    expect(draft.source.url).toBe('https://a.example/');
    expect(draft.blocks).toBe(blocks);
  });

  it('hands over the page’s data: images with the blocks that name them', () => {
    const dataImages = ['data:image/png;base64,iVBORw0KGgo='];
    const article = draftFromCapture(capture({ mode: 'article', dataImages }), {
      ...context,
      target: inbox,
    });
    expect(article.dataImages).toEqual(dataImages);
    // A bookmark saves a card, not the blocks: nothing names the images.
    const bookmark = draftFromCapture(capture({ dataImages }), { ...context, target: inbox });
    expect(bookmark).not.toHaveProperty('dataImages');
  });
});
