import { t } from '@/lib/i18n';
import { loadPeople, useRemote } from '../remote';
import { ChipsInput } from './ChipsInput';
import { valueAs, type FieldProps } from './field-props';

/** People of the workspace, read when the field is first focused. */
export function PeopleField({
  connectionId,
  input,
  inputId,
  errorId,
  onChange,
}: FieldProps & { connectionId: string }) {
  const ids = valueAs(input, 'people')?.ids ?? [];
  const people = useRemote((s) => s.people[connectionId]);
  const known = people?.state === 'done' ? people.value : [];
  const nameOf = (id: string) => known.find((p) => p.id === id)?.name || id;
  const set = (next: string[]) => onChange({ type: 'people', ids: next });
  const status =
    people?.state === 'loading'
      ? t('popupPeopleLoading')
      : people?.state === 'failed'
        ? `${people.failure.title}. ${people.failure.action}`
        : null;
  return (
    <ChipsInput
      inputId={inputId}
      describedBy={errorId}
      invalid={Boolean(errorId)}
      chips={ids.map((id) => ({ id, label: nameOf(id) }))}
      onAdd={(option) => set([...ids, option.id])}
      onRemove={(id) => set(ids.filter((i) => i !== id))}
      onFocus={() => void loadPeople(connectionId)}
      suggestions={(query) => {
        const q = query.trim().toLocaleLowerCase();
        return known
          .filter((p) => `${p.name} ${p.email ?? ''}`.toLocaleLowerCase().includes(q))
          .map((p) => ({ id: p.id, label: p.name || p.email || p.id, hint: p.email ?? undefined }));
      }}
      placeholder={t('popupPeopleAdd')}
      status={status}
    />
  );
}
