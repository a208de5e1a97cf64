/**
 * The capture form, filled in before the person sees it: each mapped capture field
 * (title, address, tags, time…) turned into the input its property's type expects.
 * Nothing here can produce a field error: values that do not fit are left out.
 */
import type { CaptureMode, PageCapture } from '../../capture/types';
import type { CaptureField, PropertyInput, PropertyInputs, PropertyMapping } from '../types';
import { captureTypeName } from './capture-types';
import { optionNames } from './choice-values';
import { wallTimeIn } from './date-value';
import type { CachedSchema } from '../schema/schema';
import { findProperty, type SchemaProperty } from '../schema/schema-properties';

export interface CaptureExtras {
  capturedAt: Date;
  tags: readonly string[];
  notes?: string;
  /** IANA zone the times are shown in; defaults to the browser's. */
  timeZone?: string;
  /** A screenshot already uploaded (`POST /v1/file_uploads`). */
  screenshotUploadId?: string | null;
}

type FieldValue =
  | { kind: 'text'; text: string }
  | { kind: 'names'; names: string[] }
  | { kind: 'date'; start: string; timeZone: string | null }
  | { kind: 'file'; url: string }
  | { kind: 'upload'; id: string };

/** The address a capture is about: the link for a link capture, else the page's. */
export function captureUrl(capture: PageCapture): string {
  return capture.mode === 'link' && capture.link ? capture.link.url : capture.metadata.url;
}

function hostOf(url: string): string | null {
  try {
    return new URL(url).hostname.replace(/^www\./, '') || null;
  } catch {
    return null;
  }
}

function dateOf(text: string | null, timeZone: string): FieldValue | null {
  if (!text) return null;
  if (/^\d{4}-\d{2}-\d{2}$/.test(text.trim()))
    return { kind: 'date', start: text.trim(), timeZone: null };
  const instant = new Date(text);
  if (Number.isNaN(instant.getTime())) return null;
  return { kind: 'date', start: wallTimeIn(instant, timeZone), timeZone };
}

function typeName(mode: CaptureMode, property: SchemaProperty): string {
  const options =
    property.type === 'select'
      ? property.select.options
      : property.type === 'multi_select'
        ? property.multi_select.options
        : [];
  return captureTypeName(mode, options);
}

function fieldValue(
  field: CaptureField,
  capture: PageCapture,
  extras: CaptureExtras & { notesIntoExcerpt: boolean },
  timeZone: string,
): FieldValue | null {
  const { metadata } = capture;
  const text = (value: string | null | undefined): FieldValue | null =>
    value && value.trim() !== '' ? { kind: 'text', text: value.trim() } : null;
  switch (field) {
    case 'title':
      if (capture.mode === 'link' && capture.link)
        return text(capture.link.text) ?? text(capture.link.url);
      if (capture.mode === 'image' && capture.image?.alt) return text(capture.image.alt);
      return text(metadata.title) ?? text(metadata.url);
    case 'url':
      return text(captureUrl(capture));
    case 'tags':
      return extras.tags.length > 0 ? { kind: 'names', names: [...extras.tags] } : null;
    case 'capturedAt':
      return { kind: 'date', start: wallTimeIn(extras.capturedAt, timeZone), timeZone };
    case 'publishedAt':
      return dateOf(metadata.publishedTime, timeZone);
    case 'notes':
      return text(extras.notes);
    case 'excerpt': {
      const excerpt = capture.mode === 'selection' ? capture.text : metadata.description;
      // With no property of its own, the person's note goes first in the excerpt's.
      const note = extras.notesIntoExcerpt ? extras.notes?.trim() : '';
      return text([note, excerpt?.trim()].filter(Boolean).join('\n\n'));
    }
    case 'site':
      return text(metadata.siteName) ?? text(hostOf(metadata.url));
    case 'author':
      return text(metadata.author);
    case 'captureType':
      return { kind: 'text', text: capture.mode };
    case 'image': {
      const url = capture.mode === 'image' ? capture.image?.url : metadata.image;
      return url ? { kind: 'file', url } : null;
    }
    case 'screenshot':
      return extras.screenshotUploadId ? { kind: 'upload', id: extras.screenshotUploadId } : null;
  }
}

function asText(value: FieldValue): string {
  switch (value.kind) {
    case 'text':
      return value.text;
    case 'names':
      return value.names.join(', ');
    case 'date':
      return value.start.replace('T', ' ');
    case 'file':
      return value.url;
    case 'upload':
      return '';
  }
}

function toInput(property: SchemaProperty, value: FieldValue): PropertyInput | null {
  const text = asText(value);
  switch (property.type) {
    case 'title':
    case 'rich_text':
    case 'url':
    case 'email':
    case 'phone_number':
      return text === '' ? null : { type: property.type, text };
    case 'select': {
      const name = value.kind === 'names' ? value.names[0] : text.replace(/,/g, ' ');
      return name ? { type: 'select', name } : null;
    }
    case 'multi_select': {
      const names = optionNames(
        value.kind === 'names' ? value.names : [text],
        property.multi_select.options,
      );
      return names.length > 0 ? { type: 'multi_select', names } : null;
    }
    case 'date':
      return value.kind === 'date'
        ? { type: 'date', start: value.start, timeZone: value.timeZone }
        : null;
    case 'files':
      if (value.kind === 'upload')
        return { type: 'files', files: [{ kind: 'file_upload', id: value.id }] };
      return value.kind === 'file'
        ? { type: 'files', files: [{ kind: 'external', url: value.url }] }
        : null;
    default:
      return null;
  }
}

/** Form values (by property id) pre-filled from a capture, for the fields mapped. */
export function initialInputs(
  schema: CachedSchema,
  mapping: PropertyMapping,
  capture: PageCapture,
  extras: CaptureExtras,
): PropertyInputs {
  const timeZone = extras.timeZone ?? Intl.DateTimeFormat().resolvedOptions().timeZone;
  const inputs: PropertyInputs = {};
  for (const [field, propertyId] of Object.entries(mapping) as [CaptureField, string | null][]) {
    if (!propertyId) continue;
    const property = findProperty(schema, propertyId);
    if (!property || inputs[property.id]) continue;
    const notesIntoExcerpt = !mapping.notes;
    let value = fieldValue(field, capture, { ...extras, notesIntoExcerpt }, timeZone);
    if (value && field === 'captureType') {
      value = { kind: 'text', text: typeName(capture.mode, property) };
    }
    const input = value ? toInput(property, value) : null;
    if (input) inputs[property.id] = input;
  }
  return inputs;
}
