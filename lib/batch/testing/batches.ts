/** Batches for the tests: tabs of web pages and of the pages that cannot be saved. */
import { planBatch, type BatchOptions, type ListedTab } from '../plan';
import type { Batch } from '../model';

/** `count` loaded web pages, tab ids from 1. */
export function webTabs(count: number, host = 'news.example'): ListedTab[] {
  return Array.from({ length: count }, (_, i) => ({
    id: i + 1,
    url: `https://${host}/story/${i + 1}`,
    title: `Story ${i + 1}`,
  }));
}

/** A batch of `tabs` saved as bookmarks to one target, asking about pages saved before. */
export function batchOf(tabs: ListedTab[], options: Partial<BatchOptions> = {}): Batch {
  return planBatch(tabs, {
    id: 'batch-1',
    now: 1_700_000_000_000,
    scope: 'window',
    mode: 'bookmark',
    duplicates: 'ask',
    hostAccess: false,
    targetOf: () => 'target-1',
    ...options,
  });
}
