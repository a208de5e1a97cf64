import { describe, expect, it } from 'vitest';
import { tabIdFromSearch } from './tab-info';

describe('tabIdFromSearch', () => {
  it('reads a numeric tab id', () => {
    expect(tabIdFromSearch('?tab=1234')).toBe(1234);
    expect(tabIdFromSearch('?x=1&tab=7')).toBe(7);
  });

  it('ignores anything else', () => {
    for (const search of ['', '?tab=', '?tab=-1', '?tab=1e3', '?tab=abc', '?tab=99999999999999999'])
      expect(tabIdFromSearch(search)).toBeNull();
  });
});
