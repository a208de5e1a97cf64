/**
 * Highlights in extension storage: changes to one page made at the same time, in an
 * order fast-check's scheduler chooses (storage slow, calls applied in order), lose
 * nothing; what is kept survives a restart.
 */
import fc from 'fast-check';
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { scheduleStorage } from '../../testing/scheduled-storage';
import { createHighlight, HIGHLIGHT_COLORS, type Highlight, type HighlightColor } from '../model';
import { withEdit, withHighlight, withoutHighlight } from './page-highlights';
import { addHighlight, deleteHighlight, editHighlight, readHighlights } from './store';

const PAGE = 'https://example.org/essay?id=7#part-2';
const KEY = 'highlights:https://example.org/essay?id=7';
const NOW = new Date('2026-03-01T10:00:00Z');

beforeEach(() => {
  fakeBrowser.reset();
});

const highlight = (id: string, color: HighlightColor = 'yellow'): Highlight =>
  createHighlight({
    id,
    now: NOW,
    color,
    target: {
      quote: { type: 'TextQuoteSelector', exact: `passage ${id}`, prefix: '', suffix: '' },
      position: { type: 'TextPositionSelector', start: 0, end: 8 + id.length },
    },
  });

type Change =
  | { kind: 'add'; id: string; color: HighlightColor }
  | { kind: 'edit'; id: string; note: string }
  | { kind: 'delete'; id: string };

const id = fc.constantFrom('a', 'b', 'c', 'd');
const change: fc.Arbitrary<Change> = fc.oneof(
  fc.record({ kind: fc.constant('add' as const), id, color: fc.constantFrom(...HIGHLIGHT_COLORS) }),
  fc.record({ kind: fc.constant('edit' as const), id, note: fc.string({ maxLength: 4 }) }),
  fc.record({ kind: fc.constant('delete' as const), id }),
);

function apply(c: Change): Promise<unknown> {
  if (c.kind === 'add') return addHighlight(PAGE, highlight(c.id, c.color));
  if (c.kind === 'edit') return editHighlight(PAGE, c.id, { note: c.note }, NOW);
  return deleteHighlight(PAGE, c.id);
}

/** The changes applied one after the other in the order they were made. */
function expected(changes: readonly Change[]): Highlight[] {
  let page: ReturnType<typeof withoutHighlight> = null;
  for (const c of changes) {
    try {
      if (c.kind === 'add') page = withHighlight(page, PAGE, highlight(c.id, c.color));
      else if (c.kind === 'edit') page = withEdit(page, c.id, { note: c.note }, NOW);
      else page = withoutHighlight(page, c.id);
    } catch {
      // An edit of a highlight not there is refused; the page stays as it was.
    }
  }
  return page?.highlights ?? [];
}

describe('highlights in storage', () => {
  it('keeps both of two highlights added to one page at the same time', async () => {
    await fc.assert(
      fc.asyncProperty(fc.scheduler(), async (s) => {
        fakeBrowser.reset();
        const restore = scheduleStorage(s);
        try {
          await s.waitFor(
            Promise.all([addHighlight(PAGE, highlight('a')), addHighlight(PAGE, highlight('b'))]),
          );
        } finally {
          restore();
        }
        expect((await readHighlights(PAGE)).map((h) => h.id)).toEqual(['a', 'b']);
      }),
      { numRuns: 50 },
    );
  });

  it('loses no change made at the same time, whatever order storage answers in', async () => {
    await fc.assert(
      fc.asyncProperty(fc.scheduler(), fc.array(change, { maxLength: 10 }), async (s, changes) => {
        fakeBrowser.reset();
        const restore = scheduleStorage(s);
        try {
          await s.waitFor(Promise.allSettled(changes.map(apply)));
        } finally {
          restore();
        }
        expect(await readHighlights(PAGE)).toEqual(expected(changes));
      }),
      { numRuns: 150 },
    );
  });

  it('keeps one key per page, without its fragment, and removes it with the last highlight', async () => {
    await addHighlight(PAGE, highlight('a'));
    await addHighlight('https://example.org/other', highlight('b'));
    const stored = await fakeBrowser.storage.local.get(null);
    expect(Object.keys(stored).filter((key) => key.startsWith('highlights:'))).toEqual([
      KEY,
      'highlights:https://example.org/other',
    ]);
    expect(await readHighlights('https://example.org/essay?id=7')).toHaveLength(1);
    await deleteHighlight(PAGE, 'a');
    expect(await fakeBrowser.storage.local.get(KEY)).toEqual({});
  });

  it('reads highlights back from storage after a restart', async () => {
    await addHighlight(PAGE, highlight('a', 'green'));
    await editHighlight(PAGE, 'a', { note: 'remember this' }, NOW);
    const persisted = await fakeBrowser.storage.local.get(null);
    // A restart: nothing in memory, only what the browser kept.
    fakeBrowser.reset();
    expect(await readHighlights(PAGE)).toEqual([]);
    await fakeBrowser.storage.local.set(persisted);
    expect(await readHighlights(PAGE)).toEqual([
      { ...highlight('a', 'green'), note: 'remember this' },
    ]);
  });

  it('refuses highlights on a page the extension cannot script', async () => {
    await expect(addHighlight('chrome://settings', highlight('a'))).rejects.toMatchObject({
      code: 'PageNotCapturable',
    });
    await expect(readHighlights('not a url')).rejects.toMatchObject({ code: 'PageNotCapturable' });
  });
});
