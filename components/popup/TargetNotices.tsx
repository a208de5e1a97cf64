import { ErrorNotice } from '@/components/ErrorNotice';
import { t } from '@/lib/i18n';
import type { Target } from '@/lib/notion/types';
import { openConnections } from './follow-up';
import { useRemote } from './remote';
import { useSaveStage } from './SaveBar';
import { useSession } from './session';
import { useConnectionsStore } from './stores';

/**
 * What the popup learned about the target before saving: its connection's secret was
 * revoked, its schema could not be read or changed. Once the save itself reports the
 * problem, its notice is the one shown: never two boxes saying the same thing.
 */
export function TargetNotices({ target }: { target: Target }) {
  const connection = useConnectionsStore((s) => s.value.find((c) => c.id === target.connectionId));
  const schema = useRemote((s) => s.schemas[target.id]);
  const stage = useSaveStage();
  const saveFailure = useSession((s) =>
    s.save.phase === 'tracking'
      ? s.save.view?.failure?.title
      : s.save.phase === 'failed'
        ? s.save.failure.title
        : undefined,
  );
  const saveSaysIt = stage.stage === 'failed';
  // A revoked secret is known from storage, before any request; the failed refresh
  // would only say it again.
  const revoked = Boolean(connection?.revokedAt);
  const refreshFailure =
    !revoked && !saveSaysIt && schema?.state === 'failed' && schema.failure.title !== saveFailure
      ? schema.failure
      : null;
  return (
    <>
      {revoked && connection && !saveSaysIt && (
        <div className="notice notice-error" role="alert">
          <p className="notice-title">{t('popupRevokedTitle', { connection: connection.alias })}</p>
          <p>{t('popupRevokedDetail')}</p>
          <p className="notice-buttons">
            <button type="button" onClick={openConnections}>
              {t('popupReplaceSecret')}
            </button>
          </p>
        </div>
      )}
      {refreshFailure && <ErrorNotice failure={refreshFailure} />}
      {schema?.state === 'done' && schema.value.length > 0 && (
        <div className="notice notice-info" role="status">
          <p className="notice-title">{t('popupSchemaChanged')}</p>
          {schema.value.map((change) => (
            <p key={change}>{change}</p>
          ))}
        </div>
      )}
    </>
  );
}
