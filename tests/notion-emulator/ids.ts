/**
 * Notion ids are UUIDs that clients send dashed or as 32 bare hex digits (the form in
 * notion.so URLs). The emulator stores the dashed, lower-case form only.
 */
import { randomUUID } from 'node:crypto';

const DASHED = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const BARE = /^[0-9a-f]{32}$/i;

/** The dashed lower-case form of a Notion id, or null when `raw` is not one. */
export function normalizeId(raw: string): string | null {
  if (DASHED.test(raw)) return raw.toLowerCase();
  if (!BARE.test(raw)) return null;
  const h = raw.toLowerCase();
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
}

let source: () => string = randomUUID;

/** A fresh random id, as Notion mints them. */
export function newId(): string {
  return source();
}

/**
 * Mints ids from `next` instead of at random (null: random again). Tests that replay a
 * seeded schedule need the same ids every time: listings order pages created in the
 * same instant by id.
 */
export function useIdSource(next: (() => string) | null): void {
  source = next ?? randomUUID;
}

/** Ids 00000000-0000-4000-8000-000000000001, …002, … as a source for `useIdSource`. */
export function countingIds(prefix = 0): () => string {
  let n = 0;
  return () => {
    n += 1;
    const hex = (prefix * 1e9 + n).toString(16).padStart(12, '0');
    return `00000000-0000-4000-8000-${hex}`;
  };
}

/** The 32-hex form used in notion.so URLs. */
export function compactId(id: string): string {
  return id.replace(/-/g, '');
}

/** Rewrites every bare 32-hex path segment to its dashed form, so fault patterns match either. */
export function normalizePathIds(pathname: string): string {
  return pathname
    .split('/')
    .map((segment) => normalizeId(segment) ?? segment)
    .join('/');
}
