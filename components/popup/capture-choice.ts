/**
 * The capture modes the popup offers and the capture each one saves. Bookmark and
 * screenshot share the page's metadata; article and selection carry their own blocks.
 * Until the page answered, a capture is made from what the tab itself says, so the
 * form can be filled the moment the popup opens.
 */
import type { CaptureMode, PageCapture } from '@/lib/capture/types';
import type { Capturability } from './capturability';
import type { TabInfo } from './tab-info';
import { tabCapture } from '@/lib/capture/tab-capture';

export type PopupMode = Extract<CaptureMode, 'bookmark' | 'article' | 'selection' | 'screenshot'>;

/** What the page answered, by the mode asked for (`bookmark` holds the bare metadata). */
export type Captures = Partial<Record<'bookmark' | 'article' | 'selection', PageCapture>>;

/**
 * Modes to offer, in the order shown. `screenshots` is false in a browser that gives
 * extensions no screenshot of the tab (Firefox for Android): the mode is not offered
 * there, and the options page says why.
 */
export function availableModes(
  capturability: Capturability,
  hasSelection: boolean,
  screenshots: boolean,
): PopupMode[] {
  if (capturability === 'none') return [];
  if (capturability === 'bookmark-only') return ['bookmark'];
  const modes: PopupMode[] = hasSelection
    ? ['bookmark', 'article', 'selection', 'screenshot']
    : ['bookmark', 'article', 'screenshot'];
  return screenshots ? modes : modes.filter((m) => m !== 'screenshot');
}

/**
 * The mode in effect: the person's choice when it is on offer, else the selection when
 * there is one (someone who selected text before opening the popup means it), else the
 * default from the settings.
 */
export function effectiveMode(
  chosen: PopupMode | null,
  offered: readonly PopupMode[],
  defaultMode: PopupMode,
): PopupMode | null {
  if (chosen && offered.includes(chosen)) return chosen;
  if (offered.includes('selection')) return 'selection';
  if (offered.includes(defaultMode)) return defaultMode;
  return offered[0] ?? null;
}

export { tabCapture };

/** The capture that saving in `mode` would send, with what is known so far. */
export function captureFor(mode: PopupMode, captures: Captures, tab: TabInfo | null): PageCapture {
  const own = mode === 'article' || mode === 'selection' ? captures[mode] : undefined;
  if (own) return own;
  const base = captures.bookmark ?? captures.article ?? captures.selection;
  if (!base) return tabCapture(tab, mode);
  // Metadata of another mode's capture, without its content.
  return { ...base, mode, blocks: [], report: { items: [] }, text: null };
}

/** True when saving in `mode` still waits for the page to answer. */
export function needsPage(mode: PopupMode): mode is 'article' | 'selection' {
  return mode === 'article' || mode === 'selection';
}
