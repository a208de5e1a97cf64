import { valueAs, type FieldProps } from './field-props';

/** A checkbox property; Space toggles it, Enter saves as everywhere else. */
export function CheckboxField({ input, inputId, errorId, onChange }: FieldProps) {
  return (
    <input
      id={inputId}
      type="checkbox"
      checked={valueAs(input, 'checkbox')?.checked ?? false}
      aria-describedby={errorId}
      aria-invalid={errorId ? true : undefined}
      onChange={(e) => onChange({ type: 'checkbox', checked: e.target.checked })}
    />
  );
}
