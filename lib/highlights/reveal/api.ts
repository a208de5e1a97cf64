/**
 * What the background asks of `/highlight-reveal.js` in a page, and what it answers:
 * plain data, since both cross `scripting.executeScript`. The script places a page's
 * highlights (drawing them with the CSS Custom Highlight API, which leaves the page's
 * DOM as it is), scrolls to one, and describes the selection.
 */
import type { DescribeResult } from '../describe';
import type { MissReason } from '../anchoring/locate';
import type { HighlightColor, HighlightTarget } from '../model';

/** The global the script defines in the extension's isolated world of the page. */
export const REVEAL_GLOBAL = '__quickCaptureForNotionHighlights';

/** What the page needs of a highlight to place it. */
export interface PlacedInput {
  id: string;
  color: HighlightColor;
  target: HighlightTarget;
}

export interface PlaceReply {
  placed: string[];
  unplaced: { id: string; reason: MissReason }[];
}

/** The script's calls, by name. */
export interface RevealApi {
  /** Places the highlights and draws them, replacing what this script drew before. */
  draw(highlights: PlacedInput[]): PlaceReply;
  /** Scrolls to the passage and selects it; false when it cannot be placed now. */
  reveal(target: HighlightTarget): boolean;
  /** The page's current selection as selectors, or why it cannot be highlighted. */
  describeSelection(): DescribeResult;
}

export type RevealCall =
  | { name: 'draw'; args: [PlacedInput[]] }
  | { name: 'reveal'; args: [HighlightTarget] }
  | { name: 'describeSelection'; args: [] };

/** The class names the drawing registers, one per colour (`::highlight(name)` in CSS). */
export const highlightName = (color: HighlightColor): string => `quick-capture-${color}`;
