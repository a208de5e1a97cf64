import { t } from '@/lib/i18n';
import { AddDisclosure } from './AddDisclosure';
import { AddTargets } from './AddTargets';
import { Section } from './Section';
import { useConnectionsStore, useTargetsStore } from './stores';
import { TargetList } from './TargetList';

/** Where captures go: the targets in order, and the ways to add more (behind a button once one exists). */
export function TargetsSection() {
  const connections = useConnectionsStore((s) => s.value);
  const targets = useTargetsStore();
  return (
    <Section id="targets" title={t('optTargetsHeading')} intro={t('optTargetsIntro')}>
      <TargetList connections={connections} />
      {connections.length === 0 ? (
        <p className="warn">{t('optConnectFirst')}</p>
      ) : (
        targets.loaded && (
          <AddDisclosure label={t('optAddTargetsOpen')} collapsible={targets.value.length > 0}>
            <AddTargets connections={connections} />
          </AddDisclosure>
        )
      )}
    </Section>
  );
}
