import { useMemo } from 'react';
import { t } from '@/lib/i18n';
import type { DataSourceTarget } from '@/lib/notion/types';
import { PropertyField } from './fields/PropertyField';
import { formFields } from './form-fields';
import { formInputs } from './save-input';
import { editField, useSession } from './session';
import { useCapture, useRuleValues, useTargetSchema, useTitle } from './use-popup-model';

/** The database's properties as a form, pre-filled from the page. */
export function PropertyForm({ target }: { target: DataSourceTarget }) {
  const { schema, mapping } = useTargetSchema(target);
  const capture = useCapture();
  const title = useTitle();
  const rule = useRuleValues();
  const edits = useSession((s) => s.edits);
  const openedAt = useSession((s) => s.openedAt);
  const errors = useSession((s) => s.fieldErrors);
  const fields = useMemo(() => (schema ? formFields(schema, mapping) : []), [schema, mapping]);
  const inputs = useMemo(
    () => (schema ? formInputs({ schema, mapping, capture, openedAt, title, edits, rule }) : {}),
    [schema, mapping, capture, openedAt, title, edits, rule],
  );
  if (!schema) return <p className="muted">{t('popupSchemaMissing')}</p>;
  if (fields.length === 0) return null;
  return (
    <fieldset className="properties">
      <legend className="visually-hidden">{t('popupPropertiesLabel')}</legend>
      {fields.map((field) => (
        <PropertyField
          key={field.propertyId}
          targetId={target.id}
          connectionId={target.connectionId}
          field={field}
          input={inputs[field.propertyId]}
          error={errors[field.propertyId]}
          onChange={(input) => editField(field.propertyId, input)}
        />
      ))}
    </fieldset>
  );
}

/** A page target has no properties: the person's note goes with the capture. */
export function NoteField() {
  const note = useSession((s) => s.note);
  return (
    <div className="field">
      <label htmlFor="popup-note">{t('popupNoteLabel')}</label>
      <textarea
        id="popup-note"
        rows={2}
        value={note}
        placeholder={t('popupNotePlaceholder')}
        onChange={(e) => useSession.setState({ note: e.target.value })}
      />
    </div>
  );
}
