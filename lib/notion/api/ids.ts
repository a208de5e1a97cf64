/**
 * Notion ids: 32 hex digits, written bare (in URLs) or dashed as a UUID (in API answers).
 * The API accepts both; the engine always hands out the dashed lowercase form so that
 * ids compare equal whatever their origin.
 */

const COMPACT = /^[0-9a-f]{32}$/i;
const DASHED = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** True for a bare 32-hex id or a dashed UUID. */
export function isNotionId(text: string): boolean {
  return COMPACT.test(text) || DASHED.test(text);
}

/** The dashed lowercase form of an id, or null when `text` is not one. */
export function toDashedId(text: string): string | null {
  if (!isNotionId(text)) return null;
  const hex = text.replace(/-/g, '').toLowerCase();
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/** The bare 32-hex form, as Notion writes ids in its own URLs. */
export function toCompactId(id: string): string {
  return id.replace(/-/g, '').toLowerCase();
}

/** A notion.so address that opens the object with this id (for people, not the API). */
export function notionUrlOf(id: string): string {
  return `https://www.notion.so/${toCompactId(id)}`;
}
