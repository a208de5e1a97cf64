import { t } from '@/lib/i18n';
import { Section } from './Section';

/**
 * What happened to captures. The durable queue that records them is not part of the
 * extension yet; until it is, this section says where captures go instead.
 */
export function HistorySection() {
  return (
    <Section id="history" title={t('optHistoryHeading')}>
      <p className="muted">{t('optHistoryPending')}</p>
    </Section>
  );
}
