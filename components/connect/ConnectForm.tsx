import { useState, type ClipboardEvent, type FormEvent, type ReactNode } from 'react';
import { ErrorNotice } from '@/components/ErrorNotice';
import { useAction } from '@/components/use-action';
import { t } from '@/lib/i18n';
import { sendMessage } from '@/lib/messaging';
import type { ConnectionKind, ConnectionView } from '@/lib/notion/types';
import { TokenKindPicker } from './TokenKindPicker';
import { TokenSteps } from './TokenSteps';

/** A sentence when Notion's answer showed the token to be of the other kind. */
export function kindCorrection(chosen: ConnectionKind, connection: ConnectionView): string | null {
  if (connection.kind === chosen) return null;
  return t(connection.kind === 'integration' ? 'connKindCorrected' : 'connKindCorrectedPersonal');
}

/**
 * Connecting Notion: the kind of token, the steps to get one, and the field. Pasting
 * connects at once (one gesture to the list of places); Enter or the button does too. The
 * background checks the token with Notion, so a mistyped, revoked or refused token gets
 * its sentence here, and the field keeps what was pasted. `extra` holds fields only the
 * options page shows (a name, the test build's API address).
 */
export function ConnectForm({
  idPrefix,
  labelledBy,
  alias = '',
  apiBase,
  extra,
  autoFocus = false,
  onConnected,
}: {
  idPrefix: string;
  /** The id of the heading that names the form. */
  labelledBy: string;
  alias?: string;
  apiBase?: string;
  extra?: ReactNode;
  /** Focus the token field: the popup's card has nothing else to do first. */
  autoFocus?: boolean;
  onConnected?: (connection: ConnectionView, note: string | null) => void;
}) {
  const [kind, setKind] = useState<ConnectionKind>('personal');
  const [secret, setSecret] = useState('');
  const add = useAction(async (token: string, chosen: ConnectionKind) =>
    sendMessage('addConnection', { alias, secret: token, kind: chosen, apiBase }),
  );

  const connectWith = async (token: string) => {
    const chosen = kind;
    const connection = await add.perform(token, chosen);
    if (!connection) return;
    // The token leaves the page's memory as soon as the background holds it.
    setSecret('');
    onConnected?.(connection, kindCorrection(chosen, connection));
  };

  const paste = (event: ClipboardEvent<HTMLInputElement>) => {
    const pasted = event.clipboardData.getData('text');
    if (pasted.trim() === '' || add.pending) return;
    event.preventDefault();
    setSecret(pasted);
    void connectWith(pasted);
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    void connectWith(secret);
  };

  const stepsId = `${idPrefix}-steps`;
  const fieldId = `${idPrefix}-secret`;
  return (
    <form className="connect-form" onSubmit={submit} aria-labelledby={labelledBy}>
      <TokenKindPicker name={`${idPrefix}-kind`} value={kind} onChange={setKind} />
      <TokenSteps id={stepsId} kind={kind} />
      {extra}
      <div className="field">
        <label htmlFor={fieldId}>
          {t(kind === 'personal' ? 'connTokenLabel' : 'optSecretLabel')}
        </label>
        <input
          id={fieldId}
          type="password"
          autoComplete="off"
          spellCheck={false}
          value={secret}
          autoFocus={autoFocus}
          placeholder="ntn_…"
          aria-describedby={stepsId}
          onPaste={paste}
          onChange={(e) => setSecret(e.target.value)}
        />
        <p id={`${idPrefix}-hint`} className="muted small">
          {t('connPasteHint')}
        </p>
      </div>
      <div className="actions">
        <button type="submit" className="primary" disabled={add.pending}>
          {add.pending ? t('optChecking') : t('optConnect')}
        </button>
      </div>
      {add.failure && <ErrorNotice failure={add.failure} onDismiss={add.clearFailure} />}
    </form>
  );
}
