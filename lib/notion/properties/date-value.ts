/**
 * Date values. Notion takes either an instant with its offset, or a wall-clock time
 * without offset plus an IANA `time_zone`; the second shows the time as the person saw
 * it ("14:30 Seoul") instead of converted to UTC. Date-only values carry no zone.
 */
import { fieldError, quoted, valueOf, type FieldOutcome } from './field-error';
import type { PropertyRequest } from '../api/request-types';

const DATE_ONLY = /^(\d{4})-(\d{2})-(\d{2})$/;
const WALL = /^(\d{4}-\d{2}-\d{2})[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,9})?)?$/;
const INSTANT = /^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:?\d{2})$/i;

/** True when `timeZone` is an IANA name this browser knows. */
export function isTimeZone(timeZone: string): boolean {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone });
    return true;
  } catch {
    return false;
  }
}

/** The wall-clock time of `instant` in `timeZone`, as `YYYY-MM-DDTHH:mm:ss`. */
export function wallTimeIn(instant: Date, timeZone: string): string {
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone,
    hourCycle: 'h23',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
  }).formatToParts(instant);
  const get = (type: Intl.DateTimeFormatPartTypes) => parts.find((p) => p.type === type)?.value;
  return `${get('year')}-${get('month')}-${get('day')}T${get('hour')}:${get('minute')}:${get('second')}`;
}

function isCalendarDate(date: string): boolean {
  const match = DATE_ONLY.exec(date);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const check = new Date(Date.UTC(year, month - 1, day));
  return (
    check.getUTCFullYear() === year &&
    check.getUTCMonth() === month - 1 &&
    check.getUTCDate() === day
  );
}

type Moment = { kind: 'date' | 'wall' | 'instant'; text: string; sortKey: number };

function readMoment(text: string, timeZone: string | null): Moment | null {
  const trimmed = text.trim();
  if (DATE_ONLY.test(trimmed)) {
    return isCalendarDate(trimmed)
      ? { kind: 'date', text: trimmed, sortKey: Date.parse(trimmed) }
      : null;
  }
  const wall = WALL.exec(trimmed);
  if (wall) {
    const [, day, hour, minute, second = '00'] = wall;
    if (!isCalendarDate(day!) || Number(hour) > 23 || Number(minute) > 59 || Number(second) > 59)
      return null;
    const normalized = `${day}T${hour}:${minute}:${second}`;
    return { kind: 'wall', text: normalized, sortKey: Date.parse(`${normalized}Z`) };
  }
  if (INSTANT.test(trimmed)) {
    const instant = new Date(trimmed.replace(' ', 'T'));
    if (Number.isNaN(instant.getTime())) return null;
    // With a zone, an instant is shown as the wall time it was there.
    if (timeZone) {
      const text = wallTimeIn(instant, timeZone);
      return { kind: 'wall', text, sortKey: Date.parse(`${text}Z`) };
    }
    return { kind: 'instant', text: trimmed.replace(' ', 'T'), sortKey: instant.getTime() };
  }
  return null;
}

/** A date property value from a form's start, end and time zone. */
export function dateValue(
  start: string | null,
  end: string | null | undefined,
  timeZone: string | null | undefined,
): FieldOutcome<PropertyRequest> {
  if (!start || start.trim() === '') return valueOf(undefined);
  const zone = timeZone?.trim() || null;
  if (zone && !isTimeZone(zone)) return fieldError('notionFieldTimeZone', { value: quoted(zone) });
  const from = readMoment(start, zone);
  if (!from) return fieldError('notionFieldDate', { value: quoted(start) });
  const to = end && end.trim() !== '' ? readMoment(end, zone) : null;
  if (end && end.trim() !== '' && !to) return fieldError('notionFieldDate', { value: quoted(end) });
  if (to && to.sortKey < from.sortKey) return fieldError('notionFieldDateOrder');
  const withZone = zone && (from.kind === 'wall' || to?.kind === 'wall');
  return valueOf({
    date: {
      start: from.text,
      ...(to ? { end: to.text } : {}),
      ...(withZone ? { time_zone: zone } : {}),
    },
  });
}
