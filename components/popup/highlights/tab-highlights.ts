/**
 * The page's highlights as this opening of the popup knows them. Opening the popup is the
 * gesture that lets the extension script the tab, so the one `highlightsOfTab` asked here
 * draws them on the page again and answers with the list; the list's panel (its own chunk)
 * is loaded only when there is something to show in it (`showsHighlightsPanel`).
 */
import { create } from 'zustand';
import { toFailure } from '@/components/use-action';
import type { Highlight } from '@/lib/highlights';
import { sendMessage, type DescribedFailure, type TabHighlights } from '@/lib/messaging';
import { mirroredPageHighlights, watchMirrored } from '@/lib/storage/mirror';

interface TabHighlightsState {
  view: TabHighlights | null;
  failure: DescribedFailure | null;
  /**
   * Something was listed in this opening: the panel stays once shown, so deleting the
   * last highlight keeps its "deleted" status and the keyboard's place in it.
   */
  listed: boolean;
}

export const useTabHighlights = create<TabHighlightsState>(() => ({
  view: null,
  failure: null,
  listed: false,
}));

/** Replaces the list after an edit or a delete answered with the page's new highlights. */
export function replaceHighlights(next: Highlight[]): void {
  useTabHighlights.setState(({ view, listed }) => ({
    view: view && { ...view, highlights: next },
    listed: listed || next.length > 0,
  }));
}

let stopWatching: (() => void) | null = null;

/** Draws the tab's highlights and reads them; a page without any gets nothing injected. */
export async function loadTabHighlights(tabId: number): Promise<void> {
  try {
    const view = await sendMessage('highlightsOfTab', { tabId });
    useTabHighlights.setState(({ listed }) => ({
      view,
      failure: null,
      listed: listed || view.highlights.length > 0,
    }));
    stopWatching?.();
    // Another window (or the options page) may change them while the popup is open.
    stopWatching = view.pageUrl
      ? watchMirrored(mirroredPageHighlights(view.pageUrl), (page) =>
          replaceHighlights(page?.highlights ?? []),
        )
      : null;
  } catch (error) {
    useTabHighlights.setState({ failure: toFailure(error), listed: true });
  }
}

/**
 * Whether the panel has something to show: the page's highlights (placed or not), a
 * failure to read them, or, in the Selection mode with text selected, a way to make one.
 * A page with none says nothing about highlights until text is selected.
 */
export function showsHighlightsPanel(
  state: TabHighlightsState,
  selectionMode: boolean,
  hasSelection: boolean,
): boolean {
  return state.listed || (selectionMode && hasSelection);
}
