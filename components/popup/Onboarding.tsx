import { browser } from 'wxt/browser';
import { ConnectForm } from '@/components/connect/ConnectForm';
import { PlaceList } from '@/components/connect/PlaceList';
import { t } from '@/lib/i18n';
import type { Connection } from '@/lib/notion/types';

/** The options page, for what the card leaves out (pasting addresses, a second connection). */
function openOptions() {
  // The popup closes once the options page is open: it has done its part.
  void browser.runtime.openOptionsPage().then(() => window.close());
}

/**
 * Before the first capture, inline: paste a token (connecting checks it with Notion),
 * then pick from what it sees with one click. Once a target exists the popup shows the
 * capture panel in its place, so the next click saves. Nothing needs the options page.
 */
export function Onboarding({
  step,
  connection,
}: {
  step: 'connect' | 'target';
  /** The connection to list places of (the target step). */
  connection?: Connection;
}) {
  const connect = step === 'connect';
  return (
    <section className="onboarding" aria-labelledby="onboarding-title">
      <h1 id="onboarding-title">{t(connect ? 'popupWelcomeTitle' : 'popupNoTargetTitle')}</h1>
      <p>{t(connect ? 'popupWelcomeBody' : 'popupNoTargetBody')}</p>
      {connect ? (
        // The stores follow storage: the new connection moves the card to the next step.
        <ConnectForm idPrefix="onboarding" labelledBy="onboarding-title" autoFocus />
      ) : (
        connection && (
          <PlaceList connection={connection} idPrefix="onboarding-places" titled={false} />
        )
      )}
      <button
        type="button"
        className={connect ? 'link' : 'primary'}
        autoFocus={!connect}
        onClick={openOptions}
      >
        {t(connect ? 'popupOpenOptions' : 'popupNoTargetAction')}
      </button>
    </section>
  );
}
