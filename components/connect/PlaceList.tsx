import { useEffect, useMemo, useState } from 'react';
import { ErrorNotice } from '@/components/ErrorNotice';
import { TargetIcon } from '@/components/TargetIcon';
import { toFailure, useAction } from '@/components/use-action';
import { t } from '@/lib/i18n';
import { sendMessage, type DescribedFailure } from '@/lib/messaging';
import type { Connection, Target } from '@/lib/notion/types';
import type { VisibleItem } from '@/lib/notion/workspace/browse';
import { matchesWords } from './place-filter';

// Enough to pick from at a glance; typing narrows longer lists (thousands stay responsive).
const SHOWN = 50;

/**
 * What a connection can see, listed at once (every page of Notion's search), newest
 * first, narrowed as you type, each with a one-click "Save here" that makes it a target.
 */
export function PlaceList({
  connection,
  idPrefix,
  titled = true,
  onSaved,
}: {
  connection: Connection;
  idPrefix: string;
  /** Show the list's own heading (the popup's card already asks the question). */
  titled?: boolean;
  onSaved?: (target: Target) => void;
}) {
  const [filter, setFilter] = useState('');
  const [found, setFound] = useState<{ items: VisibleItem[]; complete: boolean } | null>(null);
  const [saved, setSaved] = useState<string | null>(null);
  const browse = useAction(() => sendMessage('browse', { connectionId: connection.id }));
  const save = useAction((item: VisibleItem) =>
    sendMessage('addListedTarget', {
      connectionId: connection.id,
      place: { kind: item.kind, id: item.id, databaseId: item.databaseId, url: item.url },
    }),
  );

  const [firstFailure, setFirstFailure] = useState<DescribedFailure | null>(null);
  const load = async () => {
    setFirstFailure(null);
    const result = await browse.perform();
    if (result) setFound(result);
  };
  // Listed as soon as the connection exists: that is the next thing a person needs.
  useEffect(() => {
    let live = true;
    sendMessage('browse', { connectionId: connection.id }).then(
      (result) => live && setFound(result),
      (error: unknown) => live && setFirstFailure(toFailure(error)),
    );
    return () => {
      live = false;
    };
  }, [connection.id]);
  const failure = browse.failure ?? firstFailure;
  const loading = browse.pending || (found === null && failure === null);

  // Rows of a database are pages too, but captures go into databases and pages.
  const candidates = useMemo(() => (found?.items ?? []).filter((i) => !i.isRow), [found]);
  const matching = useMemo(
    () => candidates.filter((i) => matchesWords(`${i.title} ${i.parentTitle ?? ''}`, filter)),
    [candidates, filter],
  );

  const choose = async (item: VisibleItem) => {
    setSaved(null);
    const target = await save.perform(item);
    if (!target) return;
    setSaved(t('connSavedHere', { title: target.title }));
    onSaved?.(target);
  };

  const filterId = `${idPrefix}-filter`;
  return (
    <section
      className="places"
      aria-labelledby={titled ? `${idPrefix}-heading` : undefined}
      aria-label={titled ? undefined : t('connPlacesHeading')}
    >
      {titled && <h2 id={`${idPrefix}-heading`}>{t('connPlacesHeading')}</h2>}
      {loading && !found && <p className="muted">{t('optLoading')}</p>}
      {failure && <ErrorNotice failure={failure} />}
      {found && candidates.length === 0 && (
        <p className="warn">
          {connection.kind === 'personal'
            ? t('connPlacesEmptyPersonal', { workspace: connection.workspaceName })
            : t('connPlacesEmptyIntegration', { integration: connection.botName })}
        </p>
      )}
      {found && candidates.length > 0 && (
        <>
          <div className="field">
            <label htmlFor={filterId}>{t('connPlacesFilter')}</label>
            <input
              id={filterId}
              type="search"
              value={filter}
              onChange={(e) => setFilter(e.target.value)}
            />
          </div>
          <p className="muted small" role="status">
            {matching.length === 0
              ? t('connPlacesNoMatch', { filter })
              : t('connPlacesCount', { count: matching.length, total: candidates.length })}
          </p>
          {!found.complete && <p className="warn">{t('optBrowseIncomplete')}</p>}
          <ul className="browse-list">
            {matching.slice(0, SHOWN).map((item) => (
              <li key={item.id}>
                <TargetIcon icon={item.icon} />
                <span className="browse-title">
                  {item.title || t('optUntitled')}
                  <span className="muted small">
                    {' · '}
                    {item.kind === 'data_source' ? t('optKindDatabase') : t('optKindPage')}
                    {item.parentTitle ? ` · ${t('optInParent', { parent: item.parentTitle })}` : ''}
                  </span>
                </span>
                <button
                  type="button"
                  disabled={save.pending}
                  aria-label={t('connSaveHereNamed', { name: item.title || t('optUntitled') })}
                  onClick={() => void choose(item)}
                >
                  {t('connSaveHere')}
                </button>
              </li>
            ))}
          </ul>
        </>
      )}
      {save.failure && <ErrorNotice failure={save.failure} onDismiss={save.clearFailure} />}
      {saved && (
        <p className="muted" role="status">
          {saved}
        </p>
      )}
      {(found || failure) && (
        <button type="button" className="link" onClick={() => void load()}>
          {t('connPlacesAgain')}
        </button>
      )}
    </section>
  );
}
