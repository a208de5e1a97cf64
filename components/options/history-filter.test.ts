import { describe, expect, it } from 'vitest';
import type { JobStatus } from '@/lib/queue/types';
import { filterCounts, inFilter, retryAllIds } from './history-filter';

const entry = (id: string, status: JobStatus) => ({ id, status });

// Newest first, as the history lists them.
const history = [
  entry('f', 'needs_attention'),
  entry('e', 'saved'),
  entry('d', 'waiting'),
  entry('c', 'discarded'),
  entry('b', 'needs_attention'),
  entry('a', 'queued'),
];

describe('history filters', () => {
  it('counts each view, a discarded capture only under all', () => {
    expect(filterCounts(history)).toEqual({ all: 6, attention: 2, waiting: 2, saved: 1 });
    expect(history.filter((e) => inFilter(e, 'waiting')).map((e) => e.id)).toEqual(['d', 'a']);
    expect(inFilter(entry('x', 'saving'), 'waiting')).toBe(true);
    expect(inFilter(entry('x', 'discarded'), 'attention')).toBe(false);
  });

  it('retries all captures that need attention, the oldest first', () => {
    expect(retryAllIds(history)).toEqual(['b', 'f']);
    expect(retryAllIds([entry('s', 'saved')])).toEqual([]);
  });
});
