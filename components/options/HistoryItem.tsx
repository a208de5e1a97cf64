import { useState } from 'react';
import { ErrorNotice } from '@/components/ErrorNotice';
import { useAction } from '@/components/use-action';
import { currentLocale, t, type MessageKey } from '@/lib/i18n';
import { sendMessage, type HistoryView } from '@/lib/messaging';
import { isNotionPageUrl } from '@/lib/notion/api/notion-url';
import type { Target } from '@/lib/notion/types';
import { EditRetryForm } from './EditRetryForm';

const STATUS_KEYS: Record<HistoryView['status'], MessageKey> = {
  queued: 'optStatusQueued',
  saving: 'optStatusSaving',
  waiting: 'optStatusWaiting',
  saved: 'optStatusSaved',
  needs_attention: 'optStatusNeedsAttention',
  discarded: 'optStatusDiscarded',
  undone: 'optStatusUndone',
};

const MODE_KEYS: Record<HistoryView['mode'], MessageKey> = {
  bookmark: 'optModeNameBookmark',
  article: 'optModeNameArticle',
  selection: 'optModeNameSelection',
  link: 'optModeNameLink',
  image: 'optModeNameImage',
  screenshot: 'optModeNameScreenshot',
};

// Only web addresses become links: a stored address is data, never a script to run.
const isWeb = (url: string | null): url is string => !!url && /^https?:\/\//i.test(url);

/**
 * One capture: what, where, when and how it stands. A failed one shows its sentence
 * (not announced on load: the list is history, not news) and can be retried, edited
 * and retried, or discarded.
 */
export function HistoryItem({ entry, target }: { entry: HistoryView; target: Target | null }) {
  const [editing, setEditing] = useState(false);
  const act = useAction((run: () => Promise<unknown>) => run());
  const inOutbox = ['queued', 'waiting', 'needs_attention'].includes(entry.status);
  const failed = entry.status === 'needs_attention';
  // A page's title, or a database row's title property, can be changed before a retry.
  const editable = failed && target !== undefined;
  const title = entry.title || entry.sourceUrl;
  const when = new Date(entry.createdAt);

  return (
    <li className={`card history history-${entry.status}`} aria-label={title}>
      <div className="card-head">
        <strong className="card-title">{title}</strong>
        <span className={`badge status-${entry.status}`}>{t(STATUS_KEYS[entry.status])}</span>
      </div>
      <p className="muted small">
        {t(MODE_KEYS[entry.mode])} · {t('optHistoryInto', { target: entry.targetTitle })} ·{' '}
        <time dateTime={when.toISOString()}>
          {new Intl.DateTimeFormat(currentLocale(), {
            dateStyle: 'medium',
            timeStyle: 'short',
          }).format(when)}
        </time>
      </p>
      {entry.imagesNotCopied ? (
        <p className="muted small">
          {t('optHistoryImagesNotCopied', { count: entry.imagesNotCopied })}
        </p>
      ) : null}
      {entry.pdfNotCopied ? <p className="muted small">{t('optHistoryPdfNotCopied')}</p> : null}
      {entry.imagesBlocked ? (
        <p className="muted small">
          {t('optHistoryImagesBlocked', { count: entry.imagesBlocked })}
        </p>
      ) : null}
      <p className="actions">
        {isNotionPageUrl(entry.pageUrl) && (
          <a href={entry.pageUrl} target="_blank" rel="noreferrer">
            {t('optOpenInNotion')}
          </a>
        )}
        {isWeb(entry.sourceUrl) && (
          <a href={entry.sourceUrl} target="_blank" rel="noreferrer" className="muted">
            {t('optHistorySource')}
          </a>
        )}
      </p>
      {entry.failure && entry.status !== 'saved' && (
        <div className="notice notice-error">
          <p className="notice-title">{entry.failure.title}</p>
          {entry.failure.detail && <p>{entry.failure.detail}</p>}
          {entry.failure.action && <p className="notice-action">{entry.failure.action}</p>}
          {entry.failure.raw && (
            <details>
              <summary>{t('uiDetails')}</summary>
              <code className="notice-raw">{entry.failure.raw}</code>
            </details>
          )}
        </div>
      )}
      {editing && (
        <EditRetryForm
          entry={entry}
          onDone={() => setEditing(false)}
          onCancel={() => setEditing(false)}
        />
      )}
      {inOutbox && !editing && (
        <div className="actions">
          {entry.status !== 'queued' && (
            <button
              type="button"
              className="primary"
              aria-label={t('optRetryNamed', { name: title })}
              disabled={act.pending}
              onClick={() =>
                void act.perform(() => sendMessage('retryCapture', { jobId: entry.id }))
              }
            >
              {t('optRetry')}
            </button>
          )}
          {editable && (
            <button
              type="button"
              aria-label={t('optEditRetryNamed', { name: title })}
              onClick={() => setEditing(true)}
            >
              {t('optEditRetry')}
            </button>
          )}
          <button
            type="button"
            aria-label={t('optDiscardNamed', { name: title })}
            disabled={act.pending}
            onClick={() =>
              void act.perform(() => sendMessage('discardCapture', { jobId: entry.id }))
            }
          >
            {t('optDiscard')}
          </button>
        </div>
      )}
      {act.failure && <ErrorNotice failure={act.failure} onDismiss={act.clearFailure} />}
    </li>
  );
}
