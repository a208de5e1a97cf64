import { describe, expect, it } from 'vitest';
import { createHighlight, type Highlight } from '../model';
import type { SyncedBlock } from './model';
import { pendingCount, planSync } from './plan';

function highlight(id: string, note?: string, exact = `words of ${id}`): Highlight {
  return createHighlight({
    id,
    now: new Date(0),
    color: 'yellow',
    ...(note ? { note } : {}),
    target: {
      quote: { type: 'TextQuoteSelector', exact, prefix: '', suffix: '' },
      position: { type: 'TextPositionSelector', start: 0, end: exact.length },
    },
  });
}

const synced = (id: string, note: string | null = null): SyncedBlock => ({
  blockId: `block-${id}`,
  color: 'yellow',
  note,
});

describe('planning a sync', () => {
  it('sends nothing when Notion already has every highlight as it is', () => {
    expect(planSync([highlight('a', 'n')], { a: synced('a', 'n') })).toEqual([]);
  });

  it('appends every waiting highlight in one request, in the page’s order', () => {
    const ops = planSync([highlight('a'), highlight('b'), highlight('c', 'why')], {
      a: synced('a'),
    });
    expect(ops).toEqual([
      {
        kind: 'append',
        items: [
          { id: 'b', color: 'yellow', note: null },
          { id: 'c', color: 'yellow', note: 'why' },
        ],
      },
    ]);
  });

  it('updates a block whose note or colour changed, and one whose update was lost', () => {
    const recoloured = { ...highlight('b'), color: 'blue' as const };
    const ops = planSync([highlight('a', 'new note'), recoloured, highlight('c')], {
      a: synced('a', 'old note'),
      b: synced('b'),
      c: { blockId: 'block-c', color: null, note: null },
    });
    expect(ops).toEqual([
      { kind: 'update', id: 'a', blockId: 'block-a', color: 'yellow', note: 'new note' },
      { kind: 'update', id: 'b', blockId: 'block-b', color: 'blue', note: null },
      { kind: 'update', id: 'c', blockId: 'block-c', color: 'yellow', note: null },
    ]);
  });

  it('deletes the block of a deleted highlight', () => {
    expect(planSync([], { a: synced('a') })).toEqual([
      { kind: 'delete', id: 'a', blockId: 'block-a' },
    ]);
    expect(pendingCount([highlight('b')], { a: synced('a') })).toBe(2);
  });

  it('splits appends at Notion’s 100 children and at the size of one request', () => {
    const many = Array.from({ length: 150 }, (_, i) => highlight(`h${i}`));
    expect(planSync(many, {}).map((op) => (op.kind === 'append' ? op.items.length : 0))).toEqual([
      100, 50,
    ]);
    const long = Array.from({ length: 60 }, (_, i) =>
      highlight(`l${i}`, undefined, 'x'.repeat(5000)),
    );
    expect(planSync(long, {}).map((op) => (op.kind === 'append' ? op.items.length : 0))).toEqual([
      40, 20,
    ]);
  });
});
