import { useId, useState } from 'react';
import { ErrorNotice } from '@/components/ErrorNotice';
import { TargetIcon } from '@/components/TargetIcon';
import { useAction } from '@/components/use-action';
import { t } from '@/lib/i18n';
import { sendMessage, type ResolvedInput } from '@/lib/messaging';
import type { PageMode, Target } from '@/lib/notion/types';
import { DiagnosticList } from './DiagnosticList';

/**
 * One pasted or browsed item as Notion resolved it: a sentence when it was refused, or
 * what it is with every diagnostic, and the choices left to the person (which data
 * source; for a page, a new child page per capture or appending) before adding it.
 */
export function ResolutionCard({
  item,
  connectionId,
  onResolveId,
  onAdded,
}: {
  item: ResolvedInput;
  connectionId: string;
  /** Look up another id instead (a database found inside a page). */
  onResolveId: (id: string) => void;
  onAdded: (target: Target) => void;
}) {
  const groupName = useId();
  const [sourceIndex, setSourceIndex] = useState(0);
  const [pageMode, setPageMode] = useState<PageMode>('child');
  // A browsed item arrives as a bare id: the target then keeps Notion's own address.
  const pasted = /^https?:\/\//i.test(item.source) ? item.source : undefined;
  const add = useAction(async () => {
    if (!('resolution' in item)) return undefined;
    const r = item.resolution;
    if (r.kind === 'data_sources') {
      const source = r.choices[sourceIndex] ?? r.choices[0]!;
      return sendMessage('addTarget', {
        connectionId,
        source: pasted,
        choice: { kind: 'data_source', source },
      });
    }
    if (r.kind === 'page') {
      return sendMessage('addTarget', {
        connectionId,
        source: pasted,
        choice: { kind: 'page', page: r.page, pageMode },
      });
    }
    return undefined;
  });

  const sourceLine = (
    <p className="source small muted">
      <code>{item.source.length > 90 ? `${item.source.slice(0, 87)}…` : item.source}</code>
    </p>
  );

  if ('error' in item) {
    return (
      <li className="card resolution resolution-error">
        {sourceLine}
        <p className="diagnostic diagnostic-error">{item.error}</p>
      </li>
    );
  }

  const r = item.resolution;
  const title =
    r.kind === 'data_sources'
      ? (r.choices[sourceIndex]?.name ?? '')
      : r.kind === 'page'
        ? r.page.title || t('optUntitled')
        : '';
  const submit = async () => {
    const target = await add.perform();
    if (target) onAdded(target);
  };

  return (
    <li className="card resolution">
      {sourceLine}
      {r.kind === 'data_sources' && (
        <>
          <div className="card-head">
            <TargetIcon icon={r.choices[0]?.icon ?? null} />
            <strong className="card-title">{r.choices[0]?.databaseTitle}</strong>
            <span className="badge">{t('optKindDatabase')}</span>
          </div>
          {r.choices.length > 1 && (
            <fieldset>
              <legend>{t('optPickDataSource')}</legend>
              {r.choices.map((choice, i) => (
                <label key={choice.dataSourceId} className="choice">
                  <input
                    type="radio"
                    name={groupName}
                    checked={sourceIndex === i}
                    onChange={() => setSourceIndex(i)}
                  />
                  {choice.name}
                </label>
              ))}
            </fieldset>
          )}
          <DiagnosticList items={[...r.diagnostics, ...(r.choices[sourceIndex]?.warnings ?? [])]} />
        </>
      )}
      {r.kind === 'page' && (
        <>
          <div className="card-head">
            <TargetIcon icon={r.page.icon} />
            <strong className="card-title">{r.page.title || t('optUntitled')}</strong>
            <span className="badge">{t('optKindPage')}</span>
          </div>
          <fieldset>
            <legend>{t('optPageModeLabel')}</legend>
            <label className="choice">
              <input
                type="radio"
                name={groupName}
                checked={pageMode === 'child'}
                onChange={() => setPageMode('child')}
              />
              {t('optPageModeChild')}
            </label>
            <label className="choice">
              <input
                type="radio"
                name={groupName}
                checked={pageMode === 'append'}
                onChange={() => setPageMode('append')}
              />
              {t('optPageModeAppend')}
            </label>
          </fieldset>
          <DiagnosticList items={r.diagnostics} />
          {r.page.inlineDatabases.length > 0 && (
            <div className="actions">
              {r.page.inlineDatabases.map((db) => (
                <button
                  key={db.databaseId}
                  type="button"
                  onClick={() => onResolveId(db.databaseId)}
                >
                  {t('optUseInlineDatabase', { title: db.title || t('optUntitled') })}
                </button>
              ))}
            </div>
          )}
        </>
      )}
      {r.kind === 'unresolved' && <DiagnosticList items={r.diagnostics} />}
      {r.kind !== 'unresolved' && (
        <div className="actions">
          <button
            type="button"
            className="primary"
            disabled={add.pending}
            aria-label={t('optAddNamed', { name: title })}
            onClick={() => void submit()}
          >
            {t('optAddTarget')}
          </button>
        </div>
      )}
      {add.failure && <ErrorNotice failure={add.failure} onDismiss={add.clearFailure} />}
    </li>
  );
}
