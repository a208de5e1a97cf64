import { t } from '@/lib/i18n';
import type { FieldProps } from './field-props';

/**
 * Select and status: the existing options. A value the capture brought that is not an
 * option yet ("Article" in a database without it) is listed too: a select property
 * creates it on save.
 */
export function SelectField({ field, input, inputId, errorId, onChange }: FieldProps) {
  const type = field.kind === 'status' ? 'status' : 'select';
  const current = input && 'name' in input ? input.name : null;
  const options =
    current && !field.options.includes(current) ? [...field.options, current] : field.options;
  return (
    <select
      id={inputId}
      value={current ?? ''}
      aria-describedby={errorId}
      aria-invalid={errorId ? true : undefined}
      onChange={(e) => onChange({ type, name: e.target.value || null })}
    >
      <option value="">{t('popupNone')}</option>
      {options.map((name) => (
        <option key={name} value={name}>
          {name}
        </option>
      ))}
    </select>
  );
}
