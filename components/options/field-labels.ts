/**
 * Names of capture fields and of Notion property types for people. The field names reuse
 * the engine's messages; they are looked up here rather than through
 * `lib/notion/mapping.ts` so the page does not load the Notion client with it.
 */
import { t, type MessageKey } from '@/lib/i18n';
import type { CaptureField } from '@/lib/notion/types';

const FIELD_KEYS: Record<CaptureField, MessageKey> = {
  title: 'notionCaptureFieldTitle',
  url: 'notionCaptureFieldUrl',
  tags: 'notionCaptureFieldTags',
  capturedAt: 'notionCaptureFieldCapturedAt',
  notes: 'notionCaptureFieldNotes',
  excerpt: 'notionCaptureFieldExcerpt',
  site: 'notionCaptureFieldSite',
  author: 'notionCaptureFieldAuthor',
  publishedAt: 'notionCaptureFieldPublishedAt',
  captureType: 'notionCaptureFieldCaptureType',
  image: 'notionCaptureFieldImage',
  screenshot: 'notionCaptureFieldScreenshot',
};

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
  return t(FIELD_KEYS[field]);
}

/** A property type's name as Notion's menus call it; the raw type when not known. */
export function typeLabel(type: string): string {
  const key = TYPE_KEYS[type];
  return key ? t(key) : type;
}
