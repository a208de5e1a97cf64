import { describe, expect, it } from 'vitest';
import type { Highlight } from '@/lib/highlights';
import type { HighlightPageView } from '@/lib/messaging';
import { searchHighlightPages, webPageUrl } from './highlight-search';

const highlight = (id: string, exact: string, note?: string): Highlight => ({
  id,
  color: 'yellow',
  ...(note ? { note } : {}),
  createdAt: '2026-03-01T10:00:00.000Z',
  updatedAt: '2026-03-01T10:00:00.000Z',
  target: {
    quote: { type: 'TextQuoteSelector', exact, prefix: '', suffix: '' },
    position: { type: 'TextPositionSelector', start: 0, end: exact.length },
  },
});

const page = (
  pageUrl: string,
  title: string | null,
  highlights: Highlight[],
): HighlightPageView => ({
  pageUrl,
  title,
  highlights,
  updatedAt: '2026-03-01T10:00:00.000Z',
  sync: { notionPageUrl: null, pending: 0, failure: null },
});

const essay = page('https://example.org/essay', 'On Reading Slowly', [
  highlight('a', 'Attention is the rarest form of generosity.'),
  highlight('b', 'Read less, but better.', 'Quote this in the talk'),
]);
const korean = page('https://news.example.kr/article/7', '느리게 읽기', [
  highlight('c', '주의는 가장 드문 형태의 관대함이다.'),
]);
const pages = [essay, korean];

const ids = (query: string) =>
  searchHighlightPages(pages, query).map((m) => [m.page.pageUrl, m.highlights.map((h) => h.id)]);

describe('searchHighlightPages', () => {
  it('shows every page and highlight, in the order given, for no query', () => {
    expect(ids('  ')).toEqual([
      ['https://example.org/essay', ['a', 'b']],
      ['https://news.example.kr/article/7', ['c']],
    ]);
  });

  it('finds a passage, whatever its case, and shows only the highlights that match', () => {
    expect(ids('GENEROSITY')).toEqual([['https://example.org/essay', ['a']]]);
  });

  it('finds a note', () => {
    expect(ids('talk')).toEqual([['https://example.org/essay', ['b']]]);
  });

  it('finds a title or an address, and then shows all of the page’s highlights', () => {
    expect(ids('slowly')).toEqual([['https://example.org/essay', ['a', 'b']]]);
    expect(ids('news.example.kr')).toEqual([['https://news.example.kr/article/7', ['c']]]);
  });

  it('needs every word, each anywhere in the page', () => {
    expect(ids('reading better')).toEqual([['https://example.org/essay', ['b']]]);
    expect(ids('reading 관대함')).toEqual([]);
  });

  it('matches Korean typed as decomposed jamo', () => {
    expect(ids('관대함'.normalize('NFD'))).toEqual([['https://news.example.kr/article/7', ['c']]]);
  });

  it('finds nothing for words no page has', () => {
    expect(ids('nowhere')).toEqual([]);
  });
});

describe('webPageUrl', () => {
  it('keeps web addresses only', () => {
    expect(webPageUrl('https://example.org/a?b=1')).toBe('https://example.org/a?b=1');
    expect(webPageUrl('http://example.org')).toBe('http://example.org/');
    expect(webPageUrl('javascript:alert(1)')).toBeNull();
    expect(webPageUrl('data:text/html,<b>x</b>')).toBeNull();
    expect(webPageUrl('chrome://settings')).toBeNull();
    expect(webPageUrl('not a url')).toBeNull();
  });
});
