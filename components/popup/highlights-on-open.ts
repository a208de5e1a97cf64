/**
 * The popup's opening is the gesture that lets the extension script the tab: the page's
 * highlights are drawn again then. The background draws them (and answers with the
 * list, which the popup may show); nothing here waits for it.
 */
import { sendMessage } from '@/lib/messaging';

/** Asks the background to draw the tab's highlights; a page without any gets nothing injected. */
export function drawHighlightsOnOpen(tabId: number): void {
  // A page that cannot be scripted, or a worker restarting: nothing to draw, nothing to say.
  void sendMessage('highlightsOfTab', { tabId }).catch(() => undefined);
}
