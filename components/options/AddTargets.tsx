import { useState, type FormEvent } from 'react';
import { ErrorNotice } from '@/components/ErrorNotice';
import { useAction } from '@/components/use-action';
import { t } from '@/lib/i18n';
import { sendMessage, type ResolvedInput } from '@/lib/messaging';
import type { Connection } from '@/lib/notion/types';
import { AddDisclosure } from './AddDisclosure';
import { BrowsePanel } from './BrowsePanel';
import { CreateDatabaseForm } from './CreateDatabaseForm';
import { ResolutionCard } from './ResolutionCard';
import { Status } from './Status';
import { useTargetsStore } from './stores';

/**
 * Adding targets for one connection: paste addresses, or browse what the connection can
 * see, or create a capture database. Pasted and browsed items resolve into the same
 * cards, so every diagnostic reads the same whichever way they came.
 */
export function AddTargets({ connections }: { connections: Connection[] }) {
  const [connectionId, setConnectionId] = useState(connections[0]?.id ?? '');
  const [text, setText] = useState('');
  const [results, setResults] = useState<ResolvedInput[]>([]);
  const [added, setAdded] = useState<string | null>(null);
  const hasDatabase = useTargetsStore((s) => s.value.some((x) => x.kind === 'data_source'));
  // The chosen connection, or the first one when the chosen one was just removed.
  const current = connections.some((c) => c.id === connectionId)
    ? connectionId
    : (connections[0]?.id ?? '');
  const resolve = useAction((input: string) =>
    sendMessage('resolveInput', { connectionId: current, text: input }),
  );
  const connection = connections.find((c) => c.id === current);

  const lookUp = async (input: string, replace: boolean) => {
    setAdded(null);
    const found = await resolve.perform(input);
    if (!found) return;
    if (found.length === 0) {
      setResults([{ source: input, error: t('optNothingPasted') }]);
      return;
    }
    setResults(
      replace
        ? found
        : [...found, ...results.filter((r) => !found.some((f) => f.source === r.source))],
    );
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (text.trim() === '') {
      setResults([{ source: '', error: t('optNothingPasted') }]);
      return;
    }
    void lookUp(text, true);
  };

  if (!connection) return null;
  return (
    <div className="box">
      <h3>{t('optAddTargetsHeading')}</h3>
      {connections.length > 1 && (
        <div className="field">
          <label htmlFor="target-connection">{t('optConnectionPick')}</label>
          <select
            id="target-connection"
            value={current}
            onChange={(e) => {
              setConnectionId(e.target.value);
              setResults([]);
            }}
          >
            {connections.map((c) => (
              <option key={c.id} value={c.id}>
                {c.alias} — {c.workspaceName}
              </option>
            ))}
          </select>
        </div>
      )}
      <form onSubmit={submit}>
        <div className="field">
          <label htmlFor="target-urls">{t('optPasteLabel')}</label>
          <textarea
            id="target-urls"
            rows={3}
            value={text}
            spellCheck={false}
            aria-describedby="target-urls-help"
            placeholder="https://www.notion.so/…"
            onChange={(e) => setText(e.target.value)}
          />
          <p id="target-urls-help" className="muted small">
            {connection.kind === 'personal'
              ? t('connPasteHelpPersonal')
              : t('optPasteHelp', { integration: connection.botName })}
          </p>
        </div>
        <div className="actions">
          <button type="submit" className="primary" disabled={resolve.pending}>
            {resolve.pending ? t('optLookingUp') : t('optLookUp')}
          </button>
        </div>
      </form>
      {resolve.failure && (
        <ErrorNotice failure={resolve.failure} onDismiss={resolve.clearFailure} />
      )}
      {results.length > 0 && (
        <ul className="cards" aria-label={t('optResultsLabel')}>
          {results.map((item) => (
            <ResolutionCard
              key={`${current}:${item.source}`}
              item={item}
              connectionId={current}
              onResolveId={(id) => void lookUp(id, false)}
              onAdded={(target) => {
                setResults((all) => all.filter((r) => r !== item));
                setAdded(t('optTargetAdded', { title: target.title }));
              }}
            />
          ))}
        </ul>
      )}
      <Status text={added} />
      <BrowsePanel
        key={`browse-${current}`}
        connection={connection}
        onChoose={(id) => void lookUp(id, false)}
      />
      <AddDisclosure label={t('optCreateOpen')} collapsible={hasDatabase}>
        <CreateDatabaseForm key={`create-${current}`} connection={connection} />
      </AddDisclosure>
    </div>
  );
}
