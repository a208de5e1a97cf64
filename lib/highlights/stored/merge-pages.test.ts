/**
 * Importing a page's highlights: by id, the copy changed last wins; nothing stored is
 * removed; importing the same file twice changes nothing.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { HIGHLIGHTS_VERSION, type Highlight, type PageHighlights } from '../model';
import { mergePageHighlights } from './merge-pages';
import { MAX_HIGHLIGHTS_PER_PAGE } from './page-highlights';

const URL = 'https://example.org/essay';

const highlight = (id: string, updated = 1, note?: string): Highlight => ({
  id,
  color: 'yellow',
  ...(note ? { note } : {}),
  createdAt: new Date(Date.UTC(2026, 0, 1, 0, 0, id.charCodeAt(0))).toISOString(),
  updatedAt: new Date(Date.UTC(2026, 0, updated)).toISOString(),
  target: {
    quote: { type: 'TextQuoteSelector', exact: `passage ${id}`, prefix: '', suffix: '' },
    position: { type: 'TextPositionSelector', start: 0, end: 9 },
  },
});

const page = (highlights: Highlight[], title?: string): PageHighlights => ({
  version: HIGHLIGHTS_VERSION,
  url: URL,
  ...(title ? { title } : {}),
  highlights,
});

describe('mergePageHighlights', () => {
  it('stores a page that had no highlights as the file has it', () => {
    const merged = mergePageHighlights(null, page([highlight('a'), highlight('b')], 'Essay'));
    expect(merged.page).toEqual(page([highlight('a'), highlight('b')], 'Essay'));
    expect(merged.added).toBe(2);
  });

  it('the newer copy of a highlight wins, whichever side it is on', () => {
    const stored = page([highlight('a', 5, 'stored, newer'), highlight('b', 1, 'stored, older')]);
    const file = page([highlight('a', 2, 'file, older'), highlight('b', 9, 'file, newer')]);
    const merged = mergePageHighlights(stored, file);
    expect(merged.page.highlights.map((h) => h.note)).toEqual(['stored, newer', 'file, newer']);
    expect(merged.updated).toBe(1);
    expect(merged.added).toBe(0);
  });

  it('an equal time keeps what is stored', () => {
    const stored = page([highlight('a', 3, 'stored')]);
    const merged = mergePageHighlights(stored, page([highlight('a', 3, 'file')]));
    expect(merged.page).toBe(stored);
  });

  it('keeps stored highlights the file does not have, and adds the file’s new ones after', () => {
    const merged = mergePageHighlights(page([highlight('b')]), page([highlight('a')]));
    expect(merged.page.highlights.map((h) => h.id)).toEqual(['b', 'a']);
  });

  it('keeps the stored title, and takes the file’s when there was none', () => {
    expect(mergePageHighlights(page([highlight('a')], 'Here'), page([], 'There')).page.title).toBe(
      'Here',
    );
    expect(mergePageHighlights(page([highlight('a')]), page([], 'There')).page.title).toBe('There');
  });

  it('adds no more than a page holds, and counts what was left out', () => {
    const full = page(
      Array.from({ length: MAX_HIGHLIGHTS_PER_PAGE - 1 }, (_, i) => highlight(`s${i}`)),
    );
    const merged = mergePageHighlights(full, page([highlight('x'), highlight('y')]));
    expect(merged.page.highlights).toHaveLength(MAX_HIGHLIGHTS_PER_PAGE);
    expect(merged.added).toBe(1);
    expect(merged.overLimit).toBe(1);
  });

  it('importing the same file twice changes nothing the second time', () => {
    const arbitraryPage = fc
      .uniqueArray(
        fc.record({
          id: fc.constantFrom('a', 'b', 'c', 'd', 'e'),
          updated: fc.integer({ min: 1, max: 28 }),
        }),
        { selector: (h) => h.id },
      )
      .map((list) => page(list.map(({ id, updated }) => highlight(id, updated, `v${updated}`))));
    fc.assert(
      fc.property(fc.option(arbitraryPage, { nil: null }), arbitraryPage, (stored, file) => {
        const once = mergePageHighlights(stored, file).page;
        const twice = mergePageHighlights(once, file);
        expect(twice.page).toBe(once);
        expect(twice.added + twice.updated).toBe(0);
        // Every id of either side is there, with the newest of its copies.
        for (const h of [...(stored?.highlights ?? []), ...file.highlights]) {
          const kept = once.highlights.find((k) => k.id === h.id);
          expect(Date.parse(kept!.updatedAt)).toBeGreaterThanOrEqual(Date.parse(h.updatedAt));
        }
      }),
    );
  });
});
