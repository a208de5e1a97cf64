/**
 * Highlights in the background: making one from a tab's selection (the context menu's
 * colours, the shortcut, the popup), drawing a page's highlights again when a gesture
 * lets the extension script it, and the verbs the popup and options call to list, edit
 * and delete them. Highlights are stored by `lib/highlights/stored/store.ts`; drawing
 * happens in the page (`/highlighter.js`, injected by `lib/highlights/inject.ts`).
 */
import { browser, type Browser } from 'wxt/browser';
import {
  createHighlight,
  refusalProblem,
  type Highlight,
  type HighlightColor,
} from '@/lib/highlights';
import { highlightPageUrl } from '@/lib/highlights/stored/page-url';
import { askHighlighter, type FrameRef } from '@/lib/highlights/inject';
import {
  addHighlight,
  deleteHighlight as deleteStored,
  editHighlight as editStored,
  readHighlights,
} from '@/lib/highlights/stored/store';
import type { HighlightEdit } from '@/lib/highlights/stored/page-highlights';
import type { Handlers, HighlightDrawing, TabHighlights, UnplacedHighlight } from '@/lib/messaging';
import { Problem } from '@/lib/problems';
import { lastHighlightColorItem, updateItem } from '@/lib/storage';
import { highlightSyncView, syncSoon } from './highlight-sync';

type Tab = Browser.tabs.Tab;

/** What the last drawing in a tab showed: redrawn after an edit while the page is open. */
const drawnTabs = new Map<number, string>();

/** What drawing a tab's highlights gave. */
export interface DrawReport {
  pageUrl: string | null;
  highlights: Highlight[];
  drawing: HighlightDrawing;
  unplaced: UnplacedHighlight[];
}

/**
 * Draws the stored highlights of the page in `where` (the top frame unless named),
 * re-anchored on the page as it is now; reports the ones that could not be placed.
 * Nothing is injected into a page that has none. The revisit setting calls this too.
 */
export async function drawForTab(tabId: number, frameId?: number): Promise<DrawReport> {
  const where: FrameRef = frameId === undefined ? { tabId } : { tabId, frameId };
  const tab = await browser.tabs.get(tabId);
  const pageUrl = tab.url ? highlightPageUrl(tab.url) : null;
  if (!pageUrl) return { pageUrl, highlights: [], drawing: 'closed', unplaced: [] };
  const highlights = await readHighlights(pageUrl);
  if (highlights.length === 0 && !drawnTabs.has(tabId)) {
    return { pageUrl, highlights, drawing: 'none', unplaced: [] };
  }
  try {
    const report = await askHighlighter(where, 'draw', highlights.map(drawn));
    if (frameId === undefined) drawnTabs.set(tabId, pageUrl);
    return {
      pageUrl,
      highlights,
      drawing: report.supported ? (highlights.length > 0 ? 'drawn' : 'none') : 'unsupported',
      unplaced: report.unplaced,
    };
  } catch (error) {
    if (error instanceof Problem && error.code === 'PageNotCapturable') {
      return { pageUrl, highlights, drawing: 'closed', unplaced: [] };
    }
    throw error;
  }
}

const drawn = ({ id, color, target }: Highlight) => ({ id, color, target });

/** Draws again in the tabs that show `pageUrl`, after a change made from the popup. */
async function redraw(pageUrl: string): Promise<void> {
  for (const [tabId, shown] of drawnTabs) {
    if (shown !== pageUrl) continue;
    // The tab may be closed or navigated away, or the permission gone with the popup.
    await drawForTab(tabId).catch(() => drawnTabs.delete(tabId));
  }
}

/**
 * Highlights the selection in `where` in `color` and draws the page's highlights again.
 * `words`: what the context menu reported as selected, used when the selection itself
 * cannot be read. The page is keyed by the address of the frame the selection is in.
 * @throws Problem for a selection that cannot be highlighted (with its sentence)
 */
