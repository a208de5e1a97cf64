/**
 * An imported file's highlights: every field is checked, records are rebuilt from what
 * was checked, only web pages are kept, and what was left out is counted.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { HIGHLIGHT_COLORS } from '../model';
import { MAX_HIGHLIGHTS_PER_PAGE } from './page-highlights';
import { MAX_NOTE_LENGTH, readHighlight, readHighlightPages } from './read-pages';

const highlight = (id: string, extra: Record<string, unknown> = {}) => ({
  id,
  color: 'yellow',
  note: 'Worth rereading',
  createdAt: '2026-03-01T10:00:00.000Z',
  updatedAt: '2026-03-01T10:00:00.000Z',
  target: {
    quote: { type: 'TextQuoteSelector', exact: 'the passage', prefix: 'before ', suffix: ' after' },
    position: { type: 'TextPositionSelector', start: 7, end: 18 },
  },
  ...extra,
});

const page = (url: string, highlights: unknown[], extra: Record<string, unknown> = {}) => ({
  version: 1,
  url,
  title: 'An essay',
  highlights,
  ...extra,
});

describe('readHighlight', () => {
  it('keeps a well-formed highlight as it was written', () => {
    expect(readHighlight(highlight('a'))).toEqual(highlight('a'));
  });

  it('drops fields it does not know', () => {
    const read = readHighlight(highlight('a', { script: '<img onerror=alert(1)>' }));
    expect(read).not.toHaveProperty('script');
  });

  it('drops an empty note and trims a kept one', () => {
    expect(readHighlight(highlight('a', { note: '   ' }))).not.toHaveProperty('note');
    expect(readHighlight(highlight('a', { note: '  kept  ' }))?.note).toBe('kept');
  });

  it.each([
    ['an id with markup', { id: '<b>' }],
    ['an empty id', { id: '' }],
    ['a colour Notion does not have', { color: 'chartreuse' }],
    ['a background colour', { color: 'yellow_background' }],
    ['a note that is not text', { note: 42 }],
    ['a note longer than Notion keeps', { note: 'x'.repeat(MAX_NOTE_LENGTH + 1) }],
    ['a time that is not a time', { createdAt: 'yesterday' }],
    ['no updated time', { updatedAt: undefined }],
    ['no target', { target: null }],
    [
      'an empty passage',
      {
        target: {
          quote: { type: 'TextQuoteSelector', exact: '  ', prefix: '', suffix: '' },
          position: { type: 'TextPositionSelector', start: 0, end: 2 },
        },
      },
    ],
    [
      'a position that ends before it starts',
      {
        target: {
          quote: { type: 'TextQuoteSelector', exact: 'a', prefix: '', suffix: '' },
          position: { type: 'TextPositionSelector', start: 5, end: 2 },
        },
      },
    ],
    [
      'a negative position',
      {
        target: {
          quote: { type: 'TextQuoteSelector', exact: 'a', prefix: '', suffix: '' },
          position: { type: 'TextPositionSelector', start: -1, end: 2 },
        },
      },
    ],
    [
      'a selector of another type',
      {
        target: {
          quote: { type: 'CssSelector', exact: 'a', prefix: '', suffix: '' },
          position: { type: 'TextPositionSelector', start: 0, end: 1 },
        },
      },
    ],
  ])('refuses %s', (_name, change) => {
    expect(readHighlight(highlight('a', change))).toBeNull();
  });

  it('accepts every Notion colour', () => {
    for (const color of HIGHLIGHT_COLORS)
      expect(readHighlight(highlight('a', { color }))?.color).toBe(color);
  });

  it('never throws, whatever the value', () => {
    fc.assert(
      fc.property(fc.anything(), (value) => {
        const read = readHighlight(value);
        expect(read === null || typeof read.id === 'string').toBe(true);
      }),
    );
  });
});

describe('readHighlightPages', () => {
  it('reads nothing from a file written before highlights', () => {
    expect(readHighlightPages(undefined)).toEqual({
      pages: [],
      skippedPages: 0,
      skippedHighlights: 0,
    });
  });

  it('keeps only web pages, under the address highlights are kept by', () => {
    const read = readHighlightPages([
      page('https://example.org/essay#part-2', [highlight('a')]),
      page('javascript:alert(1)', [highlight('b')]),
      page('file:///etc/passwd', [highlight('c')]),
      page('chrome://settings', [highlight('d')]),
      page('not an address', [highlight('e')]),
      page('http://example.org/plain', [highlight('f')]),
    ]);
    expect(read.pages.map((p) => p.url)).toEqual([
      'https://example.org/essay',
      'http://example.org/plain',
    ]);
    expect(read.skippedPages).toBe(4);
  });

  it('leaves out a bad highlight and keeps the rest of its page', () => {
    const read = readHighlightPages([
      page('https://example.org/', [highlight('a'), highlight('b', { color: 'neon' }), 7]),
    ]);
    expect(read.pages[0]!.highlights.map((h) => h.id)).toEqual(['a']);
    expect(read.skippedHighlights).toBe(2);
  });

  it('leaves out pages of another version or without a list', () => {
    const read = readHighlightPages([
      page('https://example.org/a', [highlight('a')], { version: 2 }),
      { ...page('https://example.org/b', []), highlights: 'many' },
      'a page',
    ]);
    expect(read.pages).toEqual([]);
    expect(read.skippedPages).toBe(3);
  });

  it('joins two entries of one page and keeps the newer copy of a repeated id', () => {
    const read = readHighlightPages([
      page('https://example.org/a#one', [highlight('x', { note: 'old' })]),
      page('https://example.org/a#two', [
        highlight('x', { note: 'new', updatedAt: '2026-03-02T10:00:00.000Z' }),
        highlight('y'),
      ]),
    ]);
    expect(read.pages).toHaveLength(1);
    expect(read.pages[0]!.highlights.map((h) => [h.id, h.note])).toEqual([
      ['x', 'new'],
      ['y', 'Worth rereading'],
    ]);
    expect(read.skippedHighlights).toBe(1);
  });

  it('keeps no more highlights on a page than a page holds', () => {
    const many = Array.from({ length: MAX_HIGHLIGHTS_PER_PAGE + 5 }, (_, i) => highlight(`h${i}`));
    const read = readHighlightPages([page('https://example.org/', many)]);
    expect(read.pages[0]!.highlights).toHaveLength(MAX_HIGHLIGHTS_PER_PAGE);
    expect(read.skippedHighlights).toBe(5);
  });

  it('a page left with no highlight is not kept', () => {
    const read = readHighlightPages([page('https://example.org/', [{ id: 'broken' }])]);
    expect(read.pages).toEqual([]);
    expect(read.skippedHighlights).toBe(1);
  });

  it('a list that is not a list is one page left out', () => {
    expect(readHighlightPages({ url: 'https://example.org/' }).skippedPages).toBe(1);
  });

  it('never throws and keeps only http(s) addresses, whatever the file', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.record({
            version: fc.constantFrom(1, 2, '1'),
            url: fc.oneof(fc.webUrl(), fc.string(), fc.constant('javascript:void 0')),
            highlights: fc.array(fc.oneof(fc.anything(), fc.constant(highlight('a')))),
          }),
        ),
        (file) => {
          const read = readHighlightPages(file);
          for (const kept of read.pages) expect(kept.url).toMatch(/^https?:\/\//);
        },
      ),
    );
  });
});
