import { useEffect, useState } from 'react';
import { browser, type Browser } from 'wxt/browser';
import { browserFeatures } from '@/lib/platform/browser-features';
import { t } from '@/lib/i18n';
import { Section } from './Section';

const CHROME_SHORTCUTS = 'chrome://extensions/shortcuts';

// Firefox 137+ opens its shortcut manager for us; older Firefox and Chrome do not have it.
type Commands = typeof browser.commands & { openShortcutSettings?: () => Promise<void> };

/** The current keyboard shortcuts, and where each browser lets people change them. */
export function ShortcutsSection() {
  const [commands, setCommands] = useState<Browser.commands.Command[] | null>(null);
  // Undefined in Firefox for Android, which has no shortcuts (nor context menus).
  const api = browserFeatures(browser).shortcuts ? (browser.commands as Commands) : null;
  useEffect(() => {
    if (api) void api.getAll().then(setCommands, () => setCommands([]));
  }, [api]);
  const isFirefox = import.meta.env.FIREFOX;

  if (!api) {
    return (
      <Section id="shortcuts" title={t('optShortcutsHeading')}>
        <p>{t('optShortcutsUnavailable')}</p>
      </Section>
    );
  }

  const open = () => {
    if (api.openShortcutSettings) void api.openShortcutSettings();
    // Chrome lets an extension open this one chrome:// page in a tab; Firefox refuses
    // about:addons, hence the written steps below.
    else void browser.tabs.create({ url: CHROME_SHORTCUTS });
  };

  return (
    <Section id="shortcuts" title={t('optShortcutsHeading')} intro={t('optShortcutsIntro')}>
      {commands === null ? (
        <p className="muted">{t('optLoading')}</p>
      ) : (
        <table className="shortcuts">
          <thead>
            <tr>
              <th scope="col">{t('optShortcutAction')}</th>
              <th scope="col">{t('optShortcutKeys')}</th>
            </tr>
          </thead>
          <tbody>
            {commands.map((c) => (
              <tr key={c.name}>
                <td>{c.name === '_execute_action' ? t('optOpenPopupCommand') : c.description}</td>
                <td>
                  {c.shortcut ? (
                    <kbd>{c.shortcut}</kbd>
                  ) : (
                    <span className="muted">{t('optNoShortcut')}</span>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <p>{t('optShortcutsHighlight')}</p>
      <p>{t('optShortcutSaveTabsNote')}</p>
      <p>
        {isFirefox ? t('optShortcutsFirefox') : t('optShortcutsChrome', { url: CHROME_SHORTCUTS })}
      </p>
      {(!isFirefox || api.openShortcutSettings) && (
        <button type="button" onClick={open}>
          {t('optOpenShortcuts')}
        </button>
      )}
    </Section>
  );
}
