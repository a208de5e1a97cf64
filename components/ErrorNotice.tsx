import type { DescribedFailure } from '@/lib/messaging';
import { t } from '@/lib/i18n';

/**
 * A failure as people read it: what happened, why, what to do — and the raw detail one
 * click away, for bug reports. Announced to screen readers as an alert.
 */
export function ErrorNotice({
  failure,
  onDismiss,
}: {
  failure: DescribedFailure;
  onDismiss?: () => void;
}) {
  return (
    <div className="notice notice-error" role="alert">
      <p className="notice-title">{failure.title}</p>
      {failure.detail && <p>{failure.detail}</p>}
      {failure.action && <p className="notice-action">{failure.action}</p>}
      {failure.raw && (
        <details>
          <summary>{t('uiDetails')}</summary>
          <code className="notice-raw">{failure.raw}</code>
        </details>
      )}
      {onDismiss && (
        <button type="button" className="link" onClick={onDismiss}>
          {t('uiDismiss')}
        </button>
      )}
    </div>
  );
}
