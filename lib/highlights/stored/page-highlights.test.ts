import { describe, expect, it } from 'vitest';
import { Problem } from '../../problems';
import { createHighlight, type Highlight, type HighlightTarget } from '../model';
import {
  MAX_HIGHLIGHTS_PER_PAGE,
  withEdit,
  withHighlight,
  withoutHighlight,
  withTitle,
} from './page-highlights';

const URL = 'https://example.org/article';
const target = (start: number): HighlightTarget => ({
  quote: { type: 'TextQuoteSelector', exact: 'words', prefix: 'some ', suffix: ' here' },
  position: { type: 'TextPositionSelector', start, end: start + 5 },
});
const made = new Date('2026-03-01T10:00:00Z');
const highlight = (id: string, note?: string): Highlight =>
  createHighlight({ id, now: made, color: 'yellow', target: target(id.length), note });

describe('a page’s highlights', () => {
  it('keeps new highlights in the order they were made, once each', () => {
    const one = withHighlight(null, URL, highlight('a'));
    const two = withHighlight(one, URL, highlight('b'));
    expect(two).toEqual({ version: 1, url: URL, highlights: [highlight('a'), highlight('b')] });
    // The same highlight again (a message delivered twice) adds nothing.
    expect(withHighlight(two, URL, highlight('a'))).toBe(two);
  });

  it('trims a note and keeps none when it is only spaces', () => {
    expect(highlight('a', '  why this matters \n').note).toBe('why this matters');
    expect(highlight('a', '   ')).not.toHaveProperty('note');
  });

  it(`refuses a highlight beyond ${MAX_HIGHLIGHTS_PER_PAGE}, keeping every one before it`, () => {
    let page = null as ReturnType<typeof withHighlight> | null;
    for (let i = 0; i < MAX_HIGHLIGHTS_PER_PAGE; i += 1)
      page = withHighlight(page, URL, highlight(`h${i}`));
    expect(page!.highlights).toHaveLength(MAX_HIGHLIGHTS_PER_PAGE);
    const before = structuredClone(page);
    let refused: unknown;
    try {
      withHighlight(page, URL, highlight('one-more'));
    } catch (error) {
      refused = error;
    }
    expect(refused).toBeInstanceOf(Problem);
    expect(refused).toMatchObject({
      code: 'HighlightLimitReached',
      params: { limit: String(MAX_HIGHLIGHTS_PER_PAGE) },
    });
    expect(page).toEqual(before);
  });

  it('changes a colour or a note, and says when it was changed', () => {
    const page = withHighlight(null, URL, highlight('a', 'first'));
    const later = new Date('2026-03-02T08:00:00Z');
    const edited = withEdit(page, 'a', { color: 'blue', note: ' second ' }, later);
    expect(edited.highlights[0]).toMatchObject({
      color: 'blue',
      note: 'second',
      createdAt: made.toISOString(),
      updatedAt: later.toISOString(),
    });
    const cleared = withEdit(edited, 'a', { note: '' }, later);
    expect(cleared.highlights[0]).not.toHaveProperty('note');
    // Nothing to change: the same value, so nothing is written.
    expect(withEdit(cleared, 'a', { color: 'blue' }, later)).toBe(cleared);
  });

  it('refuses to edit a highlight that was deleted meanwhile', () => {
    const page = withHighlight(null, URL, highlight('a'));
    expect(() => withEdit(page, 'gone', { color: 'red' }, made)).toThrow(
      expect.objectContaining({ code: 'HighlightGone' }),
    );
    expect(() => withEdit(null, 'a', { color: 'red' }, made)).toThrow(Problem);
  });

  it('deletes a highlight, the page with its last one, and a deleted one again harmlessly', () => {
    const page = withHighlight(withHighlight(null, URL, highlight('a')), URL, highlight('b'));
    const one = withoutHighlight(page, 'a');
    expect(one?.highlights.map((h) => h.id)).toEqual(['b']);
    expect(withoutHighlight(one, 'a')).toBe(one);
    expect(withoutHighlight(one, 'b')).toBeNull();
    expect(withoutHighlight(null, 'b')).toBeNull();
  });

  it('records a page’s title beside its highlights, never a title alone', () => {
    const page = withHighlight(null, URL, highlight('a'));
    const titled = withTitle(page, '  An essay  ');
    expect(titled?.title).toBe('An essay');
    expect(withTitle(titled, 'An essay')).toBe(titled);
    expect(withTitle(titled, '   ')).toBe(titled);
    expect(withTitle(null, 'An essay')).toBeNull();
    expect(withTitle(page, 'x'.repeat(1000))?.title).toHaveLength(300);
  });
});
