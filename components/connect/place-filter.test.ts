import { describe, expect, it } from 'vitest';
import { matchesWords } from './place-filter';

describe('matchesWords', () => {
  it('finds every typed word in any order and case', () => {
    expect(matchesWords('Reading list · in Demo home', 'LIST read')).toBe(true);
    expect(matchesWords('Reading list', 'reading inbox')).toBe(false);
  });

  it('matches everything when nothing is typed', () => {
    expect(matchesWords('Inbox', '   ')).toBe(true);
  });

  it('compares Korean titles as typed', () => {
    expect(matchesWords('읽기 목록', '목록')).toBe(true);
  });
});
