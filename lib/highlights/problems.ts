/**
 * The Problems a person can meet when making or changing a highlight, from the reason
 * codes of the pure core. Each code has a title, a detail and an action in English and
 * Korean (`lib/i18n/messages/highlights.ts`).
 */
import { Problem } from '../problems';
import type { DescribeRefusal } from './describe';
import { MAX_QUOTE_LENGTH } from './anchoring/policy';

export const HIGHLIGHT_PROBLEM_CODES = [
  'HighlightEmpty',
  'HighlightInField',
  'HighlightInDrawing',
  'HighlightTooLong',
  'HighlightPageChanged',
  'HighlightNotOnPage',
  'HighlightRepeated',
  'HighlightLimitReached',
  'HighlightGone',
] as const;

export type HighlightProblemCode = (typeof HIGHLIGHT_PROBLEM_CODES)[number];

const BY_REFUSAL: Record<DescribeRefusal, HighlightProblemCode> = {
  empty: 'HighlightEmpty',
  form_field: 'HighlightInField',
  svg: 'HighlightInDrawing',
  too_long: 'HighlightTooLong',
  detached: 'HighlightPageChanged',
  not_on_page: 'HighlightNotOnPage',
  repeated: 'HighlightRepeated',
};

/** The Problem for a selection `describe` or `describeQuote` refused. */
export function refusalProblem(reason: DescribeRefusal): Problem {
  const code = BY_REFUSAL[reason];
  const params: Record<string, string> =
    code === 'HighlightTooLong' ? { limit: String(MAX_QUOTE_LENGTH) } : {};
  return new Problem(code, params, `highlight refused: ${reason}`);
}
