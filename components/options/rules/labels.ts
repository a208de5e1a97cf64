/** How the rules editor names modes and patterns. */
import { t } from '@/lib/i18n';
import type { RuleCaptureMode, RulePattern } from '@/lib/rules/model';

export function modeName(mode: RuleCaptureMode | null): string {
  switch (mode) {
    case null:
      return t('rulesModeDefault');
    case 'bookmark':
      return t('optModeNameBookmark');
    case 'article':
      return t('optModeNameArticle');
    case 'selection':
      return t('optModeNameSelection');
    case 'screenshot':
      return t('optModeNameScreenshot');
  }
}

/** A pattern as one line: `example.com/news/**`, or the regular expression. */
export function patternText(pattern: RulePattern): string {
  if (pattern.kind === 'regex') return `/${pattern.pattern}/${pattern.ignoreCase ? 'i' : ''}`;
  return `${pattern.host}${pattern.path?.trim() ? pattern.path.trim() : ''}`;
}
