/**
 * Drawing a page's highlights with the CSS Custom Highlight API
 * (https://drafts.csswg.org/css-highlight-api-1/): ranges are registered in
 * `CSS.highlights` and painted by `::highlight()` rules, so the page's DOM, its scripts
 * and its layout are never touched — no wrapping `<mark>`, nothing a page's framework
 * could trip over or throw away.
 *
 * Where the API is missing (Firefox before 140) nothing is drawn and the caller is told
 * (`supported: false`): the highlights are kept and synced all the same, and the popup
 * lists them.
 */
import { anchorAll, toRange } from '../anchor';
import type { MissReason } from '../anchoring/locate';
import { HIGHLIGHT_COLORS, type Highlight, type HighlightColor } from '../model';
import { highlightName } from './colors';

/** What a page needs of a highlight to draw it. */
export type DrawnHighlight = Pick<Highlight, 'id' | 'color' | 'target'>;

export interface PaintReport {
  /** False when this browser has no CSS Custom Highlight API: nothing was drawn. */
  supported: boolean;
  /** Highlights that could not be placed on the page as it is now, and why. */
  unplaced: Array<{ id: string; reason: MissReason }>;
}

interface HighlightRegistry {
  set(name: string, value: unknown): void;
  delete(name: string): boolean;
}

type HighlightConstructor = new (...ranges: AbstractRange[]) => unknown;

/** The page's registry and the `Highlight` class, when the browser has them. */
function api(
  view: Window | null,
): { registry: HighlightRegistry; Paint: HighlightConstructor } | null {
  const scope = view as unknown as {
    CSS?: { highlights?: HighlightRegistry };
    Highlight?: HighlightConstructor;
  } | null;
  const registry = scope?.CSS?.highlights;
  const Paint = scope?.Highlight;
  return registry && typeof Paint === 'function' ? { registry, Paint } : null;
}

/**
 * Draws exactly `highlights` in `doc` (those drawn before and not listed are taken
 * away), placing each on the page as it is now. Returns where each one was drawn, by
 * id, for "jump to".
 */
export function paint(
  doc: Document,
  highlights: readonly DrawnHighlight[],
): PaintReport & { ranges: Map<string, Range> } {
  const found = api(doc.defaultView);
  const results = anchorAll(
    doc,
    highlights.map((h) => h.target),
  );
  const unplaced: PaintReport['unplaced'] = [];
  const ranges = new Map<string, Range>();
  const byColor = new Map<HighlightColor, Range[]>();
  highlights.forEach((highlight, i) => {
    const result = results[i]!;
    if (!result.placed) {
      unplaced.push({ id: highlight.id, reason: result.reason });
      return;
    }
    const range = toRange(doc, result.bounds);
    ranges.set(highlight.id, range);
    byColor.set(highlight.color, [...(byColor.get(highlight.color) ?? []), range]);
  });
  if (!found) return { supported: false, unplaced, ranges };
  for (const color of HIGHLIGHT_COLORS) {
    const list = byColor.get(color);
    if (list) found.registry.set(highlightName(color), new found.Paint(...list));
    else found.registry.delete(highlightName(color));
  }
  return { supported: true, unplaced, ranges };
}
