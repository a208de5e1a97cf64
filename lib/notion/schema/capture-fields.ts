/**
 * The capture fields (title, address, tags…) as the mapping knows them: which property
 * types each can fill and its name for people. Free of the Notion client, so the options
 * page and the popup use it without bundling the SDK.
 */
import { translate, type Locale, type MessageKey } from '../../i18n';
import type { SchemaProperty } from './schema-properties';
import type { CaptureField } from '../types';

/** Property types each capture field can fill (a user may choose any of these). */
export const FIELD_TYPES: Record<CaptureField, readonly SchemaProperty['type'][]> = {
  title: ['title', 'rich_text'],
  url: ['url', 'rich_text'],
  tags: ['multi_select', 'select', 'rich_text'],
  capturedAt: ['date', 'rich_text'],
  publishedAt: ['date', 'rich_text'],
  notes: ['rich_text', 'title'],
  excerpt: ['rich_text', 'title'],
  site: ['rich_text', 'select', 'multi_select', 'url'],
  author: ['rich_text', 'select', 'multi_select'],
  captureType: ['select', 'multi_select', 'rich_text'],
  image: ['files', 'url'],
  screenshot: ['files'],
};

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

/** A capture field's name for people. */
export function captureFieldLabel(field: CaptureField, locale: Locale): string {
  return translate(locale, FIELD_KEYS[field]);
}
