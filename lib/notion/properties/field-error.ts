/**
 * A problem with one form field, as data until it is put into words in the user's
 * language.
 */
import { translate, type Locale, type MessageKey } from '../../i18n';

export interface FieldError {
  key: MessageKey;
  params?: Record<string, string | number>;
}

/** The outcome of checking one field: a request value, nothing to send, or an error. */
export type FieldOutcome<V> = { ok: true; value: V | undefined } | { ok: false; error: FieldError };

export function valueOf<V>(value: V | undefined): FieldOutcome<V> {
  return { ok: true, value };
}

export function fieldError<V>(key: MessageKey, params?: FieldError['params']): FieldOutcome<V> {
  return { ok: false, error: { key, params } };
}

/** Quotes a user's value in an error sentence without letting a paste flood it. */
export function quoted(value: string): string {
  const oneLine = value.replace(/\s+/g, ' ').trim();
  return oneLine.length > 60 ? `${oneLine.slice(0, 57)}…` : oneLine;
}

export function fieldErrorMessage(error: FieldError, locale: Locale): string {
  return translate(locale, error.key, error.params);
}
