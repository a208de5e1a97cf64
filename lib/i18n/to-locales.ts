import { catalog } from './catalog';
import { ONE_SUFFIX, PARAMS_SUFFIX, type Locale } from './define';

interface ChromeMessage {
  message: string;
  placeholders?: Record<string, { content: string }>;
}

const namesIn = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]!);

/**
 * Renders a catalog as a `_locales/<locale>/messages.json` document, the form browsers
 * read (`browser.i18n.getMessage`, and the manifest's `__MSG_…__`). `{name}` becomes a
 * `$name$` placeholder fed by a positional substitution; `<key>__params` lists the names
 * in that order, and a counted message's singular goes to `<key>__one`.
 */
export function toChromeMessages(locale: Locale): Record<string, ChromeMessage> {
  const out: Record<string, ChromeMessage> = {};
  for (const [key, value] of Object.entries(catalog[locale])) {
    const forms = typeof value === 'string' ? { other: value } : value;
    const names = [
      ...new Set([...namesIn(forms.other), ...('one' in forms ? namesIn(forms.one) : [])]),
    ];
    const render = (text: string): ChromeMessage => {
      const entry: ChromeMessage = {
        message: text.replace(/\$/g, '$$$$').replace(/\{(\w+)\}/g, (_, n: string) => `$${n}$`),
      };
      const used = names.filter((n) => text.includes(`{${n}}`));
      if (used.length > 0) {
        entry.placeholders = Object.fromEntries(
          used.map((n) => [n.toLowerCase(), { content: `$${names.indexOf(n) + 1}` }]),
        );
      }
      return entry;
    };
    out[key] = render(forms.other);
    if ('one' in forms) out[`${key}${ONE_SUFFIX}`] = render(forms.one);
    if (names.length > 0) out[`${key}${PARAMS_SUFFIX}`] = { message: names.join(',') };
  }
  return out;
}
