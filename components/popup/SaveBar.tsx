import { useEffect, useRef, useSyncExternalStore } from 'react';
import { ErrorNotice } from '@/components/ErrorNotice';
import { t } from '@/lib/i18n';
import type { CaptureStatusView, DescribedFailure } from '@/lib/messaging';
import { isNotionPageUrl } from '@/lib/notion/api/notion-url';
import { useSession, type SaveState } from './session';

/** Mac keyboards save from a note with ⌘+Enter, others with Ctrl+Enter. */
const isMac = /Mac|iPhone|iPad/.test(navigator.platform);

function subscribeOnline(changed: () => void): () => void {
  addEventListener('online', changed);
  addEventListener('offline', changed);
  return () => {
    removeEventListener('online', changed);
    removeEventListener('offline', changed);
  };
}

/** Whether the browser has a network, following it as it changes. */
function useOnline(): boolean {
  return useSyncExternalStore(subscribeOnline, () => navigator.onLine);
}

/**
 * Why a capture that is not saved yet waits: the queue's own failure, else — when the
 * browser is offline, which keeps the queue from even trying — the offline sentence.
 */
function waitingFailure(view: CaptureStatusView | null, online: boolean): DescribedFailure | null {
  if (view?.failure) return view.failure;
  if (online || (view && view.status !== 'queued' && view.status !== 'waiting')) return null;
  return {
    title: t('errOfflineTitle'),
    detail: t('errOfflineDetail'),
    action: t('errOfflineAction'),
  };
}

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
  const online = useOnline();
  const waiting = save.phase === 'tracking' ? waitingFailure(save.view, online) : null;
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
        <SaveStatus save={save} offline={!online} />
        {settled && (
          <span className="hint muted">{t(isMac ? 'popupSaveHintMac' : 'popupSaveHint')}</span>
        )}
      </div>
      {waiting && <ErrorNotice failure={waiting} />}
    </div>
  );
}

function statusText(view: CaptureStatusView | null, offline: boolean): string {
  if (!view) return t('popupStatusQueued');
  switch (view.status) {
    case 'queued':
      // Offline, the queue does not try: the capture waits for the network.
      return t(offline ? 'popupStatusWaiting' : 'popupStatusQueued');
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

/**
 * Keeps the keyboard focus in the popup: the Save button goes away while saving, so the
 * focus moves to the status; once saved, to the link that opens the page.
 */
function useStatusFocus(status: string, hasLink: boolean) {
  const box = useRef<HTMLSpanElement>(null);
  const link = useRef<HTMLAnchorElement>(null);
  useEffect(() => {
    const lost = document.activeElement === document.body || document.activeElement === null;
    if (hasLink && (lost || box.current?.contains(document.activeElement))) link.current?.focus();
    else if (lost) box.current?.focus();
  }, [status, hasLink]);
  return { box, link };
}

function SaveStatus({ save, offline }: { save: SaveState; offline: boolean }) {
  const view = save.phase === 'tracking' ? save.view : null;
  // Only a Notion page is linked: the address comes from Notion's answer.
  const link = view?.status === 'saved' && isNotionPageUrl(view.pageUrl);
  const { box, link: linkRef } = useStatusFocus(`${save.phase} ${view?.status}`, Boolean(link));
  if (save.phase === 'idle' || save.phase === 'failed') return <span role="status" />;
  const text = save.phase === 'sending' ? t('popupStatusSending') : statusText(view, offline);
  return (
    <span
      ref={box}
      tabIndex={-1}
      role="status"
      className={`save-status save-${view?.status ?? 'sending'}`}
    >
      {text}
      {link && (
        <>
          {' · '}
          <a ref={linkRef} href={view.pageUrl!} target="_blank" rel="noreferrer">
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
