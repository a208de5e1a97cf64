import { useEffect, useState, type FormEvent } from 'react';
import { ErrorNotice } from '@/components/ErrorNotice';
import { toFailure, useAction } from '@/components/use-action';
import { t } from '@/lib/i18n';
import { sendMessage, type DescribedFailure, type SchemaView } from '@/lib/messaging';
import type { DataSourceTarget, PropertyMapping } from '@/lib/notion/types';
import { fieldLabel, typeLabel } from './field-labels';
import { CAPTURE_FIELDS, choicesFor, clashes } from './mapping-choices';
import { Status } from './Status';
import { VanishedNotice, isVanished } from './VanishedNotice';

/**
 * Which property each capture field fills. Opens with the schema read afresh from
 * Notion (a database edited in Notion shows its new properties here), saves through
 * `updateTarget`, after which automatic remapping leaves the choices alone.
 */
export function MappingEditor({
  target,
  integration,
}: {
  target: DataSourceTarget;
  integration: string;
}) {
  const [view, setView] = useState<SchemaView | null>(null);
  const [loadFailure, setLoadFailure] = useState<DescribedFailure | null>(null);
  const [reading, setReading] = useState(true);
  // Bumped by "Read properties again": the effect below reads Notion once per value.
  const [readCount, setReadCount] = useState(0);
  const [draft, setDraft] = useState<PropertyMapping>({});
  const [saved, setSaved] = useState<string | null>(null);
  const [clashText, setClashText] = useState<string | null>(null);
  const save = useAction((mapping: PropertyMapping) =>
    sendMessage('updateTarget', { targetId: target.id, patch: { mapping } }),
  );

  useEffect(() => {
    let live = true;
    sendMessage('getSchema', { targetId: target.id, refresh: true }).then(
      (result) => {
        if (!live) return;
        setView(result);
        setDraft(result.mapping);
        setLoadFailure(null);
        setReading(false);
      },
      (error: unknown) => {
        if (!live) return;
        setLoadFailure(toFailure(error));
        setReading(false);
      },
    );
    return () => {
      live = false;
    };
  }, [target.id, readCount]);

  const refresh = () => {
    setSaved(null);
    setReading(true);
    setReadCount((n) => n + 1);
  };
  if (loadFailure && (!view || isVanished(loadFailure))) {
    return isVanished(loadFailure) ? (
      <VanishedNotice target={target} integration={integration} failure={loadFailure} />
    ) : (
      <div>
        <ErrorNotice failure={loadFailure} />
        <button type="button" onClick={() => refresh()}>
          {t('optTryAgain')}
        </button>
      </div>
    );
  }
  if (!view) return <p className="muted">{t('optReadingProperties')}</p>;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setSaved(null);
    const clash = clashes(draft)[0];
    if (clash) {
      const property = Object.values(view.schema.properties).find((p) => p.id === clash.propertyId);
      setClashText(
        t('optMappingClash', {
          property: property?.name ?? clash.propertyId,
          fields: clash.fields.map(fieldLabel).join(', '),
        }),
      );
      return;
    }
    setClashText(null);
    if (await save.perform(draft)) setSaved(t('optMappingSaved'));
  };

  const idPrefix = `map-${target.id}`;
  return (
    <form className="mapping" onSubmit={submit}>
      {view.changes.length > 0 && (
        <ul className="diagnostics">
          {view.changes.map((change) => (
            <li key={change} className="diagnostic diagnostic-warning">
              {change}
            </li>
          ))}
        </ul>
      )}
      <p className="muted small">
        {target.mappingEdited ? t('optMappingEditedNote') : t('optMappingAutoNote')}
      </p>
      <div className="mapping-grid">
        {CAPTURE_FIELDS.map((field) => {
          const choices = choicesFor(field, view.schema);
          const value = draft[field];
          return (
            <div className="mapping-row" key={field}>
              <label htmlFor={`${idPrefix}-${field}`}>{fieldLabel(field)}</label>
              <select
                id={`${idPrefix}-${field}`}
                value={typeof value === 'string' ? value : ''}
                onChange={(e) => setDraft({ ...draft, [field]: e.target.value || null })}
              >
                <option value="">{t('optDontSave')}</option>
                {choices.map((p) => (
                  <option key={p.id} value={p.id}>
                    {p.name} ({typeLabel(p.type)})
                  </option>
                ))}
              </select>
            </div>
          );
        })}
      </div>
      {clashText && (
        <p className="field-error" role="alert">
          {clashText}
        </p>
      )}
      <div className="actions">
        <button type="submit" className="primary" disabled={save.pending}>
          {t('optSaveMapping')}
        </button>
        <button type="button" onClick={() => refresh()} disabled={reading}>
          {t('optRefreshProperties')}
        </button>
      </div>
      {save.failure && <ErrorNotice failure={save.failure} onDismiss={save.clearFailure} />}
      {loadFailure && <ErrorNotice failure={loadFailure} onDismiss={() => setLoadFailure(null)} />}
      <Status text={saved} />
    </form>
  );
}
