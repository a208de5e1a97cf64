import { useEffect, useRef } from 'react';
import { ErrorNotice } from '@/components/ErrorNotice';
import { t } from '@/lib/i18n';
import type { Target } from '@/lib/notion/types';
import { AlreadySaved, useExisting } from './AlreadySaved';
import { FailedNotice } from './FailedNotice';
import { useNow, useOnline } from './live';
import { saveStage, waitSentence, type SaveStage } from './save-stage';
import { useSession } from './session';
import { focusIfLost } from './focus';

/** Mac keyboards save from a note with ⌘+Enter, others with Ctrl+Enter. */
const isMac = /Mac|iPhone|iPad/.test(navigator.platform);

/** Where the save stands, as the popup shows it. */
export function useSaveStage(): SaveStage {
  const save = useSession((s) => s.save);
  return saveStage(save, useOnline());
}

/**
 * The save button and what became of the save until it is saved: handed to the queue,
 * on its way, waiting (with the reason and the time, in amber), or not saved with one
 * notice and its one action. Field errors are counted here; those of properties not on
 * screen are spelled out. The saved capture is `SavedView`'s.
 */
export function SaveBar({
  target,
  canSave,
  offscreenErrors,
}: {
  target: Target | null;
  canSave: boolean;
  /** Errors of properties the form does not show, as sentences. */
  offscreenErrors: string[];
}) {
  const save = useSession((s) => s.save);
  const stage = useSaveStage();
  const errorCount = useSession((s) => Object.keys(s.fieldErrors).length);
  const existing = useExisting(target);
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
      {stage.stage === 'ready' && save.phase === 'failed' && <ErrorNotice failure={save.failure} />}
      {stage.stage === 'ready' && existing && <AlreadySaved existing={existing} />}
      {stage.stage === 'failed' && target && (
        <FailedNotice view={stage.view} remedy={stage.remedy} target={target} />
      )}
      {stage.stage === 'ready' ? (
        <div className="save-row">
          <button type="submit" className="primary" disabled={!canSave}>
            {t(existing ? 'popupSaveAgain' : 'popupSave')}
          </button>
          <span className="hint muted">{t(isMac ? 'popupSaveHintMac' : 'popupSaveHint')}</span>
        </div>
      ) : (
        stage.stage !== 'failed' && <SaveStatus stage={stage} />
      )}
    </div>
  );
}

function progressText(stage: SaveStage, now: number): string {
  if (stage.stage === 'waiting') {
    const { key, params } = waitSentence(stage.wait, now);
    return t(key, { ...params, target: stage.view?.targetTitle ?? '' });
  }
  if (stage.stage !== 'progress' || !stage.view) return t('popupStatusSending');
  switch (stage.view.status) {
    case 'saving':
      return t('popupStatusSaving');
    case 'waiting':
      return t('popupStatusWaiting');
    case 'discarded':
      return t('popupStatusDiscarded');
    default:
      return t('popupStatusQueued');
  }
}

/** The save on its way; the Save button is gone, so the focus comes here. */
function SaveStatus({ stage }: { stage: SaveStage }) {
  const box = useRef<HTMLParagraphElement>(null);
  const waiting = stage.stage === 'waiting';
  // A countdown only while Notion's pause or a backoff has a known end.
  const now = useNow(waiting && stage.wait.until !== null);
  useEffect(() => focusIfLost(box.current));
  const status = waiting
    ? 'waiting'
    : stage.stage === 'progress'
      ? (stage.view?.status ?? 'sending')
      : '';
  return (
    <p ref={box} tabIndex={-1} role="status" className={`save-status save-${status}`}>
      {progressText(stage, now)}
    </p>
  );
}
