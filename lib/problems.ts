/**
 * The extension's own failures — not Notion's — as typed errors with sentences. The
 * background throws them; the protocol carries the description to the page.
 */
import { currentLocale, translate, type Locale, type MessageKey } from './i18n';
import type { DescribedFailure } from './messaging';
import type { HighlightProblemCode } from './highlights/problems';

export type ProblemCode =
  | 'TargetMissing'
  | 'ConnectionMissing'
  | 'NoTarget'
  | 'NotADatabase'
  | 'PageNotCapturable'
  | 'NothingSelected'
  | 'StorageFull'
  | 'ScreenshotTooLarge'
  | 'CaptureTooLarge'
  | 'CaptureGone'
  | 'CaptureBusy'
  | 'CaptureAlreadyCreated'
  | 'CaptureOutcomeUnknown'
  | 'UndoDone'
  | 'UndoNotSaved'
  | 'UndoAppended'
  | 'UndoTooLate'
  | 'InvalidValues'
  | 'ImportInvalid'
  | 'RuleInvalid'
  | 'BackgroundUnreachable'
  | 'Unexpected'
  | HighlightProblemCode;

export class Problem extends Error {
  override readonly name = 'Problem';
  constructor(
    readonly code: ProblemCode,
    readonly params: Record<string, string> = {},
    detail?: string,
  ) {
    super(detail ?? code);
  }
}

/** The sentence for a problem, in the locale asked for. */
export function describeProblem(
  problem: Problem,
  locale: Locale = currentLocale(),
): DescribedFailure {
  const key = (part: 'Title' | 'Detail' | 'Action') =>
    `problem${problem.code}${part}` as MessageKey;
  return {
    title: translate(locale, key('Title'), problem.params),
    detail: translate(locale, key('Detail'), problem.params),
    action: translate(locale, key('Action'), problem.params),
    raw: problem.message,
  };
}
