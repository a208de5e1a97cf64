import { describe, expect, it } from 'vitest';
import type { PageCapture } from '../capture/types';
import { tabCapture } from '../capture/tab-capture';
import { FULL_SCHEMA, P } from '../notion/schema/testing/fixture';
import { defaultSaveRequest } from './default-request';
import { saveRequest, titleToSave } from './request';
import type { CachedSchema } from '../storage';
import type { DataSourceTarget, PageTarget, Target } from '../notion/types';

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

describe('defaultSaveRequest', () => {
  it('fills the mapped properties of a data source target with the defaults', () => {
    const draft = defaultSaveRequest(capture(), { ...context, target: dataSource });
    expect(draft.inputs.title).toEqual({ type: 'title', text: 'How V8 compiles' });
    expect(draft.inputs['u%3D']).toEqual({
      type: 'url',
      text: 'https://v8.dev/blog/compile?utm_source=x',
    });
    expect(draft.targetId).toBe('t1');
  });

  it('saves a bookmark as a bookmark card of the page', () => {
    const draft = defaultSaveRequest(capture(), { ...context, target: inbox });
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
    const draft = defaultSaveRequest(
      capture({ mode: 'link', link: { url: 'https://a.example/', text: 'A site' }, blocks }),
      { ...context, target: inbox },
    );
    expect(draft.title).toBe('A site');
    expect(draft.source.url).toBe('https://a.example/');
    expect(draft.blocks).toBe(blocks);
  });

  it('hands over the page’s data: images with the blocks that name them', () => {
    const dataImages = ['data:image/png;base64,iVBORw0KGgo='];
    const article = defaultSaveRequest(capture({ mode: 'article', dataImages }), {
      ...context,
      target: inbox,
    });
    expect(article.dataImages).toEqual(dataImages);
    // A bookmark saves a card, not the blocks: nothing names the images.
    const bookmark = defaultSaveRequest(capture({ dataImages }), { ...context, target: inbox });
    expect(bookmark).not.toHaveProperty('dataImages');
  });
});

// The same builder as the popup uses it: the person's title, form, note and screenshot.
const tab = {
  id: 3,
  windowId: 1,
  url: 'https://example.com/post?utm_source=x',
  title: 'A post',
  favIconUrl: 'https://example.com/favicon.ico',
};

const readingList: Target = {
  kind: 'data_source',
  id: 'db',
  title: 'Reading list',
  databaseTitle: 'Reading list',
  connectionId: 'c',
  icon: null,
  url: null,
  dataSourceId: FULL_SCHEMA.dataSourceId,
  databaseId: 'd',
  mapping: { title: P.name.id, url: P.url.id, tags: P.tags.id, captureType: P.type.id },
  mappingEdited: false,
};
const inboxPage: Target = {
  kind: 'page',
  id: 'inbox',
  title: 'Inbox',
  connectionId: 'c',
  icon: '📥',
  url: null,
  pageId: 'p',
  pageMode: 'append',
};

describe('titleToSave', () => {
  it('prefers the person’s title, even an empty one, then the page’s, then its address', () => {
    const capture = tabCapture(tab, 'bookmark');
    expect(titleToSave('Mine', capture)).toBe('Mine');
    expect(titleToSave('', capture)).toBe('');
    expect(titleToSave(null, capture)).toBe('A post');
    expect(titleToSave(null, tabCapture({ ...tab, title: '  ' }, 'bookmark'))).toBe(tab.url);
  });
});

describe('saveRequest', () => {
  const article = {
    ...tabCapture(tab, 'article'),
    blocks: [{ type: 'divider' as const, divider: {} }],
  };

  it('sends the form to a database and the blocks of an article', () => {
    const input = saveRequest(article, {
      target: readingList,
      mode: 'article',
      title: ' Edited ',
      inputs: { [P.name.id]: { type: 'title', text: 'Edited' } },
      note: 'ignored here',
      screenshot: 'data:image/png;base64,AAAA',
    });
    expect(input).toEqual({
      targetId: 'db',
      mode: 'article',
      source: { url: tab.url, title: 'A post' },
      title: 'Edited',
      inputs: { [P.name.id]: { type: 'title', text: 'Edited' } },
      blocks: article.blocks,
      screenshot: null,
    });
  });

  it('sends a page target the note, and a screenshot without blocks', () => {
    const input = saveRequest(
      { ...article, mode: 'screenshot' },
      {
        target: inboxPage,
        mode: 'screenshot',
        title: 'Shot',
        inputs: { x: { type: 'rich_text', text: 'y' } },
        note: '  Why I saved it ',
        screenshot: 'data:image/png;base64,AAAA',
      },
    );
    expect(input).toMatchObject({
      inputs: {},
      blocks: [],
      screenshot: { dataUrl: 'data:image/png;base64,AAAA' },
      note: 'Why I saved it',
    });
  });

  it('sends the data: images of an article, never those of a bookmark', () => {
    const dataImages = ['data:image/png;base64,iVBORw0KGgo='];
    const base = {
      target: inboxPage,
      capture: { ...article, dataImages },
      title: 'T',
      inputs: {},
      note: '',
      screenshot: null,
    };
    expect(saveRequest(base.capture, { ...base, mode: 'article' }).dataImages).toEqual(dataImages);
    expect(saveRequest(base.capture, { ...base, mode: 'bookmark' })).not.toHaveProperty(
      'dataImages',
    );
  });

  it('sends no favicon, whatever its address: nothing in the background keeps it', () => {
    for (const favIconUrl of [tab.favIconUrl, 'data:image/png;base64,AA']) {
      const capture = tabCapture({ ...tab, favIconUrl }, 'bookmark');
      const input = saveRequest(capture, {
        target: inboxPage,
        mode: 'bookmark',
        title: 'x',
        inputs: {},
        note: ' ',
        screenshot: null,
      });
      expect(input.source).toEqual({ url: tab.url, title: 'A post' });
      expect(input).not.toHaveProperty('note');
    }
  });

  it('saves a bookmark of a web page as a bookmark card', () => {
    const base = {
      target: inboxPage,
      mode: 'bookmark' as const,
      title: 'x',
      inputs: {},
      note: '',
      screenshot: null,
    };
    expect(saveRequest(tabCapture(tab, 'bookmark'), base).blocks).toEqual([
      { type: 'bookmark', bookmark: { url: tab.url, caption: [] } },
    ]);
    const local = tabCapture({ ...tab, url: 'file:///a.html' }, 'bookmark');
    expect(saveRequest(local, base).blocks).toEqual([]);
  });
});
