import { useState, type FormEvent } from 'react';
import { ErrorNotice } from '@/components/ErrorNotice';
import { useAction } from '@/components/use-action';
import { t } from '@/lib/i18n';
import { sendMessage } from '@/lib/messaging';
import type { ConnectionView } from '@/lib/notion/types';

/**
 * A new secret for a connection (revoked, rotated, or imported without one). Notion
 * checks it before it replaces the old one, so a wrong paste never breaks a working
 * connection.
 */
export function ReplaceSecretForm({
  connection,
  onDone,
  onCancel,
}: {
  connection: ConnectionView;
  onDone: () => void;
  onCancel?: () => void;
}) {
  const [secret, setSecret] = useState('');
  const replace = useAction(() =>
    sendMessage('replaceSecret', { connectionId: connection.id, secret }),
  );
  const inputId = `replace-secret-${connection.id}`;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (await replace.perform()) {
      setSecret('');
      onDone();
    }
  };

  return (
    <form className="inline-form" onSubmit={submit}>
      <label htmlFor={inputId}>{t('optNewSecretLabel', { alias: connection.alias })}</label>
      <div className="row">
        <input
          id={inputId}
          type="password"
          autoComplete="off"
          spellCheck={false}
          placeholder="ntn_…"
          value={secret}
          onChange={(e) => setSecret(e.target.value)}
        />
        <button type="submit" className="primary" disabled={replace.pending}>
          {replace.pending ? t('optChecking') : t('optSaveSecret')}
        </button>
        {onCancel && (
          <button type="button" onClick={onCancel}>
            {t('optCancel')}
          </button>
        )}
      </div>
      {replace.failure && (
        <ErrorNotice failure={replace.failure} onDismiss={replace.clearFailure} />
      )}
    </form>
  );
}
