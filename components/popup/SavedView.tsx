import { useEffect, useRef, useState } from 'react';
import { t } from '@/lib/i18n';
import type { CaptureStatusView } from '@/lib/messaging';
import { isNotionPageUrl } from '@/lib/notion/api/notion-url';
import { UNDO_OFFER_MS } from '@/lib/queue/store/undo';
import { undoNow } from './follow-up';
import { useNow } from './live';
import { secondsLeft } from './save-stage';
import { useSession } from './session';
import { useTitle } from './use-popup-model';

/**
 * The saved capture, in place of the form (whose edits would no longer go anywhere):
 * where it went, the page to open, and for a few seconds an Undo that moves the new
 * page to the trash. Once undone, it says so.
 */
export function SavedView({ view }: { view: CaptureStatusView }) {
  const followUp = useSession((s) => s.followUp);
  const title = useTitle();
  // The offer runs from when the person first sees the capture saved.
  const [shownAt] = useState(() => Date.now());
  const undone = view.status === 'undone';
  const offering = view.undoable && !undone;
  const now = useNow(offering);
  const left = shownAt + UNDO_OFFER_MS - now;
  const link = !undone && isNotionPageUrl(view.pageUrl) ? view.pageUrl : null;
  const first = useRef<HTMLAnchorElement & HTMLButtonElement>(null);
  useEffect(() => first.current?.focus(), [undone]);
  return (
    <section className="saved-view" aria-labelledby="saved-heading">
      <div role="status">
        <h1 id="saved-heading" className={`save-status save-${view.status}`}>
          {undone ? t('popupStatusUndone') : t('popupStatusSaved', { target: view.targetTitle })}
        </h1>
      </div>
      {title && <p className="saved-title">{title}</p>}
      {undone && <p className="muted">{t('popupUndoneDetail')}</p>}
      {followUp.failure && (
        <div className="notice notice-error" role="alert">
          <p className="notice-title">{followUp.failure.title}</p>
          <p>{followUp.failure.detail}</p>
          <p className="notice-action">{followUp.failure.action}</p>
        </div>
      )}
      <p className="saved-actions">
        {link && (
          <a ref={first} className="button primary" href={link} target="_blank" rel="noreferrer">
            {t('popupOpenInNotion')}
          </a>
        )}
        {offering && (left > 0 || followUp.busy) && (
          <button
            type="button"
            disabled={followUp.busy}
            aria-describedby={left > 0 && !followUp.busy ? 'undo-hint' : undefined}
            onClick={() => void undoNow()}
          >
            {t(followUp.busy ? 'popupUndoing' : 'popupUndo')}
          </button>
        )}
        <button
          ref={link ? undefined : first}
          type="button"
          className="link"
          onClick={() => window.close()}
        >
          {t('popupClose')}
        </button>
      </p>
      {offering && left > 0 && !followUp.busy && (
        <p id="undo-hint" className="hint muted">
          {t('popupUndoHint', { seconds: secondsLeft(shownAt + UNDO_OFFER_MS, now) })}
        </p>
      )}
    </section>
  );
}
