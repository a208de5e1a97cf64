/**
 * Dates for templates: read from what pages give (ISO 8601), shown in a time zone that
 * is passed in — never the machine's — with a small format language whose output never
 * depends on the browser's language:
 *
 * | token | gives | | token | gives |
 * | --- | --- | --- | --- | --- |
 * | `YYYY` | 2026 | | `HH` / `H` | 09 / 9 (24-hour) |
 * | `YY` | 26 | | `hh` / `h` | 09 / 9 (12-hour) |
 * | `MMMM` / `MMM` | March / Mar | | `mm` / `m` | 05 / 5 (minutes) |
 * | `MM` / `M` | 03 / 3 | | `ss` / `s` | 07 / 7 (seconds) |
 * | `DD` / `D` | 01 / 1 | | `A` / `a` | PM / pm |
 * | `dddd` / `ddd` | Wednesday / Wed | | `Z` / `ZZ` | +09:00 / +0900 |
 *
 * Anything else is itself (`YYYY년 M월 D일` works); `[…]` is always itself (`[at] HH:mm`).
 * Names are English whatever the interface speaks: a rule's output must not change with
 * the person who runs it.
 */
import { wallTimeIn } from '../notion-checks';

/** A wall-clock time in some zone, with that zone's offset from UTC at that time. */
export interface Moment {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
  offsetMinutes: number;
}

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];
const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

const DATE_ONLY = /^(\d{4})-(\d{2})-(\d{2})$/;
const DATE_TIME =
  /^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,9})?)?(Z|[+-]\d{2}:?\d{2})?$/i;
const WALL = /^(\d+)-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})$/;

type Wall = Omit<Moment, 'offsetMinutes'>;

const utcOf = (w: Wall) => Date.UTC(w.year, w.month - 1, w.day, w.hour, w.minute, w.second);

/** The wall time of `epochMs` in `timeZone`, or null outside what the zone data covers. */
function wallAt(epochMs: number, timeZone: string): Wall | null {
  if (!Number.isFinite(epochMs)) return null;
  const match = WALL.exec(wallTimeIn(new Date(epochMs), timeZone));
  if (!match) return null;
  const [year, month, day, hour, minute, second] = match.slice(1).map(Number) as [
    number,
    number,
    number,
    number,
    number,
    number,
  ];
  // `Intl` writes hour 24 for midnight in some engines even with h23.
  return { year, month, day, hour: hour % 24, minute, second };
}

function offsetAt(epochMs: number, timeZone: string): number | null {
  const wall = wallAt(Math.floor(epochMs / 1000) * 1000, timeZone);
  return wall ? Math.round((utcOf(wall) - Math.floor(epochMs / 1000) * 1000) / 60000) : null;
}

/** An instant as the wall time it was in `timeZone`. */
export function momentAt(instant: Date, timeZone: string): Moment | null {
  const wall = wallAt(instant.getTime(), timeZone);
  const offsetMinutes = offsetAt(instant.getTime(), timeZone);
  return wall && offsetMinutes !== null ? { ...wall, offsetMinutes } : null;
}

function validWall(w: Wall): boolean {
  const check = new Date(utcOf(w));
  return (
    check.getUTCFullYear() === w.year &&
    check.getUTCMonth() === w.month - 1 &&
    check.getUTCDate() === w.day &&
    w.hour < 24 &&
    w.minute < 60 &&
    w.second < 60
  );
}

/** The offset a wall time has in `timeZone` (around a daylight-saving change: the later). */
function offsetOfWall(wall: Wall, timeZone: string): number | null {
  const guess = utcOf(wall);
  const first = offsetAt(guess, timeZone);
  if (first === null) return null;
  return offsetAt(guess - first * 60000, timeZone);
}

/**
 * Reads a date as pages write it: `2026-03-11` (a day), `2026-03-11T09:15[:00]` (wall
 * time, taken to be in `timeZone`), or with `Z` / an offset (an instant, shown as the
 * wall time it was in `timeZone`). Anything else is null: `Date.parse` guesses other
 * forms differently per engine and in the machine's zone.
 */
export function readMoment(text: string, timeZone: string): Moment | null {
  const trimmed = text.trim();
  const day = DATE_ONLY.exec(trimmed);
  const full = day ? null : DATE_TIME.exec(trimmed);
  const parts = day ?? full;
  if (!parts) return null;
  const n = (i: number) => Number(parts[i] ?? 0);
  const wall: Wall = { year: n(1), month: n(2), day: n(3), hour: n(4), minute: n(5), second: n(6) };
  if (!validWall(wall)) return null;
  const zone = full?.[7];
  if (zone) {
    const sign = zone.startsWith('-') ? -1 : 1;
    const digits = zone.replace(/[^\d]/g, '');
    const offset = zone.toUpperCase() === 'Z' ? 0 : sign * (n2(digits, 0) * 60 + n2(digits, 2));
    return momentAt(new Date(utcOf(wall) - offset * 60000), timeZone);
  }
  const offsetMinutes = offsetOfWall(wall, timeZone);
  return offsetMinutes === null ? null : { ...wall, offsetMinutes };
}

function n2(digits: string, from: number): number {
  return Number(digits.slice(from, from + 2));
}

const pad = (value: number, width = 2) => String(value).padStart(width, '0');

function offsetText(minutes: number, colon: boolean): string {
  const sign = minutes < 0 ? '-' : '+';
  const abs = Math.abs(minutes);
  return `${sign}${pad(Math.floor(abs / 60))}${colon ? ':' : ''}${pad(abs % 60)}`;
}

const TOKENS = /\[([^\]]*)\]|YYYY|YY|MMMM|MMM|MM|M|DD|D|dddd|ddd|HH|H|hh|h|mm|m|ss|s|A|a|ZZ|Z/g;

/** True when `format` can be used: every `[` has its `]`. */
export function isDateFormat(format: string): boolean {
  return !format.replace(TOKENS, '').includes('[');
}

/** `moment` written with `format` (see the table above). */
export function formatMoment(moment: Moment, format: string): string {
  const { year, month, day, hour, minute, second, offsetMinutes } = moment;
  const weekday = new Date(Date.UTC(year, month - 1, day)).getUTCDay();
  const hour12 = hour % 12 === 0 ? 12 : hour % 12;
  const values: Record<string, string> = {
    YYYY: pad(year, 4),
    YY: pad(year % 100),
    MMMM: MONTHS[month - 1] ?? '',
    MMM: (MONTHS[month - 1] ?? '').slice(0, 3),
    MM: pad(month),
    M: String(month),
    DD: pad(day),
    D: String(day),
    dddd: WEEKDAYS[weekday] ?? '',
    ddd: (WEEKDAYS[weekday] ?? '').slice(0, 3),
    HH: pad(hour),
    H: String(hour),
    hh: pad(hour12),
    h: String(hour12),
    mm: pad(minute),
    m: String(minute),
    ss: pad(second),
    s: String(second),
    A: hour < 12 ? 'AM' : 'PM',
    a: hour < 12 ? 'am' : 'pm',
    Z: offsetText(offsetMinutes, true),
    ZZ: offsetText(offsetMinutes, false),
  };
  return format.replace(TOKENS, (token, literal: string | undefined) =>
    literal !== undefined ? literal : (values[token] ?? token),
  );
}

/** How `{{date}}` reads without a format: ISO 8601 with the zone's offset. */
export const ISO_FORMAT = 'YYYY-MM-DD[T]HH:mm:ssZ';
