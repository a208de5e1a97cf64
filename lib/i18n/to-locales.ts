import { catalog } from './catalog';
import type { Locale } from './define';

interface ChromeMessage {
  message: string;
  placeholders?: Record<string, { content: string }>;
}

/**
 * Renders a catalog as a `_locales/<locale>/messages.json` document. Browsers read these
 * for the manifest's `__MSG_…__` strings; `{name}` becomes a `$name$` placeholder fed by
 * positional substitutions in order of first appearance.
 */
export function toChromeMessages(locale: Locale): Record<string, ChromeMessage> {
  const out: Record<string, ChromeMessage> = {};
  for (const [key, value] of Object.entries(catalog[locale])) {
    const text = typeof value === 'string' ? value : value.other;
    const names = [...new Set([...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]!))];
    const entry: ChromeMessage = {
      message: text.replace(/\$/g, '$$$$').replace(/\{(\w+)\}/g, (_, n: string) => `$${n}$`),
    };
    if (names.length > 0) {
      entry.placeholders = Object.fromEntries(
        names.map((n, i) => [n.toLowerCase(), { content: `$${i + 1}` }]),
      );
    }
    out[key] = entry;
  }
  return out;
}
