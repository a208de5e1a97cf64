/**
 * From stored selectors back to the page: where each highlight's passage is now, as DOM
 * boundaries, or why it cannot be placed. The decision is `locate` (pure, over the
 * normalised text); this file only maps between that text and the DOM.
 */
import { locate, type AnchorMethod, type MissReason } from './anchoring/locate';
import type { HighlightTarget } from './model';
import { indexText, type TextIndex } from './text/text-index';
import { boundsOf, type TextBounds } from './text/text-map';

export type AnchorResult =
  | {
      placed: true;
      /**
       * The passage's ends in the DOM. The shape is `StaticRangeInit`: `new
       * StaticRange(bounds)` or `toRange` gives what the CSS Custom Highlight API draws.
       */
      bounds: TextBounds;
      /** The passage as the page now has it (it differs from the quote after `fuzzy`). */
      text: string;
      /** Offsets in the normalised text now (the new `TextPositionSelector`). */
      start: number;
      end: number;
      method: AnchorMethod;
      /** Edits between the stored quote and `text`. */
      distance: number;
      /** 0–1, how well the quote and its context agree with the page. */
      confidence: number;
    }
  | { placed: false; reason: MissReason };

/** Places one highlight in `doc` as it is now. */
export function anchor(doc: Document, target: HighlightTarget, index?: TextIndex): AnchorResult {
  const texts = index ?? indexText(doc);
  const result = locate(texts.text, target);
  if (!result.found) return { placed: false, reason: result.reason };
  const bounds = boundsOf(texts, result.start, result.end);
  // `locate` never answers a span of spaces; a null here would be a bug, not a page.
  if (!bounds) return { placed: false, reason: 'not_found' };
  const { found: _found, ...located } = result;
  return { placed: true, bounds, text: texts.text.slice(result.start, result.end), ...located };
}

/** Places every highlight of a page, reading its text once. */
export function anchorAll(doc: Document, targets: readonly HighlightTarget[]): AnchorResult[] {
  const index = indexText(doc);
  return targets.map((target) => anchor(doc, target, index));
}

/** A live `Range` over `bounds` (a browser's DOM; linkedom's ranges cannot be set). */
export function toRange(doc: Document, bounds: TextBounds): Range {
  const range = doc.createRange();
  range.setStart(bounds.startContainer, bounds.startOffset);
  range.setEnd(bounds.endContainer, bounds.endOffset);
  return range;
}
