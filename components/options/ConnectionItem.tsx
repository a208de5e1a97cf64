import { useState } from 'react';
import { ErrorNotice } from '@/components/ErrorNotice';
import { useAction } from '@/components/use-action';
import { t } from '@/lib/i18n';
import { sendMessage } from '@/lib/messaging';
import { NOTION_API_BASE } from '@/lib/notion/connection/api-base';
import type { ConnectionRow } from './use-connection-views';
import type { Finding } from '@/lib/notion/doctor/examine';
import { DoctorFindings } from './DoctorFindings';
import { useDiagnosesStore } from './stores';
import { ReplaceSecretForm } from './ReplaceSecretForm';

/** One connection: what Notion said about it, its masked secret, and what can be done. */
export function ConnectionItem({
  connection,
  targetCount,
  onSecretReplaced,
}: {
  connection: ConnectionRow;
  targetCount: number;
  onSecretReplaced: () => void;
}) {
  const needsSecret = connection.secretMissing || connection.revokedAt !== null;
  const [replacing, setReplacing] = useState(false);
  const [confirming, setConfirming] = useState(false);
  const remove = useAction(() => sendMessage('removeConnection', { connectionId: connection.id }));
  const [checked, setChecked] = useState<Finding[] | null>(null);
  const check = useAction(() => sendMessage('checkConnection', { connectionId: connection.id }));
  const runCheck = async () => {
    const found = await check.perform();
    if (found) setChecked(found);
  };
  // The newest diagnosis is the stored one (a Check stores its own too): what the doctor
  // found by itself after a save failed shows here as well.
  const stored = useDiagnosesStore((s) => s.value[connection.id]);
  const latest = stored?.state === 'done' ? stored : null;
  const findings = latest?.findings ?? checked;
  const headingId = `connection-${connection.id}`;

  return (
    <li className="card" aria-labelledby={headingId}>
      <h3 id={headingId} className="card-title">
        {connection.alias}
      </h3>
      <dl className="facts">
        <dt>{t('optWorkspace')}</dt>
        <dd>{connection.workspaceName || '—'}</dd>
        <dt>{t('connKindLabel')}</dt>
        <dd>{t(connection.kind === 'personal' ? 'connKindPersonal' : 'connKindIntegration')}</dd>
        <dt>{t(connection.kind === 'personal' ? 'connTokenName' : 'optIntegration')}</dt>
        <dd>{connection.botName || '—'}</dd>
        <dt>{t('optSecret')}</dt>
        <dd>
          {connection.secretMissing ? (
            <span className="badge badge-warn">{t('optSecretMissingBadge')}</span>
          ) : (
            <code>{connection.secretMask}</code>
          )}
        </dd>
        {connection.apiBase !== NOTION_API_BASE && (
          <>
            <dt>{t('optApiBaseLabel')}</dt>
            <dd>
              <code>{connection.apiBase}</code>
            </dd>
          </>
        )}
      </dl>
      {connection.secretMissing && <p className="warn">{t('optSecretMissing')}</p>}
      {!connection.secretMissing && connection.revokedAt && (
        <p className="warn">{t('optSecretRevoked', { integration: connection.botName })}</p>
      )}
      {needsSecret || replacing ? (
        <ReplaceSecretForm
          connection={connection}
          onDone={() => {
            setReplacing(false);
            onSecretReplaced();
          }}
          onCancel={needsSecret ? undefined : () => setReplacing(false)}
        />
      ) : null}
      <div className="actions">
        {!connection.secretMissing && (
          <button
            type="button"
            disabled={check.pending}
            aria-label={t('docCheckNamed', { name: connection.alias })}
            onClick={() => void runCheck()}
          >
            {check.pending ? t('docChecking') : t('docCheck')}
          </button>
        )}
        {!needsSecret && !replacing && (
          <button type="button" onClick={() => setReplacing(true)}>
            {t('optReplaceSecret')}
          </button>
        )}
        {confirming ? (
          <span className="confirm" role="group" aria-label={t('optRemoveConnection')}>
            <span>
              {t('optRemoveConnectionConfirm', { alias: connection.alias, count: targetCount })}
            </span>
            <button type="button" className="danger" onClick={() => void remove.perform()}>
              {t('optRemove')}
            </button>
            <button type="button" onClick={() => setConfirming(false)}>
              {t('optCancel')}
            </button>
          </span>
        ) : (
          <button
            type="button"
            aria-label={t('optRemoveNamed', { name: connection.alias })}
            onClick={() => setConfirming(true)}
          >
            {t('optRemove')}
          </button>
        )}
      </div>
      {check.failure && <ErrorNotice failure={check.failure} onDismiss={check.clearFailure} />}
      {findings && (
        <DoctorFindings
          findings={findings}
          id={`${headingId}-check`}
          note={latest?.cause === 'failure' ? t('docAutoChecked') : null}
        />
      )}
      {remove.failure && <ErrorNotice failure={remove.failure} onDismiss={remove.clearFailure} />}
    </li>
  );
}
