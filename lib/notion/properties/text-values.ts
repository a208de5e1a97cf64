/**
 * Property values typed as text in a form: title, rich text, number, URL, email, phone.
 */
import { fieldError, quoted, valueOf, type FieldOutcome } from './field-error';
import { NOTION_LIMITS } from '../api/limits';
import type { PropertyRequest } from '../api/request-types';
import { toRichText } from '../api/text';

/** A title: one line (newlines read as spaces), within the rich text limits. */
export function titleValue(text: string): FieldOutcome<PropertyRequest> {
  const line = text.replace(/\s+/g, ' ').trim();
  return valueOf(line === '' ? undefined : { title: toRichText(line) });
}

export function richTextValue(text: string): FieldOutcome<PropertyRequest> {
  const trimmed = text.trim();
  return valueOf(trimmed === '' ? undefined : { rich_text: toRichText(trimmed) });
}

/**
 * A number as people type it: `1,234.5`, `1 234,5` is not guessed at (ambiguous), `50%`
 * is 0.5 as Notion stores percentages, `-3e2` is accepted.
 */
export function parseNumber(text: string): number | null {
  const compact = text.trim().replace(/[\s_]/g, '');
  if (compact === '') return null;
  const percent = compact.endsWith('%');
  const body = (percent ? compact.slice(0, -1) : compact).replace(/,(?=\d{3}(\D|$))/g, '');
  if (!/^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i.test(body)) return null;
  const value = Number(body);
  if (!Number.isFinite(value)) return null;
  return percent ? value / 100 : value;
}

export function numberValue(text: string): FieldOutcome<PropertyRequest> {
  if (text.trim() === '') return valueOf(undefined);
  const value = parseNumber(text);
  return value === null
    ? fieldError('notionFieldNumber', { value: quoted(text) })
    : valueOf({ number: value });
}

/**
 * An absolute http(s) address, or null. A bare `example.com/x` gets `https://` in
 * front, as browsers do when it is typed in the address bar.
 */
export function parseWebUrl(text: string): string | null {
  const trimmed = text.trim();
  const candidate = /^[a-z][a-z0-9+.-]*:/i.test(trimmed)
    ? trimmed
    : /^[^\s/]+\.[^\s/]+/.test(trimmed)
      ? `https://${trimmed}`
      : null;
  if (!candidate || /\s/.test(candidate)) return null;
  try {
    const url = new URL(candidate);
    if (url.protocol !== 'http:' && url.protocol !== 'https:') return null;
    if (!url.hostname.includes('.') && url.hostname !== 'localhost') return null;
    return candidate;
  } catch {
    return null;
  }
}

export function urlValue(text: string): FieldOutcome<PropertyRequest> {
  if (text.trim() === '') return valueOf(undefined);
  const url = parseWebUrl(text);
  if (!url) return fieldError('notionFieldUrl', { value: quoted(text) });
  if (url.length > NOTION_LIMITS.url) {
    return fieldError('notionFieldTooLong', { max: NOTION_LIMITS.url, length: url.length });
  }
  return valueOf({ url });
}

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

export function emailValue(text: string): FieldOutcome<PropertyRequest> {
  const email = text.trim().replace(/^mailto:/i, '');
  if (email === '') return valueOf(undefined);
  if (!EMAIL.test(email)) return fieldError('notionFieldEmail', { value: quoted(text) });
  if (email.length > NOTION_LIMITS.emailOrPhone) {
    return fieldError('notionFieldTooLong', {
      max: NOTION_LIMITS.emailOrPhone,
      length: email.length,
    });
  }
  return valueOf({ email });
}

// Digits with the punctuation people write around them, extensions included.
const PHONE = /^\+?[\d\s().\-/]*\d[\d\s().\-/]*((ext\.?|x|#)\s*\d+)?$/i;

export function phoneValue(text: string): FieldOutcome<PropertyRequest> {
  const phone = text.trim().replace(/^tel:/i, '');
  if (phone === '') return valueOf(undefined);
  if (!PHONE.test(phone)) return fieldError('notionFieldPhone', { value: quoted(text) });
  if (phone.length > NOTION_LIMITS.emailOrPhone) {
    return fieldError('notionFieldTooLong', {
      max: NOTION_LIMITS.emailOrPhone,
      length: phone.length,
    });
  }
  return valueOf({ phone_number: phone });
}
