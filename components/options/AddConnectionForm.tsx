import { useState } from 'react';
import { ConnectForm } from '@/components/connect/ConnectForm';
import { PlaceList } from '@/components/connect/PlaceList';
import { IS_TEST_BUILD } from '@/lib/platform/build-mode';
import { t } from '@/lib/i18n';
import type { ConnectionView } from '@/lib/notion/types';
import { Status } from './Status';

/**
 * Adds a connection: Notion checks the token at once (the background reads `users/me`),
 * so a mistyped, revoked or refused token is refused here and not at the first save; then
 * what the token sees is listed, each place one click from being a target. Only the test
 * build asks for an API address: the production build talks to Notion only.
 */
export function AddConnectionForm() {
  const [alias, setAlias] = useState('');
  const [apiBase, setApiBase] = useState('');
  const [added, setAdded] = useState<{ connection: ConnectionView; note: string | null } | null>(
    null,
  );

  const extra = (
    <>
      <div className="field">
        <label htmlFor="connection-alias">{t('optAliasLabel')}</label>
        <input
          id="connection-alias"
          value={alias}
          placeholder={t('optAliasPlaceholder')}
          onChange={(e) => setAlias(e.target.value)}
        />
      </div>
      {IS_TEST_BUILD && (
        <details className="advanced">
          <summary>{t('optAdvanced')}</summary>
          <div className="field">
            <label htmlFor="connection-api-base">{t('optApiBaseLabel')}</label>
            <input
              id="connection-api-base"
              value={apiBase}
              placeholder="https://api.notion.com"
              aria-describedby="connection-api-base-help"
              spellCheck={false}
              onChange={(e) => setApiBase(e.target.value)}
            />
            <p id="connection-api-base-help" className="muted small">
              {t('optApiBaseHelp')}
            </p>
          </div>
        </details>
      )}
    </>
  );

  return (
    <div className="box">
      <h3 id="add-connection-heading">{t('optAddConnectionHeading')}</h3>
      <ConnectForm
        idPrefix="connect"
        labelledBy="add-connection-heading"
        alias={alias}
        apiBase={apiBase.trim() || undefined}
        extra={extra}
        onConnected={(connection, note) => {
          setAlias('');
          setAdded({ connection, note });
        }}
      />
      <Status
        text={
          added &&
          t('optConnectionAdded', {
            workspace: added.connection.workspaceName,
            integration: added.connection.botName,
          })
        }
      />
      {added?.note && <p className="warn">{added.note}</p>}
      {added && (
        <PlaceList key={added.connection.id} connection={added.connection} idPrefix="new-places" />
      )}
    </div>
  );
}
