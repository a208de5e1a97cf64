import { describe, expect, it } from 'vitest';
import type { PageCapture } from '@/lib/capture/types';
import { availableModes, captureFor, effectiveMode, tabCapture } from './capture-choice';

const tab = {
  id: 1,
  windowId: 1,
  url: 'https://example.com/a',
  title: 'Tab title',
  favIconUrl: 'https://example.com/favicon.ico',
};

const article: PageCapture = {
  ...tabCapture(tab, 'article'),
  metadata: { ...tabCapture(tab, 'article').metadata, title: 'Article title', author: 'Ada' },
  blocks: [{ type: 'paragraph', paragraph: { rich_text: [] } }],
  report: { items: [{ kind: 'svg_dropped', count: 1 }] },
  text: 'Body',
};

describe('availableModes', () => {
  it('offers the selection only when text is selected', () => {
    expect(availableModes('page', false, true)).toEqual(['bookmark', 'article', 'screenshot']);
    expect(availableModes('page', true, true)).toContain('selection');
  });

  it('leaves out the screenshot where the browser takes none (Firefox for Android)', () => {
    expect(availableModes('page', true, false)).toEqual(['bookmark', 'article', 'selection']);
    expect(availableModes('page', false, false)).toEqual(['bookmark', 'article']);
    expect(effectiveMode('screenshot', availableModes('page', false, false), 'bookmark')).toBe(
      'bookmark',
    );
  });

  it('offers only a bookmark for closed pages and nothing for browser pages', () => {
    expect(availableModes('bookmark-only', true, true)).toEqual(['bookmark']);
    expect(availableModes('none', false, true)).toEqual([]);
  });
});

describe('effectiveMode', () => {
  const all = availableModes('page', true, true);
  it('keeps the person’s choice, else prefers the selection, else the default', () => {
    expect(effectiveMode('screenshot', all, 'bookmark')).toBe('screenshot');
    expect(effectiveMode(null, all, 'article')).toBe('selection');
    expect(effectiveMode(null, availableModes('page', false, true), 'article')).toBe('article');
  });

  it('falls back when the chosen or default mode is not on offer', () => {
    expect(effectiveMode('article', ['bookmark'], 'article')).toBe('bookmark');
    expect(effectiveMode(null, [], 'bookmark')).toBeNull();
  });
});

describe('captureFor', () => {
  it('uses the tab until the page answered', () => {
    const capture = captureFor('article', {}, tab);
    expect(capture.mode).toBe('article');
    expect(capture.metadata).toMatchObject({ title: 'Tab title', url: tab.url });
    expect(capture.blocks).toEqual([]);
  });

  it('gives a mode its own capture, and other modes the metadata without content', () => {
    expect(captureFor('article', { article }, tab)).toBe(article);
    const bookmark = captureFor('bookmark', { article }, tab);
    expect(bookmark).toMatchObject({ mode: 'bookmark', blocks: [], text: null });
    expect(bookmark.metadata.author).toBe('Ada');
    expect(bookmark.report.items).toEqual([]);
    expect(captureFor('screenshot', { bookmark: article }, null).mode).toBe('screenshot');
  });
});
