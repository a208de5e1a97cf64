import { ErrorNotice } from '@/components/ErrorNotice';
import { t } from '@/lib/i18n';
import type { CaptureStatusView } from '@/lib/messaging';
import { useSession, type SaveState } from './session';

/** Mac keyboards save from a note with ⌘+Enter, others with Ctrl+Enter. */
const isMac = /Mac|iPhone|iPad/.test(navigator.platform);

/**
 * The save button and what became of the save: queued, saving, saved with a link to
 * the page, or the failure in words with what to do. Field errors are counted here;
 * those of properties not on screen are spelled out.
 */
export function SaveBar({
  canSave,
  offscreenErrors,
}: {
  canSave: boolean;
  /** Errors of properties the form does not show, as sentences. */
  offscreenErrors: string[];
}) {
  const save = useSession((s) => s.save);
  const errorCount = useSession((s) => Object.keys(s.fieldErrors).length);
  const settled = save.phase === 'idle' || save.phase === 'failed';
  return (
    <div className="save-bar">
      {errorCount > 0 && (
        <div className="field-error" role="alert">
          <p>{t('popupFieldErrors', { count: errorCount })}</p>
          {offscreenErrors.map((text) => (
            <p key={text}>{text}</p>
          ))}
        </div>
      )}
      {save.phase === 'failed' && <ErrorNotice failure={save.failure} />}
      <div className="save-row">
        {settled && (
          <button type="submit" className="primary" disabled={!canSave}>
            {t('popupSave')}
          </button>
        )}
        <SaveStatus save={save} />
        {settled && (
          <span className="hint muted">{t(isMac ? 'popupSaveHintMac' : 'popupSaveHint')}</span>
        )}
      </div>
      {save.phase === 'tracking' && save.view?.failure && (
        <ErrorNotice failure={save.view.failure} />
      )}
    </div>
  );
}

function statusText(view: CaptureStatusView | null): string {
  if (!view) return t('popupStatusQueued');
  switch (view.status) {
    case 'queued':
      return t('popupStatusQueued');
    case 'saving':
      return t('popupStatusSaving');
    case 'waiting':
      return t('popupStatusWaiting');
    case 'saved':
      return t('popupStatusSaved', { target: view.targetTitle });
    case 'needs_attention':
      return t('popupStatusNeedsAttention', { target: view.targetTitle });
    case 'discarded':
      return t('popupStatusDiscarded');
  }
}

function SaveStatus({ save }: { save: SaveState }) {
  if (save.phase === 'idle' || save.phase === 'failed') return <span role="status" />;
  const view = save.phase === 'tracking' ? save.view : null;
  const text = save.phase === 'sending' ? t('popupStatusSending') : statusText(view);
  const link = view?.status === 'saved' && view.pageUrl && /^https?:\/\//.test(view.pageUrl);
  return (
    <span role="status" className={`save-status save-${view?.status ?? 'sending'}`}>
      {text}
      {link && (
        <>
          {' · '}
          <a href={view.pageUrl!} target="_blank" rel="noreferrer">
            {t('popupOpenInNotion')}
          </a>
        </>
      )}
      {view?.status === 'saved' && (
        <button type="button" className="link close" onClick={() => window.close()}>
          {t('popupClose')}
        </button>
      )}
    </span>
  );
}
