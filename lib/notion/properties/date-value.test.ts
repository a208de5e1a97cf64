import { describe, expect, it } from 'vitest';
import { dateValue, isTimeZone, wallTimeIn } from './date-value';

describe('dateValue', () => {
  it.each([
    ['2026-03-11', null, null, { start: '2026-03-11' }],
    ['2026-03-11', null, 'Asia/Seoul', { start: '2026-03-11' }],
    [
      '2026-03-11T14:30',
      null,
      'Asia/Seoul',
      { start: '2026-03-11T14:30:00', time_zone: 'Asia/Seoul' },
    ],
    [
      '2026-03-11 14:30:15',
      null,
      'Europe/Paris',
      { start: '2026-03-11T14:30:15', time_zone: 'Europe/Paris' },
    ],
    [
      '2026-03-11T05:30:00Z',
      null,
      'Asia/Seoul',
      { start: '2026-03-11T14:30:00', time_zone: 'Asia/Seoul' },
    ],
    ['2026-03-11T05:30:00+01:00', null, null, { start: '2026-03-11T05:30:00+01:00' }],
    ['2026-03-11', '2026-03-12', null, { start: '2026-03-11', end: '2026-03-12' }],
  ])('%s (end %s, zone %s)', (start, end, zone, date) => {
    expect(dateValue(start, end, zone)).toEqual({ ok: true, value: { date } });
  });

  it.each([
    ['2026-13-01', null, null, 'notionFieldDate'],
    ['2025-02-29', null, null, 'notionFieldDate'],
    ['2026-03-11T24:00', null, null, 'notionFieldDate'],
    ['tomorrow', null, null, 'notionFieldDate'],
    ['2026-03-11', 'later', null, 'notionFieldDate'],
    ['2026-03-12', '2026-03-11', null, 'notionFieldDateOrder'],
    ['2026-03-11T10:00', null, 'Mars/Olympus', 'notionFieldTimeZone'],
  ])('refuses %s (end %s, zone %s)', (start, end, zone, key) => {
    expect(dateValue(start, end, zone)).toMatchObject({ ok: false, error: { key } });
  });

  it('accepts a leap day and nothing for an empty start', () => {
    expect(dateValue('2024-02-29', null, null)).toMatchObject({ ok: true });
    expect(dateValue('', null, null)).toEqual({ ok: true, value: undefined });
  });
});

describe('wallTimeIn', () => {
  it('shows an instant as the wall time of a zone, across a date line', () => {
    const instant = new Date('2026-03-10T20:15:00Z');
    expect(wallTimeIn(instant, 'Asia/Seoul')).toBe('2026-03-11T05:15:00');
    expect(wallTimeIn(instant, 'America/Los_Angeles')).toBe('2026-03-10T13:15:00');
    expect(wallTimeIn(new Date('2026-01-01T00:00:00Z'), 'UTC')).toBe('2026-01-01T00:00:00');
  });

  it('knows real time zones only', () => {
    expect(isTimeZone('Asia/Seoul')).toBe(true);
    expect(isTimeZone('Nowhere/Special')).toBe(false);
  });
});
