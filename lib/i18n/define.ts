/**
 * A message is either one sentence or, when it counts something, a pair of forms chosen
 * by the `count` parameter. Placeholders are written `{name}`.
 */
export type Message = string | { one: string; other: string };

export type Locale = 'en' | 'ko';

/** In `_locales`: the singular form of a counted message is `<key>__one`… */
export const ONE_SUFFIX = '__one';
/** …and `<key>__params` names its placeholders in the order of their substitutions. */
export const PARAMS_SUFFIX = '__params';
export const LOCALES: readonly Locale[] = ['en', 'ko'];

/**
 * Declares the messages of one area of the extension in both languages. The type makes
 * a Korean key missing (or an extra one) a compile error, so neither language can fall
 * behind the other.
 */
export function defineMessages<K extends string>(messages: {
  en: Record<K, Message>;
  ko: NoInfer<Record<K, Message>>;
}): { en: Record<K, Message>; ko: Record<K, Message> } {
  return messages;
}
