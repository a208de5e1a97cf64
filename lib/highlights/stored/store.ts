/**
 * Highlights kept in extension storage, one key per page (`pageHighlightsItem` in
 * `lib/storage.ts`). Every change is a function of the page's latest value run through
 * `updateItem`, so two changes made at once (a highlight added in the popup while the
 * context menu adds another) both land.
 *
 * The shell of the pure core: the only file of `lib/highlights` that reaches the
 * browser, and for that reason not exported from `index.ts` (which the page side
 * bundles).
 */
import { Problem } from '../../problems';
import { pageHighlightsItem, updateItem } from '../../storage';
import type { Highlight } from '../model';
import {
  withEdit,
  withHighlight,
  withoutHighlight,
  withTitle,
  type HighlightEdit,
} from './page-highlights';
import { highlightPageUrl } from './page-url';

function itemFor(address: string) {
  const pageUrl = highlightPageUrl(address);
  if (!pageUrl) throw new Problem('PageNotCapturable');
  return { pageUrl, item: pageHighlightsItem(pageUrl) };
}

/** The highlights of the page at `address`, in the order they were made. */
export async function readHighlights(address: string): Promise<Highlight[]> {
  const { item } = itemFor(address);
  return (await item.getValue())?.highlights ?? [];
}

/**
 * Keeps a new highlight of the page at `address` (a second call with its id adds
 * nothing), and the page's `title` when given (the options' list shows it).
 */
export async function addHighlight(
  address: string,
  highlight: Highlight,
  title?: string,
): Promise<Highlight[]> {
  const { pageUrl, item } = itemFor(address);
  const page = await updateItem(item, (current) => {
    const added = withHighlight(current, pageUrl, highlight);
    return title === undefined ? added : withTitle(added, title);
  });
  return page?.highlights ?? [];
}

/** Records the page's title beside its highlights (nothing is written for a page without). */
export async function notePageTitle(address: string, title: string): Promise<void> {
  const { item } = itemFor(address);
  await updateItem(item, (current) => withTitle(current, title));
}

/** Changes the colour or note of highlight `id` of the page at `address`. */
export async function editHighlight(
  address: string,
  id: string,
  edit: HighlightEdit,
  now: Date = new Date(),
): Promise<Highlight[]> {
  const { item } = itemFor(address);
  const page = await updateItem(item, (current) => withEdit(current, id, edit, now));
  return page?.highlights ?? [];
}

/** Deletes highlight `id` of the page at `address` (the page's key goes with its last one). */
export async function deleteHighlight(address: string, id: string): Promise<Highlight[]> {
  const { item } = itemFor(address);
  const page = await updateItem(item, (current) => withoutHighlight(current, id));
  return page?.highlights ?? [];
}
