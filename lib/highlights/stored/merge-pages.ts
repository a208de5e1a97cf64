/**
 * Folding a page's imported highlights into the ones stored for it: by highlight id,
 * the copy changed last (`updatedAt`) wins, so importing a file twice, or an older
 * file after a newer one, changes nothing. Nothing stored is removed: a highlight
 * deleted here but present in the file comes back, as the import adds what it holds.
 */
import { HIGHLIGHTS_VERSION, type Highlight, type PageHighlights } from '../model';
import { MAX_HIGHLIGHTS_PER_PAGE } from './page-highlights';

/** What one page's merge did. */
export interface PageMerge {
  page: PageHighlights;
  added: number;
  /** Stored highlights replaced by a newer copy from the file. */
  updated: number;
  /** New highlights left out because the page already holds as many as it can. */
  overLimit: number;
}

/** `current` (what is stored, or null) with `incoming` merged in. */
export function mergePageHighlights(
  current: PageHighlights | null,
  incoming: PageHighlights,
): PageMerge {
  const stored = current?.highlights ?? [];
  const fromFile = new Map(incoming.highlights.map((h) => [h.id, h]));
  let updated = 0;
  const highlights: Highlight[] = stored.map((kept) => {
    const other = fromFile.get(kept.id);
    if (!other || !(Date.parse(other.updatedAt) > Date.parse(kept.updatedAt))) return kept;
    updated += 1;
    return other;
  });
  const storedIds = new Set(stored.map((h) => h.id));
  // New ones after the stored ones, in the order they were made.
  const fresh = incoming.highlights
    .filter((h) => !storedIds.has(h.id))
    .sort((a, b) => Date.parse(a.createdAt) - Date.parse(b.createdAt));
  const room = Math.max(0, MAX_HIGHLIGHTS_PER_PAGE - highlights.length);
  const added = fresh.slice(0, room);
  highlights.push(...added);
  const overLimit = fresh.length - added.length;
  // Nothing new: the same value, so nothing is written.
  if (current && added.length === 0 && updated === 0 && (current.title || !incoming.title))
    return { page: current, added: 0, updated: 0, overLimit };
  const title = current?.title ?? incoming.title;
  const page: PageHighlights = {
    version: HIGHLIGHTS_VERSION,
    url: current?.url ?? incoming.url,
    ...(title ? { title } : {}),
    highlights,
  };
  return { page, added: added.length, updated, overLimit };
}
