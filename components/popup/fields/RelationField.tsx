import { useEffect, useRef, useState } from 'react';
import { toFailure } from '@/components/use-action';
import { t } from '@/lib/i18n';
import { sendMessage, type RelatedPage } from '@/lib/messaging';
import { ChipsInput } from './ChipsInput';
import { valueAs, type FieldProps } from './field-props';

// Waits for a pause in typing: each search is a request against Notion's rate limit.
const DEBOUNCE_MS = 250;

type Search =
  | { state: 'idle' }
  | { state: 'searching' }
  | { state: 'done'; pages: RelatedPage[] }
  | { state: 'failed'; message: string };

/** Pages of the related data source, found by searching their titles. */
export function RelationField({
  targetId,
  field,
  input,
  inputId,
  errorId,
  onChange,
}: FieldProps & { targetId: string }) {
  const ids = valueAs(input, 'relation')?.ids ?? [];
  const [search, setSearch] = useState<Search>({ state: 'idle' });
  // Titles of pages found in this popup, to label their chips.
  const [titles, setTitles] = useState<Record<string, string>>({});
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const asked = useRef(0);
  useEffect(() => () => clearTimeout(timer.current), []);

  const run = (query: string) => {
    clearTimeout(timer.current);
    timer.current = setTimeout(() => {
      const ticket = ++asked.current;
      setSearch({ state: 'searching' });
      sendMessage('searchRelated', { targetId, propertyId: field.propertyId, query }).then(
        (pages) => {
          if (ticket !== asked.current) return;
          setTitles((known) => ({
            ...known,
            ...Object.fromEntries(pages.map((p) => [p.id, p.title])),
          }));
          setSearch({ state: 'done', pages });
        },
        (error: unknown) => {
          if (ticket !== asked.current) return;
          const failure = toFailure(error);
          setSearch({ state: 'failed', message: `${failure.title}. ${failure.action}` });
        },
      );
    }, DEBOUNCE_MS);
  };

  const set = (next: string[]) => onChange({ type: 'relation', ids: next });
  const status =
    search.state === 'searching'
      ? t('popupRelationSearching')
      : search.state === 'failed'
        ? search.message
        : search.state === 'done' && search.pages.length === 0
          ? t('popupRelationNoMatch')
          : null;
  return (
    <ChipsInput
      inputId={inputId}
      describedBy={errorId}
      invalid={Boolean(errorId)}
      chips={ids.map((id) => ({ id, label: titles[id] || id }))}
      onAdd={(option) => set([...ids, option.id])}
      onRemove={(id) => set(ids.filter((i) => i !== id))}
      onFocus={() => search.state === 'idle' && run('')}
      onQuery={run}
      suggestions={() =>
        search.state === 'done'
          ? search.pages.map((p) => ({ id: p.id, label: p.title || t('popupUntitled') }))
          : []
      }
      placeholder={t('popupRelationPlaceholder')}
      status={status}
    />
  );
}
