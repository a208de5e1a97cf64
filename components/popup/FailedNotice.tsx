import { useEffect, useRef } from 'react';
import { browser } from 'wxt/browser';
import { t } from '@/lib/i18n';
import type { CaptureRemedy, CaptureStatusView } from '@/lib/messaging';
import type { Target } from '@/lib/notion/types';
import { openConnections, retryNow, targetAddress } from './follow-up';
import { useSession } from './session';
import { focusIfLost } from './focus';
import { useConnectionsStore } from './stores';

/** Where an integration's capabilities are ticked (a fixed Notion address). */
const INTEGRATION_SETTINGS = 'https://www.notion.so/profile/integrations';

/**
 * A capture that is not saved, in one notice: that it is not, why, what to do, and the
 * one button that does it. A refused secret is never "tried again": it waits for a new
 * one, so its button replaces the secret instead of retrying. When the connection doctor
 * looked (a failure of the token, a capability or access), its problems take the place
 * of the failure's sentences: it knows which target, and what the person can do.
 */
export function FailedNotice({
  view,
  remedy,
  target,
}: {
  view: CaptureStatusView;
  remedy: CaptureRemedy;
  target: Target;
}) {
  const followUp = useSession((s) => s.followUp);
  const action = useRef<HTMLButtonElement>(null);
  // The Save button went away: the keyboard lands on what to do now.
  useEffect(() => focusIfLost(action.current), [remedy]);
  const failure = view.failure;
  const address = remedy === 'open_target' ? targetAddress(target) : null;
  // A personal access token is a "token" to the person who made it, not a "secret".
  const personal = useConnectionsStore(
    (s) => s.value.find((c) => c.id === target.connectionId)?.kind === 'personal',
  );
  const diagnosis = view.diagnosis;
  const problems = diagnosis?.problems ?? [];
  return (
    <div className="notice notice-error" role="alert">
      <p className="notice-title save-status save-needs_attention">
        {t(
          remedy !== 'replace_secret'
            ? 'popupStatusNeedsAttention'
            : personal
              ? 'docStatusNeedsToken'
              : 'popupStatusNeedsSecret',
          { target: view.targetTitle },
        )}
      </p>
      {problems.length > 0 ? (
        <ul className="notice-findings" aria-label={t('docAutoChecked')}>
          {problems.map((problem, index) => (
            <li key={index}>
              <span className="notice-cause">{problem.text}</span>
              {problem.fix && <span className="notice-action"> {problem.fix}</span>}
            </li>
          ))}
        </ul>
      ) : (
        <>
          {failure && <p className="notice-cause">{failure.title}</p>}
          {failure?.detail && <p>{failure.detail}</p>}
          {failure?.action && <p className="notice-action">{failure.action}</p>}
        </>
      )}
      {diagnosis?.pending && <p className="muted">{t('docAutoChecking')}</p>}
      {followUp.failure && (
        <p className="notice-cause">
          {followUp.failure.title} {followUp.failure.action}
        </p>
      )}
      <p className="notice-buttons">
        {remedy === 'retry' && (
          <button
            ref={action}
            type="button"
            className="primary"
            disabled={followUp.busy}
            onClick={() => void retryNow()}
          >
            {t(followUp.busy ? 'popupRetrying' : 'popupRetry')}
          </button>
        )}
        {remedy === 'replace_secret' && (
          <button ref={action} type="button" className="primary" onClick={openConnections}>
            {t(personal ? 'docActionReplaceToken' : 'popupReplaceSecret')}
          </button>
        )}
        {remedy === 'open_token_settings' && (
          <button
            ref={action}
            type="button"
            className="primary"
            onClick={() => void browser.tabs.create({ url: INTEGRATION_SETTINGS })}
          >
            {t('docActionTokenSettings')}
          </button>
        )}
        {remedy === 'open_target' && address && (
          <button
            ref={action}
            type="button"
            className="primary"
            onClick={() => void browser.tabs.create({ url: address })}
          >
            {t('popupOpenTarget', { target: target.title })}
          </button>
        )}
        {remedy === 'open_target' && (
          <button type="button" disabled={followUp.busy} onClick={() => void retryNow()}>
            {t('popupRetry')}
          </button>
        )}
      </p>
      {failure?.raw && (
        <details>
          <summary>{t('uiDetails')}</summary>
          <code className="notice-raw">{failure.raw}</code>
        </details>
      )}
    </div>
  );
}
