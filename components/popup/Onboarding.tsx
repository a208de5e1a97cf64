import { browser } from 'wxt/browser';
import { t } from '@/lib/i18n';

/**
 * Before the first capture: connect Notion, or pick where captures go. Both happen on
 * the options page, which has room for the steps.
 */
export function Onboarding({ step }: { step: 'connect' | 'target' }) {
  const connect = step === 'connect';
  return (
    <section className="onboarding" aria-labelledby="onboarding-title">
      <h1 id="onboarding-title">{t(connect ? 'popupWelcomeTitle' : 'popupNoTargetTitle')}</h1>
      <p>{t(connect ? 'popupWelcomeBody' : 'popupNoTargetBody')}</p>
      <button
        type="button"
        className="primary"
        autoFocus
        // The popup closes once the options page is open: it has done its part.
        onClick={() => void browser.runtime.openOptionsPage().then(() => window.close())}
      >
        {t(connect ? 'popupWelcomeAction' : 'popupNoTargetAction')}
      </button>
    </section>
  );
}
