import { CheckboxField } from './CheckboxField';
import { DateField } from './DateField';
import type { FieldProps } from './field-props';
import { PeopleField } from './PeopleField';
import { RelationField } from './RelationField';
import { SelectField } from './SelectField';
import { TagsField } from './TagsField';
import { TextField } from './TextField';

interface Props extends Omit<FieldProps, 'inputId' | 'errorId'> {
  targetId: string;
  connectionId: string;
  error: string | undefined;
}

/** One property of the form: its label, its input by kind, and its error sentence. */
export function PropertyField({ targetId, connectionId, error, ...props }: Props) {
  // Property ids hold %-escapes and other punctuation: safe in an id, not in a selector.
  const inputId = `field-${encodeURIComponent(props.field.propertyId)}`;
  const errorId = error ? `${inputId}-error` : undefined;
  const field = { ...props, inputId, errorId };
  const { kind, name } = props.field;
  if (kind === 'checkbox') {
    return (
      <div className="field field-inline">
        <CheckboxField {...field} />
        <label htmlFor={inputId}>{name}</label>
        {error && <FieldError id={errorId!} text={error} />}
      </div>
    );
  }
  return (
    <div className="field">
      <label htmlFor={inputId}>{name}</label>
      {kind === 'select' || kind === 'status' ? (
        <SelectField {...field} />
      ) : kind === 'multi_select' ? (
        <TagsField {...field} />
      ) : kind === 'date' ? (
        <DateField {...field} />
      ) : kind === 'people' ? (
        <PeopleField {...field} connectionId={connectionId} />
      ) : kind === 'relation' ? (
        <RelationField {...field} targetId={targetId} />
      ) : (
        <TextField {...field} />
      )}
      {error && <FieldError id={errorId!} text={error} />}
    </div>
  );
}

function FieldError({ id, text }: { id: string; text: string }) {
  return (
    <p id={id} className="field-error">
      {text}
    </p>
  );
}
