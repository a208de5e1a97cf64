import { t } from '@/lib/i18n';
import { AddConnectionForm } from './AddConnectionForm';
import { AddDisclosure } from './AddDisclosure';
import { ConnectionItem } from './ConnectionItem';
import { Section } from './Section';
import { useTargetsStore } from './stores';
import { useConnectionViews } from './use-connection-views';

/** Notion connections: the ones made, and the form to add one (behind a button once one exists). */
export function ConnectionsSection() {
  const { rows, reload } = useConnectionViews();
  const targets = useTargetsStore((s) => s.value);
  return (
    <Section id="connections" title={t('optConnectionsHeading')} intro={t('optConnectionsIntro')}>
      {rows === null ? (
        <p className="muted">{t('optLoading')}</p>
      ) : rows.length === 0 ? (
        <p className="muted">{t('optNoConnections')}</p>
      ) : (
        <ul className="cards" aria-label={t('optConnectionsHeading')}>
          {rows.map((row) => (
            <ConnectionItem
              key={row.id}
              connection={row}
              targetCount={targets.filter((x) => x.connectionId === row.id).length}
              onSecretReplaced={reload}
            />
          ))}
        </ul>
      )}
      {rows !== null && (
        <AddDisclosure label={t('optAddConnectionOpen')} collapsible={rows.length > 0}>
          <AddConnectionForm />
        </AddDisclosure>
      )}
    </Section>
  );
}
