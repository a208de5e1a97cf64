import { useMemo, useState } from 'react';
import { ErrorNotice } from '@/components/ErrorNotice';
import { TargetIcon } from '@/components/TargetIcon';
import { useAction } from '@/components/use-action';
import { t } from '@/lib/i18n';
import { sendMessage } from '@/lib/messaging';
import type { VisibleItem } from '@/lib/notion/workspace/browse';
import type { Connection } from '@/lib/notion/types';

// Enough to pick from at a glance; the filter narrows longer lists.
const SHOWN = 50;

/** Everything the connection can see, filtered by title, as an alternative to pasting. */
export function BrowsePanel({
  connection,
  onChoose,
}: {
  connection: Connection;
  onChoose: (id: string) => void;
}) {
  const [filter, setFilter] = useState('');
  const browse = useAction(() => sendMessage('browse', { connectionId: connection.id }));
  const [found, setFound] = useState<{ items: VisibleItem[]; complete: boolean } | null>(null);

  // Rows of a database are pages too, but captures go into databases and pages.
  const candidates = useMemo(() => (found?.items ?? []).filter((i) => !i.isRow), [found]);
  const matching = useMemo(() => {
    const words = filter.toLocaleLowerCase().split(/\s+/).filter(Boolean);
    return candidates.filter((i) => {
      const text = `${i.title} ${i.parentTitle ?? ''}`.toLocaleLowerCase();
      return words.every((w) => text.includes(w));
    });
  }, [candidates, filter]);

  const load = async () => {
    const result = await browse.perform();
    if (result) setFound(result);
  };

  return (
    <div className="browse">
      <h4>{t('optBrowseHeading')}</h4>
      {!found && (
        <button type="button" onClick={() => void load()} disabled={browse.pending}>
          {browse.pending ? t('optLoading') : t('optBrowse', { name: connection.alias })}
        </button>
      )}
      {browse.failure && <ErrorNotice failure={browse.failure} onDismiss={browse.clearFailure} />}
      {found && (
        <>
          <div className="field">
            <label htmlFor={`browse-filter-${connection.id}`}>{t('optFilterLabel')}</label>
            <input
              id={`browse-filter-${connection.id}`}
              type="search"
              value={filter}
              onChange={(e) => setFilter(e.target.value)}
            />
          </div>
          <p className="muted small" role="status">
            {t('optBrowseCount', { count: matching.length, total: candidates.length })}
          </p>
          {!found.complete && <p className="warn">{t('optBrowseIncomplete')}</p>}
          {candidates.length === 0 && (
            <p className="warn">{t('optBrowseEmpty', { integration: connection.botName })}</p>
          )}
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
                  aria-label={t('optChooseNamed', { name: item.title || t('optUntitled') })}
                  onClick={() => onChoose(item.id)}
                >
                  {t('optChoose')}
                </button>
              </li>
            ))}
          </ul>
          <button type="button" className="link" onClick={() => void load()}>
            {t('optBrowseAgain')}
          </button>
        </>
      )}
    </div>
  );
}
