import { ErrorNotice } from '@/components/ErrorNotice';
import { t } from '@/lib/i18n';
import { HistoryItem } from './HistoryItem';
import { Section } from './Section';
import { useTargetsStore } from './stores';
import { useHistory } from './use-history';

/** What happened to captures, newest first, with what can be done about failed ones. */
export function HistorySection() {
  const { entries, failure } = useHistory();
  const targets = useTargetsStore((s) => s.value);
  return (
    <Section id="history" title={t('optHistoryHeading')} intro={t('optHistoryIntro')}>
      {failure && <ErrorNotice failure={failure} />}
      {entries === null ? (
        !failure && <p className="muted">{t('optLoading')}</p>
      ) : entries.length === 0 ? (
        <p className="muted">{t('optHistoryEmpty')}</p>
      ) : (
        <ol className="cards" aria-label={t('optHistoryHeading')}>
          {entries.map((entry) => (
            <HistoryItem
              key={entry.id}
              entry={entry}
              target={targets.find((x) => x.id === entry.targetId) ?? null}
            />
          ))}
        </ol>
      )}
    </Section>
  );
}
