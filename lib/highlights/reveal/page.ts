/**
 * The page side of `api.ts`: runs in the extension's isolated world of a page, on its
 * DOM. Drawing registers one `Highlight` per colour in `CSS.highlights`; the page's
 * nodes, layout and scripts stay as they were. A browser without the API still gets
 * the placement (which highlights could not be found) and "jump to".
 */
import { anchor, anchorAll, toRange } from '../anchor';
import { describe } from '../describe';
import { HIGHLIGHT_COLORS } from '../model';
import { highlightName, type PlaceReply, type PlacedInput, type RevealApi } from './api';

interface HighlightRegistry {
  set(name: string, value: unknown): void;
  delete(name: string): void;
}

function registry(): { highlights: HighlightRegistry; make: (ranges: Range[]) => unknown } | null {
  const css = globalThis.CSS as unknown as { highlights?: HighlightRegistry } | undefined;
  const Make = (globalThis as { Highlight?: new (...ranges: Range[]) => unknown }).Highlight;
  if (!css?.highlights || !Make) return null;
  return { highlights: css.highlights, make: (ranges) => new Make(...ranges) };
}

function draw(highlights: PlacedInput[]): PlaceReply {
  const results = anchorAll(
    document,
    highlights.map((h) => h.target),
  );
  const byColor = new Map<string, Range[]>();
  const reply: PlaceReply = { placed: [], unplaced: [] };
  results.forEach((result, i) => {
    const { id, color } = highlights[i]!;
    if (!result.placed) {
      reply.unplaced.push({ id, reason: result.reason });
      return;
    }
    reply.placed.push(id);
    const ranges = byColor.get(color) ?? [];
    ranges.push(toRange(document, result.bounds));
    byColor.set(color, ranges);
  });
  const api = registry();
  if (api) {
    for (const color of HIGHLIGHT_COLORS) {
      const ranges = byColor.get(color);
      if (ranges) api.highlights.set(highlightName(color), api.make(ranges));
      else api.highlights.delete(highlightName(color));
    }
  }
  return reply;
}

function reveal(target: PlacedInput['target']): boolean {
  const result = anchor(document, target);
  if (!result.placed) return false;
  const range = toRange(document, result.bounds);
  const node = range.startContainer;
  const element = node.nodeType === Node.ELEMENT_NODE ? (node as Element) : node.parentElement;
  element?.scrollIntoView({ block: 'center', inline: 'nearest' });
  // The selection shows where the passage is, in the page's own selection colour.
  const selection = getSelection();
  selection?.removeAllRanges();
  selection?.addRange(range);
  return true;
}

function describeSelection() {
  const selection = getSelection();
  if (!selection || selection.rangeCount === 0)
    return { ok: false as const, reason: 'empty' as const };
  return describe(selection.getRangeAt(0));
}

/** The calls the background makes. */
export const revealApi: RevealApi = { draw, reveal, describeSelection };
