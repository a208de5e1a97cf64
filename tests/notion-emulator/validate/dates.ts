/**
 * Date values (`{start, end?, time_zone?}`) in properties and date mentions. Notion takes ISO
 * 8601; a date-time without an offset is only unambiguous with `time_zone`, so the emulator
 * insists on one of the two — code that sends a bare local time is a bug worth catching here.
 */
import type { JsonObject } from '../json.ts';
import { fail, onlyKeysAt, requireObject, requireString } from './check.ts';

const DATE_ONLY = /^(\d{4})-(\d{2})-(\d{2})$/;
const DATE_TIME =
  /^(\d{4})-(\d{2})-(\d{2})T\d{2}:\d{2}(?::\d{2}(?:\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2})?$/;

function validCalendarDate(y: string, m: string, d: string): boolean {
  const date = new Date(Date.UTC(Number(y), Number(m) - 1, Number(d)));
  return date.getUTCMonth() === Number(m) - 1 && date.getUTCDate() === Number(d);
}

function isTimeZone(name: string): boolean {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: name });
    return true;
  } catch {
    return false;
  }
}

/** Checks one ISO string; `hasZone` says whether a `time_zone` accompanies it. */
function checkIso(value: unknown, path: string, hasZone: boolean): string {
  const text = requireString(value, path);
  const dateOnly = DATE_ONLY.exec(text);
  const dateTime = dateOnly ? null : DATE_TIME.exec(text);
  const parts = dateOnly ?? dateTime;
  if (!parts || !validCalendarDate(parts[1] ?? '', parts[2] ?? '', parts[3] ?? '')) {
    fail(path, 'a valid ISO 8601 date string', text);
  }
  if (dateTime && dateTime[4] === undefined && !hasZone) {
    fail(
      path,
      'an ISO 8601 date-time with a time zone offset (or `time_zone` should be set)',
      text,
    );
  }
  return text;
}

/** Validates a date request object and returns it in response shape. */
export function dateFromRequest(value: unknown, path: string): JsonObject {
  const obj = requireObject(value, path);
  onlyKeysAt(obj, ['start', 'end', 'time_zone'], path);
  const zone = obj.time_zone ?? null;
  if (zone !== null && (typeof zone !== 'string' || !isTimeZone(zone))) {
    fail(`${path}.time_zone`, 'a valid IANA time zone', zone);
  }
  const start = checkIso(obj.start, `${path}.start`, zone !== null);
  const end =
    obj.end === undefined || obj.end === null
      ? null
      : checkIso(obj.end, `${path}.end`, zone !== null);
  return { start, end, time_zone: zone };
}
