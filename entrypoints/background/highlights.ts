/**
 * The protocol's highlight verbs: a tab's highlights (drawn on the way), changing and
 * deleting one, "jump to", highlighting the selection, and every page's list for the
 * options. Highlights are kept by `lib/highlights/stored/store.ts`; the page side is
 * `highlight-page.ts`.
 */
import { browser } from 'wxt/browser';
import {
  createHighlight,
  HIGHLIGHT_COLORS,
  highlightPageUrl,
  refusalProblem,
  type Highlight,
  type HighlightColor,
  type HighlightEdit,
  type PageHighlights,
} from '@/lib/highlights';
import { MAX_NOTE_LENGTH } from '@/lib/highlights/stored/read-pages';
import {
  addHighlight,
  deleteHighlight as deleteStored,
  editHighlight as editStored,
  notePageTitle,
  readHighlights,
} from '@/lib/highlights/stored/store';
import type {
  Handlers,
  HighlightPageView,
  HighlightSyncView,
  TabHighlights,
} from '@/lib/messaging';
import { Problem } from '@/lib/problems';
import { readAllPageHighlights } from '@/lib/storage';
import {
  describeSelectionInTab,
  drawHighlightsInTab,
  revealHighlightInTab,
} from './highlight-page';

/**
 * Where a page's highlights stand in Notion. Highlights are not sent to Notion from
 * here: until the sync records a page's Notion page and what waits, every page reads as
 * not synced and nothing pending.
 */
export function pageSyncView(_page: PageHighlights | null): HighlightSyncView {
  return { notionPageUrl: null, pending: 0, failure: null };
}

async function tabPage(tabId: number) {
  if (!Number.isSafeInteger(tabId)) throw new Problem('Unexpected', {}, 'no tab id');
  const tab = await browser.tabs.get(tabId);
  return { tab, pageUrl: tab.url ? highlightPageUrl(tab.url) : null };
}

async function highlightsOfTab({ tabId }: { tabId: number }): Promise<TabHighlights> {
  const { tab, pageUrl } = await tabPage(tabId);
  const none = { highlights: [], unplaced: [], drawn: false, sync: pageSyncView(null) };
  if (!pageUrl) return { pageUrl: null, ...none };
  if (tab.title) await notePageTitle(pageUrl, tab.title);
  const highlights = await readHighlights(pageUrl);
  if (highlights.length === 0) return { pageUrl, ...none };
  try {
    const placed = await drawHighlightsInTab(tabId, highlights);
    return {
      pageUrl,
      highlights,
      unplaced: placed.unplaced,
      drawn: true,
      sync: pageSyncView(null),
    };
  } catch {
    // A page closed to extensions: the list is all there is, and it is whole.
    return { pageUrl, highlights, unplaced: [], drawn: false, sync: pageSyncView(null) };
  }
}

/** Tabs showing `pageUrl` that the extension may see, drawn again after a change. */
async function redraw(pageUrl: string, highlights: Highlight[]): Promise<void> {
  const tabs = await browser.tabs.query({});
  await Promise.all(
    tabs
      .filter((tab) => tab.id !== undefined && tab.url && highlightPageUrl(tab.url) === pageUrl)
      .map((tab) => drawHighlightsInTab(tab.id!, highlights).catch(() => undefined)),
  );
}

/** The edit as the protocol may carry it: a known colour, a note of text or null. */
function checkedEdit(edit: HighlightEdit | undefined): HighlightEdit {
  const out: HighlightEdit = {};
  if (edit?.color !== undefined) {
    if (!HIGHLIGHT_COLORS.includes(edit.color)) throw new Problem('Unexpected', {}, 'bad colour');
    out.color = edit.color;
  }
  if (edit?.note !== undefined) {
    if (edit.note !== null && typeof edit.note !== 'string')
      throw new Problem('Unexpected', {}, 'bad note');
    out.note = edit.note === null ? null : edit.note.slice(0, MAX_NOTE_LENGTH);
  }
  return out;
}

async function editHighlight(input: {
  pageUrl: string;
  id: string;
  edit: HighlightEdit;
}): Promise<Highlight[]> {
  const highlights = await editStored(
    String(input.pageUrl),
    String(input.id),
    checkedEdit(input.edit),
  );
  await redraw(highlightPageUrl(input.pageUrl)!, highlights);
  return highlights;
}

async function deleteHighlight(input: { pageUrl: string; id: string }): Promise<Highlight[]> {
  const highlights = await deleteStored(String(input.pageUrl), String(input.id));
  await redraw(highlightPageUrl(input.pageUrl)!, highlights);
  return highlights;
}

async function showHighlight({ tabId, id }: { tabId: number; id: string }): Promise<boolean> {
  const { pageUrl } = await tabPage(tabId);
  if (!pageUrl) throw new Problem('PageNotCapturable');
  const highlight = (await readHighlights(pageUrl)).find((h) => h.id === id);
  if (!highlight) throw new Problem('HighlightGone');
  return revealHighlightInTab(tabId, highlight);
}

async function highlightSelection(input: {
  tabId: number;
  color: HighlightColor;
  note?: string;
}): Promise<Highlight> {
  const { tab, pageUrl } = await tabPage(input.tabId);
  if (!pageUrl || !tab.url) throw new Problem('PageNotCapturable');
  const color = HIGHLIGHT_COLORS.includes(input.color) ? input.color : 'yellow';
  const described = await describeSelectionInTab(input.tabId);
  if (!described.ok) throw refusalProblem(described.reason);
  const note = typeof input.note === 'string' ? input.note.slice(0, MAX_NOTE_LENGTH) : undefined;
  const highlight = createHighlight({
    id: crypto.randomUUID(),
    now: new Date(),
    color,
    target: described.target,
    note,
  });
  const highlights = await addHighlight(tab.url, highlight, tab.title);
  await drawHighlightsInTab(input.tabId, highlights).catch(() => undefined);
  return highlight;
}

/** The newest change of a page's highlights, as an ISO time. */
function lastChange(page: PageHighlights): string {
  return page.highlights.reduce(
    (newest, h) => (h.updatedAt > newest ? h.updatedAt : newest),
    page.highlights[0]?.updatedAt ?? '',
  );
}

async function listHighlightPages(): Promise<HighlightPageView[]> {
  const pages = await readAllPageHighlights();
  return pages
    .filter((page) => page.highlights.length > 0)
    .map((page) => ({
      pageUrl: page.url,
      title: page.title ?? null,
      highlights: page.highlights,
      updatedAt: lastChange(page),
      sync: pageSyncView(page),
    }))
    .sort((a, b) => (a.updatedAt < b.updatedAt ? 1 : a.updatedAt > b.updatedAt ? -1 : 0));
}

export const highlightHandlers = {
  highlightsOfTab,
  highlightSelection,
  editHighlight,
  deleteHighlight,
  showHighlight,
  listHighlightPages,
} satisfies Partial<Handlers>;
