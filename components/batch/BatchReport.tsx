import { currentLocale, t } from '@/lib/i18n';
import { progressLine, whyNotSaved } from '@/lib/batch/describe';
import { itemsToExplain } from '@/lib/batch/progress';
import type { BatchView } from './use-batches';

/**
 * One batch: which tabs, where it stands ("12 of 30 saved, 3 skipped, 1 needs
 * attention"), and each tab not saved with why. A live region: the counts move.
 */
export function BatchReport({ view, headingLevel }: { view: BatchView; headingLevel: 2 | 3 }) {
  const locale = currentLocale();
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  const explained = itemsToExplain(view.batch);
  return (
    <section className="batch-report" aria-label={t('batchHeading')}>
      <Heading className="batch-title">
        {t(view.batch.scope === 'selected' ? 'batchTitleSelected' : 'batchTitleWindow')}
        <span className="muted">
          {' · '}
          {new Date(view.batch.createdAt).toLocaleString(locale)}
        </span>
      </Heading>
      <p role="status" className="batch-progress">
        {progressLine(locale, view.progress)}
      </p>
      {explained.length > 0 && (
        <details>
          <summary>{t('batchWhyHeading')}</summary>
          <ul className="batch-why">
            {explained.map((item, i) => (
              <li key={`${item.tabId}-${i}`}>{whyNotSaved(locale, item)}</li>
            ))}
          </ul>
        </details>
      )}
    </section>
  );
}
