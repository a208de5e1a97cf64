import { useEffect, useState } from 'react';
import { BehaviourSection } from '@/components/options/BehaviourSection';
import { ConnectionsSection } from '@/components/options/ConnectionsSection';
import { ExportImportSection } from '@/components/options/ExportImportSection';
import { HighlightsSection } from '@/components/options/HighlightsSection';
import { HistorySection } from '@/components/options/HistorySection';
import { RulesSection } from '@/components/options/rules/RulesSection';
import { ShortcutsSection } from '@/components/options/ShortcutsSection';
import { TargetsSection } from '@/components/options/TargetsSection';
import { currentLocale, t } from '@/lib/i18n';

const SECTIONS = [
  ['connections', 'optConnectionsHeading'],
  ['targets', 'optTargetsHeading'],
  ['rules', 'rulesHeading'],
  ['behaviour', 'optBehaviourHeading'],
  ['shortcuts', 'optShortcutsHeading'],
  ['history', 'optHistoryHeading'],
  ['highlights', 'optHighlightsHeading'],
  ['export', 'optExportHeading'],
] as const;

/**
 * The section most in view, followed as the page scrolls: the sticky section list marks
 * it, so a person always sees where they are on a long page.
 */
function useCurrentSection(): string {
  const [current, setCurrent] = useState<string>(SECTIONS[0][0]);
  useEffect(() => {
    const visible = new Map<string, number>();
    const observer = new IntersectionObserver(
      (changes) => {
        for (const change of changes) visible.set(change.target.id, change.intersectionRatio);
        const top = SECTIONS.map(([id]) => id).find((id) => (visible.get(id) ?? 0) > 0);
        if (top) setCurrent(top);
      },
      // The band under the sticky list, where a person reads.
      { rootMargin: '-15% 0px -55% 0px', threshold: [0, 0.01] },
    );
    for (const [id] of SECTIONS) {
      const section = document.getElementById(id);
      if (section) observer.observe(section);
    }
    return () => observer.disconnect();
  }, []);
  return current;
}

/** The options page: one narrow column of sections under a sticky list of them. */
export function OptionsApp() {
  const current = useCurrentSection();
  return (
    <div className="options">
      <header>
        <h1>{t('optPageTitle')}</h1>
      </header>
      {/* Outside the header: a sticky element sticks only within its parent. */}
      <nav aria-label={t('optNavLabel')} className="toc-bar">
        <ul className="toc">
          {SECTIONS.map(([id, key]) => (
            <li key={id}>
              <a href={`#${id}`} aria-current={current === id ? 'location' : undefined}>
                {t(key)}
              </a>
            </li>
          ))}
        </ul>
      </nav>
      <main>
        <ConnectionsSection />
        <TargetsSection />
        <RulesSection />
        <BehaviourSection />
        <ShortcutsSection />
        <HistorySection />
        <HighlightsSection />
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
