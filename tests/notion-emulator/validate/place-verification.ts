/**
 * `place` and `verification` page properties, writable through the API since March 2026
 * (the SDK 5.26 request types): a place is a point with optional names, a verification is
 * `{state: 'verified', date?}` or `{state: 'unverified'}`.
 */
import type { Json, JsonObject } from '../json.ts';
import { fail, onlyKeysAt, requireEnum, requireObject } from './check.ts';
import { dateFromRequest } from './dates.ts';

const PLACE_NAMES = ['name', 'address', 'aws_place_id', 'google_place_id'] as const;

function coordinate(value: unknown, path: string, limit: number): number {
  if (typeof value !== 'number' || !Number.isFinite(value) || Math.abs(value) > limit)
    fail(path, `a number between -${limit} and ${limit}`, value);
  return value;
}

/** A place value in response shape (absent names read as null), or null to clear it. */
export function placeFromRequest(value: unknown, path: string): Json {
  if (value === null) return null;
  const obj = requireObject(value, path);
  onlyKeysAt(obj, ['lat', 'lon', ...PLACE_NAMES], path);
  const place: JsonObject = {
    lat: coordinate(obj.lat, `${path}.lat`, 90),
    lon: coordinate(obj.lon, `${path}.lon`, 180),
  };
  for (const key of PLACE_NAMES) {
    const text = obj[key];
    if (text !== undefined && text !== null && typeof text !== 'string')
      fail(`${path}.${key}`, 'a string or null', text);
    place[key] = (text as string | null | undefined) ?? null;
  }
  return place;
}

/** A verification value in response shape; `verifier` is the calling integration's bot. */
export function verificationFromRequest(value: unknown, path: string, verifier: string): Json {
  const obj = requireObject(value, path);
  const state = requireEnum(obj.state, ['verified', 'unverified'] as const, `${path}.state`);
  if (state === 'unverified') {
    onlyKeysAt(obj, ['state'], path);
    return { state, date: null, verified_by: null };
  }
  onlyKeysAt(obj, ['state', 'date'], path);
  return {
    state,
    date: obj.date === undefined ? null : dateFromRequest(obj.date, `${path}.date`),
    verified_by: { object: 'user', id: verifier },
  };
}
