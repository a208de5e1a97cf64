import { describe, expect, it } from 'vitest';
import { buildProperties } from '@/lib/notion/properties/build-properties';
import { FULL_SCHEMA, P } from '@/lib/notion/schema/testing/fixture';
import type { Target } from '@/lib/notion/types';
import { captureFor, tabCapture } from './capture-choice';
import { formInputs, titleToSave, saveCaptureInput } from './save-input';

const tab = {
  id: 3,
  windowId: 1,
  url: 'https://example.com/post?utm_source=x',
  title: 'A post',
  favIconUrl: 'https://example.com/favicon.ico',
};

const database: Target = {
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
const inbox: Target = {
  kind: 'page',
  id: 'inbox',
  title: 'Inbox',
  connectionId: 'c',
  icon: '📥',
  url: null,
  pageId: 'p',
  pageMode: 'append',
};

const context = (edits = {}) => ({
  schema: FULL_SCHEMA,
  mapping: database.kind === 'data_source' ? database.mapping : {},
  capture: captureFor('article', {}, tab),
  openedAt: new Date('2026-03-11T05:30:00Z'),
  title: 'Edited title',
  edits,
});

describe('formInputs', () => {
  it('pre-fills from the capture and puts the title field in the title property', () => {
    const inputs = formInputs(context());
    expect(inputs[P.name.id]).toEqual({ type: 'title', text: 'Edited title' });
    expect(inputs[P.url.id]).toEqual({ type: 'url', text: tab.url });
    expect(inputs[P.type.id]).toEqual({ type: 'select', name: 'Article' });
    expect(buildProperties(FULL_SCHEMA, inputs, 'en')).toHaveProperty('properties');
  });

  it('lays the person’s edits over the pre-fill, ignoring vanished properties', () => {
    const inputs = formInputs(
      context({
        [P.type.id]: { type: 'select', name: 'Bookmark' },
        [P.tags.id]: { type: 'multi_select', names: ['Research', 'New one'] },
        gone: { type: 'rich_text', text: 'x' },
      }),
    );
    expect(inputs[P.type.id]).toEqual({ type: 'select', name: 'Bookmark' });
    expect(inputs[P.tags.id]).toEqual({ type: 'multi_select', names: ['Research', 'New one'] });
    expect(inputs).not.toHaveProperty('gone');
  });
});

describe('titleToSave', () => {
  it('prefers the person’s title, even an empty one, then the page’s, then its address', () => {
    const capture = tabCapture(tab, 'bookmark');
    expect(titleToSave('Mine', capture)).toBe('Mine');
    expect(titleToSave('', capture)).toBe('');
    expect(titleToSave(null, capture)).toBe('A post');
    expect(titleToSave(null, tabCapture({ ...tab, title: '  ' }, 'bookmark'))).toBe(tab.url);
  });
});

describe('saveCaptureInput', () => {
  const article = {
    ...tabCapture(tab, 'article'),
    blocks: [{ type: 'divider' as const, divider: {} }],
  };

  it('sends the form to a database and the blocks of an article', () => {
    const input = saveCaptureInput({
      target: database,
      mode: 'article',
      capture: article,
      title: ' Edited ',
      inputs: { [P.name.id]: { type: 'title', text: 'Edited' } },
      note: 'ignored here',
      screenshot: 'data:image/png;base64,AAAA',
    });
    expect(input).toEqual({
      targetId: 'db',
      mode: 'article',
      source: { url: tab.url, title: 'A post', favicon: tab.favIconUrl },
      title: 'Edited',
      inputs: { [P.name.id]: { type: 'title', text: 'Edited' } },
      blocks: article.blocks,
      screenshot: null,
    });
  });

  it('sends a page target the note, and a screenshot without blocks', () => {
    const input = saveCaptureInput({
      target: inbox,
      mode: 'screenshot',
      capture: { ...article, mode: 'screenshot' },
      title: 'Shot',
      inputs: { x: { type: 'rich_text', text: 'y' } },
      note: '  Why I saved it ',
      screenshot: 'data:image/png;base64,AAAA',
    });
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
      target: inbox,
      capture: { ...article, dataImages },
      title: 'T',
      inputs: {},
      note: '',
      screenshot: null,
    };
    expect(saveCaptureInput({ ...base, mode: 'article' }).dataImages).toEqual(dataImages);
    expect(saveCaptureInput({ ...base, mode: 'bookmark' })).not.toHaveProperty('dataImages');
  });

  it('leaves out a favicon that is not a web address', () => {
    const capture = tabCapture({ ...tab, favIconUrl: 'data:image/png;base64,AA' }, 'bookmark');
    const input = saveCaptureInput({
      target: inbox,
      mode: 'bookmark',
      capture,
      title: 'x',
      inputs: {},
      note: ' ',
      screenshot: null,
    });
    expect(input.source).toEqual({ url: tab.url, title: 'A post' });
    expect(input).not.toHaveProperty('note');
  });

  it('saves a bookmark of a web page as a bookmark card', () => {
    const base = {
      target: inbox,
      mode: 'bookmark' as const,
      title: 'x',
      inputs: {},
      note: '',
      screenshot: null,
    };
    expect(saveCaptureInput({ ...base, capture: tabCapture(tab, 'bookmark') }).blocks).toEqual([
      { type: 'bookmark', bookmark: { url: tab.url, caption: [] } },
    ]);
    const local = tabCapture({ ...tab, url: 'file:///a.html' }, 'bookmark');
    expect(saveCaptureInput({ ...base, capture: local }).blocks).toEqual([]);
  });
});
