import { browser } from 'wxt/browser';
import { ErrorNotice } from '@/components/ErrorNotice';
import { currentLocale, t } from '@/lib/i18n';
import { isNotionPageUrl } from '@/lib/notion/api/notion-url';
import type { Target } from '@/lib/notion/types';
import { existingKey, useRemote } from './remote';
import { useSession } from './session';
import { useConnectionsStore } from './stores';

/**
 * What the popup learned about the target: its connection's secret was revoked, its
 * schema could not be read or changed, the page was saved there before.
 */
export function TargetNotices({ target }: { target: Target }) {
  const connection = useConnectionsStore((s) => s.value.find((c) => c.id === target.connectionId));
  const schema = useRemote((s) => s.schemas[target.id]);
  const url = useSession((s) => s.tab?.url);
  const existing = useRemote((s) => (url ? s.existing[existingKey(target.id, url)] : undefined));
  // Once the save reports a failure, the same sentence from the refresh goes.
  const saveFailure = useSession((s) =>
    s.save.phase === 'tracking'
      ? s.save.view?.failure?.title
      : s.save.phase === 'failed'
        ? s.save.failure.title
        : undefined,
  );
  // A revoked secret is known from storage, before any request; the failed refresh
  // would only say it again.
  const revoked = Boolean(connection?.revokedAt);
  const refreshFailure =
    !revoked && schema?.state === 'failed' && schema.failure.title !== saveFailure
      ? schema.failure
      : null;
  return (
    <>
      {revoked && connection && (
        <ErrorNotice
          failure={{
            title: t('popupRevokedTitle', { connection: connection.alias }),
            detail: t('popupRevokedDetail'),
            action: '',
          }}
        />
      )}
      {revoked && (
        <button
          type="button"
          className="link"
          onClick={() => void browser.runtime.openOptionsPage()}
        >
          {t('popupOpenOptions')}
        </button>
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
      {existing?.state === 'done' && existing.value && (
        <p className="already-saved" role="status">
          {t('popupAlreadySaved', {
            date: new Date(existing.value.createdTime).toLocaleDateString(currentLocale()),
          })}{' '}
          {isNotionPageUrl(existing.value.url) && (
            <a href={existing.value.url} target="_blank" rel="noreferrer">
              {t('popupOpenInNotion')}
            </a>
          )}
        </p>
      )}
    </>
  );
}
