import type { FieldProps } from './field-props';

type TextType = 'rich_text' | 'number' | 'url' | 'email' | 'phone_number';

const TYPES: Record<string, TextType> = {
  long_text: 'rich_text',
  number: 'number',
  url: 'url',
  email: 'email',
  phone: 'phone_number',
};

// Plain text inputs for every kind: `buildProperties` checks numbers and addresses and
// says what is wrong in words, where a browser's own validation would only block.
const MODES: Record<string, 'decimal' | 'url' | 'email' | 'tel' | undefined> = {
  number: 'decimal',
  url: 'url',
  email: 'email',
  phone: 'tel',
};

/** Text, number, address, email and phone properties. */
export function TextField({ field, input, inputId, errorId, onChange }: FieldProps) {
  const type = TYPES[field.kind] ?? 'rich_text';
  const text = input && 'text' in input ? input.text : '';
  const common = {
    id: inputId,
    value: text,
    'aria-describedby': errorId,
    'aria-invalid': errorId ? true : undefined,
    onChange: (e: { target: { value: string } }) => onChange({ type, text: e.target.value }),
  };
  if (field.kind === 'long_text') return <textarea {...common} rows={2} />;
  return <input {...common} type="text" inputMode={MODES[field.kind]} autoComplete="off" />;
}
