import { useState } from 'react';
import { ErrorNotice } from '@/components/ErrorNotice';
import { useAction } from '@/components/use-action';
import { t } from '@/lib/i18n';
import type { MessageKey } from '@/lib/i18n/catalog';
import { sendMessage } from '@/lib/messaging';
import { BatchHistory } from './BatchHistory';
import { HistoryItem } from './HistoryItem';
import {
  filterCounts,
  HISTORY_FILTERS,
  inFilter,
  retryAllIds,
  type HistoryFilter,
} from './history-filter';
import { Section } from './Section';
import { useTargetsStore } from './stores';
import { useHistory } from './use-history';

const FILTER_LABELS: Record<HistoryFilter, MessageKey> = {
  all: 'optHistoryFilterAll',
  attention: 'optHistoryFilterAttention',
  waiting: 'optHistoryFilterWaiting',
  saved: 'optHistoryFilterSaved',
};

/**
 * What happened to captures, newest first, with what can be done about failed ones: a
 * view per state (the counts on the buttons), and one button that retries every capture
 * that needs attention.
 */
export function HistorySection() {
  const { entries, failure } = useHistory();
  const targets = useTargetsStore((s) => s.value);
  const [filter, setFilter] = useState<HistoryFilter>('all');
  const [retried, setRetried] = useState<number | null>(null);
  // One at a time, oldest first: each retry is the queue's own claim on its capture.
  const retryAll = useAction(async (ids: string[]) => {
    for (const jobId of ids) await sendMessage('retryCapture', { jobId });
    return ids.length;
  });
  const counts = entries ? filterCounts(entries) : null;
  const retryIds = entries ? retryAllIds(entries) : [];
  const shown = entries?.filter((entry) => inFilter(entry, filter)) ?? [];
  return (
    <Section id="history" title={t('optHistoryHeading')} intro={t('optHistoryIntro')}>
      {failure && <ErrorNotice failure={failure} />}
      <BatchHistory />
      {entries === null ? (
        !failure && <p className="muted">{t('optLoading')}</p>
      ) : entries.length === 0 ? (
        <p className="muted">{t('optHistoryEmpty')}</p>
      ) : (
        <>
          <div className="history-tools">
            <div className="filters" role="group" aria-label={t('optHistoryFilterLabel')}>
              {HISTORY_FILTERS.map((name) => (
                <button
                  key={name}
                  type="button"
                  className="filter"
                  aria-pressed={filter === name}
                  onClick={() => setFilter(name)}
                >
                  {t(FILTER_LABELS[name], { count: counts![name] })}
                </button>
              ))}
            </div>
            {retryIds.length > 0 && (
              <button
                type="button"
                className="primary"
                disabled={retryAll.pending}
                onClick={() => {
                  setRetried(null);
                  void retryAll.perform(retryIds).then((count) => {
                    if (count !== undefined) setRetried(count);
                  });
                }}
              >
                {t('optRetryAll', { count: retryIds.length })}
              </button>
            )}
          </div>
          <p role="status" className="muted small">
            {retried !== null && t('optRetryAllDone', { count: retried })}
          </p>
          {retryAll.failure && (
            <ErrorNotice failure={retryAll.failure} onDismiss={retryAll.clearFailure} />
          )}
          {shown.length === 0 ? (
            <p className="muted">{t('optHistoryFilterEmpty')}</p>
          ) : (
            <ol className="cards" aria-label={t('optHistoryHeading')}>
              {shown.map((entry) => (
                <HistoryItem
                  key={entry.id}
                  entry={entry}
                  target={targets.find((x) => x.id === entry.targetId) ?? null}
                />
              ))}
            </ol>
          )}
        </>
      )}
    </Section>
  );
}
