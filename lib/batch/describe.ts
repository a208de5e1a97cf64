/**
 * A batch in words: its progress as one line ("12 of 30 saved, 3 skipped, 1 needs
 * attention") and, for each tab not saved, the sentence saying why and what to do.
 * Pure over the catalogs.
 */
import { translate, type Locale } from '../i18n';
import type { MessageKey } from '../i18n/catalog';
import type { BatchItem, FailedReason, NotCapturableReason } from './model';
import type { BatchProgress } from './progress';

/** "12 of 30 saved, 3 skipped, 1 needs attention, 2 can't be saved" (parts with none left out). */
export function progressLine(locale: Locale, progress: BatchProgress): string {
  const parts = [translate(locale, 'batchSaved', { saved: progress.saved, total: progress.total })];
  const skipped = progress.skipped + progress.alreadySaved;
  if (skipped > 0) parts.push(translate(locale, 'batchSkipped', { count: skipped }));
  if (progress.attention > 0)
    parts.push(translate(locale, 'batchAttention', { count: progress.attention }));
  if (progress.notCapturable > 0)
    parts.push(translate(locale, 'batchNotCapturable', { count: progress.notCapturable }));
  return parts.join(', ');
}

const NOT_CAPTURABLE: Record<NotCapturableReason, MessageKey> = {
  browser_page: 'batchWhyBrowserPage',
  local_file: 'batchWhyLocalFile',
  no_access: 'batchWhyNoAccess',
  discarded: 'batchWhyDiscarded',
};

const FAILED: Record<FailedReason, MessageKey> = {
  closed: 'batchWhyClosed',
  navigated: 'batchWhyNavigated',
  unreadable: 'batchWhyUnreadable',
  refused: 'batchWhyRefused',
};

/** The name a tab is listed under: its title, else its address, else "A tab". */
export function tabName(locale: Locale, item: Pick<BatchItem, 'title' | 'url'>): string {
  return item.title || item.url || translate(locale, 'batchUntitledTab');
}

/** Why this tab was not saved, as a sentence with what to do; null for any other tab. */
export function whyNotSaved(locale: Locale, item: BatchItem): string | null {
  const title = tabName(locale, item);
  const { state } = item;
  if (state.kind === 'not_capturable')
    return translate(locale, NOT_CAPTURABLE[state.why], { title });
  if (state.kind === 'failed')
    return translate(locale, FAILED[state.why], { title, detail: state.detail ?? '' });
  if (state.kind === 'skipped' && state.why === 'same_page')
    return translate(locale, 'batchWhySamePage', { title });
  return null;
}
