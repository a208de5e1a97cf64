import { t } from '@/lib/i18n';
import { ChipsInput, type ChipOption } from './ChipsInput';
import { valueAs, type FieldProps } from './field-props';

const asOption = (name: string): ChipOption => ({ id: name, label: name });

/** Multi-select: chips from the existing options, and new ones typed in. */
export function TagsField({ field, input, inputId, errorId, onChange }: FieldProps) {
  const names = valueAs(input, 'multi_select')?.names ?? [];
  const set = (next: string[]) => onChange({ type: 'multi_select', names: next });
  return (
    <ChipsInput
      inputId={inputId}
      describedBy={errorId}
      invalid={Boolean(errorId)}
      chips={names.map(asOption)}
      onAdd={(option) => set([...names, option.label])}
      onRemove={(id) => set(names.filter((n) => n !== id))}
      suggestions={(query) => {
        const q = query.trim().toLocaleLowerCase();
        return field.options.filter((n) => n.toLocaleLowerCase().includes(q)).map(asOption);
      }}
      // Notion reads a comma as a separator between names, so it never starts a new one.
      create={(text) => (text.includes(',') ? null : asOption(text))}
      placeholder={t('popupChipsPlaceholder')}
    />
  );
}
