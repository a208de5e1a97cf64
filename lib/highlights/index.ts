/**
 * Highlights' pure core: what a highlight is (`model.ts`), how a selection becomes one
 * (`describe.ts`), how it is found again when the person comes back, on a page that may
 * have changed (`anchor.ts`, deciding in `locate.ts` by the rules of `policy.ts`), and
 * how a page's list of highlights changes (`page-highlights.ts`).
 *
 * It uses nothing of the browser but the DOM of the document it is given, so the same
 * code runs in the page and in unit tests under linkedom. The one file that reaches
 * extension storage, `store.ts`, is left out of this index for that reason.
 */
export { anchor, anchorAll, toRange, type AnchorResult } from './anchor';
export {
  describe,
  describeQuote,
  DESCRIBE_REFUSALS,
  type DescribeRefusal,
  type DescribeResult,
} from './describe';
export { MISS_REASONS, type AnchorMethod, type MissReason } from './anchoring/locate';
export {
  createHighlight,
  HIGHLIGHT_COLORS,
  HIGHLIGHTS_VERSION,
  type Highlight,
  type HighlightColor,
  type HighlightTarget,
  type PageHighlights,
  type TextPositionSelector,
  type TextQuoteSelector,
} from './model';
export {
  MAX_HIGHLIGHTS_PER_PAGE,
  withEdit,
  withHighlight,
  withoutHighlight,
  type HighlightEdit,
} from './stored/page-highlights';
export { highlightPageUrl } from './stored/page-url';
export { refusalProblem, type HighlightProblemCode } from './problems';
export { indexText, type TextIndex } from './text/text-index';
export type { TextBounds } from './text/text-map';
