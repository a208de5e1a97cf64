import { BehaviourSection } from '@/components/options/BehaviourSection';
import { ConnectionsSection } from '@/components/options/ConnectionsSection';
import { ExportImportSection } from '@/components/options/ExportImportSection';
import { HistorySection } from '@/components/options/HistorySection';
import { ShortcutsSection } from '@/components/options/ShortcutsSection';
import { TargetsSection } from '@/components/options/TargetsSection';
import { currentLocale, t } from '@/lib/i18n';

const SECTIONS = [
  ['connections', 'optConnectionsHeading'],
  ['targets', 'optTargetsHeading'],
  ['behaviour', 'optBehaviourHeading'],
  ['shortcuts', 'optShortcutsHeading'],
  ['history', 'optHistoryHeading'],
  ['export', 'optExportHeading'],
] as const;

/** The options page: one narrow column of sections, with a table of contents on top. */
export function OptionsApp() {
  return (
    <div className="options">
      <header>
        <h1>{t('optPageTitle')}</h1>
        <nav aria-label={t('optNavLabel')}>
          <ul className="toc">
            {SECTIONS.map(([id, key]) => (
              <li key={id}>
                <a href={`#${id}`}>{t(key)}</a>
              </li>
            ))}
          </ul>
        </nav>
      </header>
      <main>
        <ConnectionsSection />
        <TargetsSection />
        <BehaviourSection />
        <ShortcutsSection />
        <HistorySection />
        <ExportImportSection />
      </main>
      <footer className="muted">
        <a href={currentLocale() === 'ko' ? '/privacy-ko.html' : '/privacy.html'}>
          {t('optPrivacyLink')}
        </a>
      </footer>
    </div>
  );
}
