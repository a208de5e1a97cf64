import { useState, type FormEvent } from 'react';
import { ErrorNotice } from '@/components/ErrorNotice';
import { useAction } from '@/components/use-action';
import { IS_TEST_BUILD } from '@/lib/build-mode';
import { t } from '@/lib/i18n';
import { sendMessage } from '@/lib/messaging';
import { ConnectSteps } from './ConnectSteps';
import { Status } from './Status';

/**
 * Adds a connection: Notion checks the secret at once (the background reads
 * `users/me`), so a mistyped or revoked secret is refused here and not at the first save.
 * Only the test build asks for an API address: the production build talks to Notion only.
 */
export function AddConnectionForm() {
  const [alias, setAlias] = useState('');
  const [secret, setSecret] = useState('');
  const [apiBase, setApiBase] = useState('');
  const [done, setDone] = useState<string | null>(null);
  const add = useAction(async () =>
    sendMessage('addConnection', { alias, secret, apiBase: apiBase.trim() || undefined }),
  );

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setDone(null);
    const connection = await add.perform();
    if (!connection) return;
    // The secret leaves the page's memory as soon as the background holds it.
    setSecret('');
    setAlias('');
    setDone(
      t('optConnectionAdded', {
        workspace: connection.workspaceName,
        integration: connection.botName,
      }),
    );
  };

  return (
    <form className="box" onSubmit={submit} aria-labelledby="add-connection-heading">
      <h3 id="add-connection-heading">{t('optAddConnectionHeading')}</h3>
      <ConnectSteps id="connect-steps" />
      <div className="field">
        <label htmlFor="connection-alias">{t('optAliasLabel')}</label>
        <input
          id="connection-alias"
          value={alias}
          placeholder={t('optAliasPlaceholder')}
          onChange={(e) => setAlias(e.target.value)}
        />
      </div>
      <div className="field">
        <label htmlFor="connection-secret">{t('optSecretLabel')}</label>
        <input
          id="connection-secret"
          type="password"
          autoComplete="off"
          spellCheck={false}
          value={secret}
          placeholder="ntn_…"
          aria-describedby="connect-steps"
          onChange={(e) => setSecret(e.target.value)}
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
      <div className="actions">
        <button type="submit" className="primary" disabled={add.pending}>
          {add.pending ? t('optChecking') : t('optConnect')}
        </button>
      </div>
      {add.failure && <ErrorNotice failure={add.failure} onDismiss={add.clearFailure} />}
      <Status text={done} />
    </form>
  );
}
