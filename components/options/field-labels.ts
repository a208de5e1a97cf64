/** Names of capture fields and of Notion property types for people. */
import { currentLocale, t, type MessageKey } from '@/lib/i18n';
import { captureFieldLabel } from '@/lib/notion/schema/capture-fields';
import type { CaptureField } from '@/lib/notion/types';

const TYPE_KEYS: Record<string, MessageKey> = {
  title: 'optTypeTitle',
  rich_text: 'optTypeText',
  url: 'optTypeUrl',
  select: 'optTypeSelect',
  multi_select: 'optTypeMultiSelect',
  date: 'optTypeDate',
  files: 'optTypeFiles',
};

/** A capture field's name, in the browser's language. */
export function fieldLabel(field: CaptureField): string {
  return captureFieldLabel(field, currentLocale());
}

/** A property type's name as Notion's menus call it; the raw type when not known. */
export function typeLabel(type: string): string {
  const key = TYPE_KEYS[type];
  return key ? t(key) : type;
}
