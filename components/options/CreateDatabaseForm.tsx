import { useState, type FormEvent } from 'react';
import { ErrorNotice } from '@/components/ErrorNotice';
import { useAction } from '@/components/use-action';
import { t } from '@/lib/i18n';
import { sendMessage } from '@/lib/messaging';
import type { Diagnostic } from '@/lib/notion/targets/diagnostics';
import type { Connection, Target } from '@/lib/notion/types';
import { DiagnosticList } from './DiagnosticList';
import { Status } from './Status';

type Outcome =
  | { kind: 'refused'; sentence: string }
  | { kind: 'diagnostics'; items: Diagnostic[] }
  | { kind: 'created'; target: Target };

/**
 * Creates a database with every capture property under a page the connection can see,
 * and adds it as a target. The page's address is resolved first, so a database, an
 * unshared page or a non-Notion address gets its sentence before anything is created.
 */
export function CreateDatabaseForm({ connection }: { connection: Connection }) {
  const [parent, setParent] = useState('');
  // Filled in the person's language: the title written is the one they see and keep.
  const [title, setTitle] = useState(() => t('notionCaptureDatabaseTitle'));
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const create = useAction(async (): Promise<Outcome> => {
    const found = await sendMessage('resolveInput', { connectionId: connection.id, text: parent });
    if (found.length !== 1) return { kind: 'refused', sentence: t('optCreateOneParent') };
    const item = found[0]!;
    if ('error' in item) return { kind: 'refused', sentence: item.error };
    const r = item.resolution;
    if (r.kind === 'data_sources') {
      return {
        kind: 'refused',
        sentence: t('optCreateParentIsDatabase', { title: r.choices[0]?.databaseTitle ?? '' }),
      };
    }
    if (r.kind === 'unresolved') return { kind: 'diagnostics', items: r.diagnostics };
    const target = await sendMessage('createCaptureDatabase', {
      connectionId: connection.id,
      parentPageId: r.page.pageId,
      title: title.trim() || undefined,
    });
    return { kind: 'created', target };
  });

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setOutcome(null);
    if (parent.trim() === '') {
      setOutcome({ kind: 'refused', sentence: t('optCreateOneParent') });
      return;
    }
    const result = await create.perform();
    if (result) setOutcome(result);
    if (result?.kind === 'created') {
      setParent('');
      setTitle(t('notionCaptureDatabaseTitle'));
    }
  };

  const ids = { parent: `create-parent-${connection.id}`, title: `create-title-${connection.id}` };
  return (
    <form className="create-database" onSubmit={submit}>
      <h4>{t('optCreateHeading')}</h4>
      <p className="muted small">{t('optCreateIntro', { integration: connection.botName })}</p>
      <div className="field">
        <label htmlFor={ids.parent}>{t('optCreateParentLabel')}</label>
        <input
          id={ids.parent}
          value={parent}
          spellCheck={false}
          placeholder="https://www.notion.so/…"
          onChange={(e) => setParent(e.target.value)}
        />
      </div>
      <div className="field">
        <label htmlFor={ids.title}>{t('optCreateTitleLabel')}</label>
        <input id={ids.title} value={title} onChange={(e) => setTitle(e.target.value)} />
      </div>
      <div className="actions">
        <button type="submit" disabled={create.pending}>
          {create.pending ? t('optCreating') : t('optCreate')}
        </button>
      </div>
      {create.failure && <ErrorNotice failure={create.failure} onDismiss={create.clearFailure} />}
      {outcome?.kind === 'refused' && (
        <p className="diagnostic diagnostic-error" role="alert">
          {outcome.sentence}
        </p>
      )}
      {outcome?.kind === 'diagnostics' && <DiagnosticList items={outcome.items} />}
      <Status
        text={outcome?.kind === 'created' ? t('optCreated', { title: outcome.target.title }) : null}
      />
    </form>
  );
}
