import { browser } from 'wxt/browser';
import { catalog, type MessageKey } from './catalog';
import type { Locale, Message } from './define';

export type { Locale, MessageKey };
export type MessageParams = Record<string, string | number>;

/** Picks the language the extension speaks from a BCP 47 tag: Korean or English. */
export function localeFromTag(tag: string | undefined | null): Locale {
  return tag?.toLowerCase().startsWith('ko') ? 'ko' : 'en';
}

function pick(message: Message, params: MessageParams): string {
  if (typeof message === 'string') return message;
  return Number(params.count) === 1 ? message.one : message.other;
}

/** Pure translation: the message for `key` in `locale` with `{name}` placeholders filled. */
export function translate(locale: Locale, key: MessageKey, params: MessageParams = {}): string {
  const message = catalog[locale][key] ?? catalog.en[key];
  return pick(message, params).replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in params ? String(params[name]) : whole,
  );
}

/** The browser's UI language, as the extension speaks it. */
export function currentLocale(): Locale {
  try {
    return localeFromTag(browser.i18n.getUILanguage());
  } catch {
    // Outside an extension (unit tests, the command line) there is no i18n API.
    return localeFromTag(globalThis.navigator?.language);
  }
}

/** Translation in the browser's language. */
export function t(key: MessageKey, params?: MessageParams): string {
  return translate(currentLocale(), key, params);
}