export async function highlightIn(
  where: FrameRef,
  color: HighlightColor,
  options: { words?: string | null; note?: string } = {},
): Promise<Highlight> {
  const reply = await askHighlighter(where, 'describeSelection', options.words ?? null);
  if (!reply.ok) throw refusalProblem(reply.reason);
  const pageUrl = highlightPageUrl(reply.url);
  if (!pageUrl)
    throw new Problem('PageNotCapturable', {}, 'highlight on a page without an address');
  const highlight = createHighlight({
    id: crypto.randomUUID(),
    now: new Date(),
    color,
    target: reply.target,
    ...(options.note ? { note: options.note } : {}),
  });
  const tab = await browser.tabs.get(where.tabId).catch(() => null);
  // The tab's title names the page in the options' list (a frame's page has none known).
  const top = where.frameId === undefined || where.frameId === 0;
  const highlights = await addHighlight(pageUrl, highlight, top ? tab?.title : undefined);
  await updateItem(lastHighlightColorItem, () => color);
  syncSoon(pageUrl, tab?.title);
  await askHighlighter(where, 'draw', highlights.map(drawn));
  if (where.frameId === undefined || where.frameId === 0) drawnTabs.set(where.tabId, pageUrl);
  return highlight;
}

/** The highlight gestures' shared end: a failure reaches the person as a notification. */
async function gestureHighlight(
  tab: Tab | undefined,
  color: HighlightColor | null,
  frameId: number | undefined,
  words: string | null,
  notify: (error: unknown) => Promise<void>,
): Promise<string | null> {
  try {
    if (!tab?.id) throw new Problem('PageNotCapturable', {}, 'no tab');
    const chosen = color ?? (await lastHighlightColorItem.getValue());
    const where: FrameRef = frameId ? { tabId: tab.id, frameId } : { tabId: tab.id };
    return (await highlightIn(where, chosen, { words })).id;
  } catch (error) {
    // The shortcut on a page with highlights and nothing selected: it showed them.
    if (error instanceof Problem && error.code === 'HighlightEmpty' && tab?.id) {
      const shown = await drawForTab(tab.id).catch(() => null);
      if (shown && shown.highlights.length > 0) return null;
    }
    await notify(error);
    return null;
  }
}

/** A click on a colour of the "Highlight" menu entry. */
export function highlightFromMenu(
  info: Browser.contextMenus.OnClickData,
  tab: Tab | undefined,
  color: HighlightColor,
  notify: (error: unknown) => Promise<void>,
): Promise<string | null> {
  return gestureHighlight(tab, color, info.frameId, info.selectionText ?? null, notify);
}

/** The highlight shortcut: the selection, in the colour used last. */
export function highlightFromCommand(
  tab: Tab | undefined,
  notify: (error: unknown) => Promise<void>,
): Promise<string | null> {
  return gestureHighlight(tab, null, undefined, null, notify);
}

async function highlightsOfTab({ tabId }: { tabId: number }): Promise<TabHighlights> {
  const report = await drawForTab(tabId);
  const sync = report.pageUrl
    ? await highlightSyncView(report.pageUrl, report.highlights)
    : { notionPageUrl: null, pending: 0, failure: null };
  return {
    pageUrl: report.pageUrl,
    highlights: report.highlights,
    unplaced: report.unplaced,
    drawing: report.drawing,
    sync,
  };
}

async function highlightSelection(input: {
  tabId: number;
  color: HighlightColor;
  note?: string;
}): Promise<Highlight> {
  return highlightIn({ tabId: input.tabId }, input.color, {
    ...(input.note ? { note: input.note } : {}),
  });
}

async function editHighlight(input: {
  pageUrl: string;
  id: string;
  edit: HighlightEdit;
}): Promise<Highlight[]> {
  const highlights = await editStored(input.pageUrl, input.id, input.edit);
  syncSoon(input.pageUrl);
  await redraw(input.pageUrl);
  return highlights;
}

async function deleteHighlight(input: { pageUrl: string; id: string }): Promise<Highlight[]> {
  const highlights = await deleteStored(input.pageUrl, input.id);
  syncSoon(input.pageUrl);
  await redraw(input.pageUrl);
  return highlights;
}

async function showHighlight({ tabId, id }: { tabId: number; id: string }): Promise<boolean> {
  if (await askHighlighter({ tabId }, 'show', id)) return true;
  // A page whose highlighter was injected afresh has drawn nothing yet.
  await drawForTab(tabId);
  return askHighlighter({ tabId }, 'show', id);
}

export const highlightHandlers = {
  highlightsOfTab,
  highlightSelection,
  editHighlight,
  deleteHighlight,
  showHighlight,
} satisfies Partial<Handlers>;
