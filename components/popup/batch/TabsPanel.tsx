/**
 * "Save the selected tabs" / "Save all tabs in this window" in the popup: how many tabs,
 * as bookmarks or full articles, one button; then the batch's progress, the one
 * question about pages saved before, and the tabs not saved with why. Loaded lazily
 * (`TabsEntry`).
 */
import { useEffect, useState, type KeyboardEvent } from 'react';
import { browser } from 'wxt/browser';
import { BatchReport } from '@/components/batch/BatchReport';
import { useBatches } from '@/components/batch/use-batches';
import { ErrorNotice } from '@/components/ErrorNotice';
import { useAction } from '@/components/use-action';
import type { BatchMode, BatchScope } from '@/lib/batch/model';
import { t } from '@/lib/i18n';
import { sendMessage } from '@/lib/messaging';
import { IMAGE_ORIGINS } from '@/lib/save/image-access';

/** How many tabs each scope names, as the browser counts them now. */
function useTabCounts(windowId: number): Record<BatchScope, number> | null {
  const [counts, setCounts] = useState<Record<BatchScope, number> | null>(null);
  useEffect(() => {
    void Promise.all([
      browser.tabs.query({ windowId, highlighted: true }),
      browser.tabs.query({ windowId }),
    ]).then(([selected, all]) => setCounts({ selected: selected.length, window: all.length }));
  }, [windowId]);
  return counts;
}

/** The popup's form is around this panel: Enter here must not save the page. */
const keepKeys = (event: KeyboardEvent) => event.stopPropagation();

export default function TabsPanel({ windowId }: { windowId: number }) {
  const counts = useTabCounts(windowId);
  const [scope, setScope] = useState<BatchScope | null>(null);
  const [mode, setMode] = useState<BatchMode>('bookmark');
  const [batchId, setBatchId] = useState<string | null>(null);
  const views = useBatches();
  const start = useAction(async (asked: { scope: BatchScope; mode: BatchMode }) => {
    const { batchId } = await sendMessage('saveTabs', { ...asked, windowId });
    setBatchId(batchId);
  });
  const answer = useAction((id: string, saveAgain: boolean) =>
    sendMessage('answerBatchDuplicates', { batchId: id, saveAgain }),
  );
  if (!counts) return null;
  // Several tabs selected: those are meant; else the whole window.
  const chosen = scope ?? (counts.selected > 1 ? 'selected' : 'window');
  // This popup's batch; else the latest one while it goes on or waits for an answer
  // (started from the menu, or from a popup closed since).
  const latest = views?.[0];
  const view = batchId
    ? views?.find((v) => v.batch.id === batchId)
    : latest && (!latest.progress.done || latest.progress.alreadySaved > 0)
      ? latest
      : null;
  const held = view?.progress.alreadySaved ?? 0;

  const onStart = () => {
    // Asked inside the click (a prompt needs the gesture); refused, the tabs the
    // extension may not read are listed with why, and the others are saved.
    const asked = browser.permissions.request({ origins: IMAGE_ORIGINS }).catch(() => false);
    void asked.then(() => start.perform({ scope: chosen, mode }));
  };

  return (
    <div className="batch-panel" onKeyDown={keepKeys}>
      {!view ? (
        <>
          <fieldset className="batch-choice">
            <legend className="visually-hidden">{t('batchHeading')}</legend>
            {counts.selected > 1 && (
              <label>
                <input
                  type="radio"
                  name="batch-scope"
                  checked={chosen === 'selected'}
                  onChange={() => setScope('selected')}
                />
                {t('batchSelected', { count: counts.selected })}
              </label>
            )}
            <label>
              <input
                type="radio"
                name="batch-scope"
                checked={chosen === 'window'}
                onChange={() => setScope('window')}
              />
              {t('batchWindow', { count: counts.window })}
            </label>
          </fieldset>
          <fieldset className="batch-choice">
            <legend className="visually-hidden">{t('popupModeLabel')}</legend>
            {(['bookmark', 'article'] as const).map((m) => (
              <label key={m}>
                <input
                  type="radio"
                  name="batch-mode"
                  checked={mode === m}
                  onChange={() => setMode(m)}
                />
                {t(m === 'bookmark' ? 'batchAsBookmarks' : 'batchAsArticles')}
              </label>
            ))}
          </fieldset>
          <p className="muted">{t('batchAccessNote')}</p>
          {start.failure && <ErrorNotice failure={start.failure} />}
          <button type="button" className="primary" disabled={start.pending} onClick={onStart}>
            {t('batchStart')}
          </button>
        </>
      ) : (
        <>
          <BatchReport view={view} headingLevel={2} />
          {held > 0 && (
            <div className="notice notice-info" role="alert">
              <p className="notice-title">{t('batchAlreadySavedAsk', { count: held })}</p>
              {answer.failure && <ErrorNotice failure={answer.failure} />}
              <p className="batch-answer">
                <button
                  type="button"
                  disabled={answer.pending}
                  onClick={() => void answer.perform(view.batch.id, false)}
                >
                  {t('batchSkipThem', { count: held })}
                </button>
                <button
                  type="button"
                  disabled={answer.pending}
                  onClick={() => void answer.perform(view.batch.id, true)}
                >
                  {t('batchSaveAgain')}
                </button>
              </p>
            </div>
          )}
        </>
      )}
    </div>
  );
}
