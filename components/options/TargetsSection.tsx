import { t } from '@/lib/i18n';
import { AddTargets } from './AddTargets';
import { Section } from './Section';
import { useConnectionsStore } from './stores';
import { TargetList } from './TargetList';

/** Where captures go: the targets in order, and the ways to add more. */
export function TargetsSection() {
  const connections = useConnectionsStore((s) => s.value);
  return (
    <Section id="targets" title={t('optTargetsHeading')} intro={t('optTargetsIntro')}>
      <TargetList connections={connections} />
      {connections.length === 0 ? (
        <p className="warn">{t('optConnectFirst')}</p>
      ) : (
        <AddTargets connections={connections} />
      )}
    </Section>
  );
}
