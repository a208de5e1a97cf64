/**
 * Translation. The typed catalogs (`catalog.ts`, one file per area under `messages/`) are
 * where strings are written; `npm run locales` renders them as `public/_locales`, which
 * is what the extension reads at run time through `browser.i18n.getMessage`. So the
 * pages and the worker carry no catalog in their JavaScript (the popup must stay
 * small), and the browser picks the language.
 *
 * Outside the extension (unit tests, the command line) there is no `browser.i18n`:
 * `useCatalog` hands the catalogs in, and then any locale can be asked for.
 */
import { browser } from 'wxt/browser';
import { chooseParticles } from './korean-particles';
import type { MessageKey } from './catalog';
import type { Locale, Message } from './define';
import { ONE_SUFFIX, PARAMS_SUFFIX } from './define';

export type { Locale, MessageKey };
export type MessageParams = Record<string, string | number>;

type Catalogs = Record<Locale, Record<MessageKey, Message>>;
let catalogs: Catalogs | null = null;

/** Translates from these catalogs from now on (tests and command-line tools). */
export function useCatalog(next: Catalogs | null): void {
  catalogs = next;
}

/** Picks the language the extension speaks from a BCP 47 tag: Korean or English. */
export function localeFromTag(tag: string | undefined | null): Locale {
  return tag?.toLowerCase().startsWith('ko') ? 'ko' : 'en';
}

const isOne = (params: MessageParams) => Number(params.count) === 1;

function fill(text: string, params: MessageParams): string {
  return text.replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in params ? String(params[name]) : whole,
  );
}

/** The words filled into a message, for choosing the Korean particles after them. */
function words(params: MessageParams): string[] {
  return Object.values(params).map(String);
}

function fromCatalog(
  all: Catalogs,
  locale: Locale,
  key: MessageKey,
  params: MessageParams,
): string {
  const message = all[locale][key] ?? all.en[key];
  const text = typeof message === 'string' ? message : isOne(params) ? message.one : message.other;
  return chooseParticles(fill(text, params), words(params));
}

// The companion keys exist only for some messages, so the name is any string here;
// `getMessage` answers '' for a name it does not know.
type GetMessage = (name: string, substitutions?: string[]) => string;

// `_locales` placeholders are positional; `<key>__params` lists their names in order.
function fromBrowser(key: MessageKey, params: MessageParams): string {
  const get: GetMessage = (name, substitutions) =>
    browser.i18n.getMessage(name as MessageKey, substitutions);
  const names = get(`${key}${PARAMS_SUFFIX}`);
  const substitutions = names ? names.split(',').map((n) => String(params[n] ?? '')) : undefined;
  const one = isOne(params) ? get(`${key}${ONE_SUFFIX}`, substitutions) : '';
  return chooseParticles(one || get(key, substitutions), words(params));
}

/**
 * The message for `key` with `{name}` placeholders filled. In the extension the
 * browser's language is used whatever `locale` says (it is the only one the browser
 * serves); with catalogs loaded, `locale` is honoured.
 */
export function translate(locale: Locale, key: MessageKey, params: MessageParams = {}): string {
  return catalogs ? fromCatalog(catalogs, locale, key, params) : fromBrowser(key, params);
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
