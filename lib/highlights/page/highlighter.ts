/**
 * What the injected highlighter script (`entrypoints/highlighter.ts`) offers the
 * background, as plain functions of plain data: they cross `scripting.executeScript`.
 * It reads the page's selection and draws; it never changes the page's DOM, stores
 * nothing and makes no network call — the background keeps the highlights.
 */
import { describe, describeQuote, type DescribeResult } from '../describe';
import { indexText } from '../text/text-index';
import { paint, type DrawnHighlight, type PaintReport } from './paint';

/** The global the script defines in the extension's isolated world of the page. */
export const HIGHLIGHTER_GLOBAL = '__quickCaptureHighlighter';

/** The page's answer to a request to describe what is selected. */
export type SelectionReply = DescribeResult & {
  /** The address of the document the selection is in (a frame has its own). */
  url: string;
};

export interface Highlighter {
  /**
   * The selectors of the current selection; `words` (what a context menu reported as
   * selected) is the fallback when the selection itself is gone or unreadable.
   */
  describeSelection(words: string | null): SelectionReply;
  /** Draws exactly these highlights (the page's whole list). */
  draw(highlights: DrawnHighlight[]): PaintReport & { url: string };
  /** Scrolls to a highlight drawn by the last `draw`; false when it was not placed. */
  show(id: string): boolean;
}

/** The highlighter of one document. */
export function createHighlighter(doc: Document, address: () => string): Highlighter {
  let ranges = new Map<string, Range>();
  return {
    describeSelection(words) {
      const selection = doc.getSelection();
      const range = selection && selection.rangeCount > 0 ? selection.getRangeAt(0) : null;
      let result: DescribeResult =
        range && !range.collapsed ? describe(range) : { ok: false, reason: 'empty' };
      // A selection the page replaced (or one in a frame) may still be known by its words.
      if (!result.ok && (result.reason === 'empty' || result.reason === 'detached') && words) {
        result = describeQuote(indexText(doc), words);
      }
      return { ...result, url: address() };
    },
    draw(highlights) {
      const report = paint(doc, highlights);
      ranges = report.ranges;
      return { supported: report.supported, unplaced: report.unplaced, url: address() };
    },
    show(id) {
      const range = ranges.get(id);
      const element =
        range?.startContainer.nodeType === 1
          ? (range.startContainer as Element)
          : range?.startContainer.parentElement;
      if (!range || !element) return false;
      element.scrollIntoView({ block: 'center', behavior: 'smooth' });
      return true;
    },
  };
}
