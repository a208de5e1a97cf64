import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { browser } from 'wxt/browser';
import { catalog } from './catalog';
import { LOCALES } from './define';
import { localeFromTag, translate, useCatalog, type MessageKey } from './index';
import { toChromeMessages } from './to-locales';

describe('i18n', () => {
  it('keeps public/_locales in step with the catalogs (run `npm run locales`)', () => {
    for (const locale of LOCALES) {
      const committed = JSON.parse(readFileSync(`public/_locales/${locale}/messages.json`, 'utf8'));
      expect(committed).toEqual(toChromeMessages(locale));
    }
  });

  it('speaks Korean for every ko-* tag and English otherwise', () => {
    expect(localeFromTag('ko')).toBe('ko');
    expect(localeFromTag('ko-KR')).toBe('ko');
    expect(localeFromTag('en-US')).toBe('en');
    expect(localeFromTag('fr')).toBe('en');
    expect(localeFromTag(undefined)).toBe('en');
  });

  it('translates with the locale given', () => {
    expect(translate('ko', 'actionTitle')).toBe('Notion에 저장');
    expect(translate('en', 'actionTitle')).toBe('Save to Notion');
  });
});

/**
 * What Chrome's `i18n.getMessage` does with a `_locales` entry: `$name$` takes its
 * placeholder's content, where `$1`… are the substitutions and `$$` is a dollar sign.
 */
function chromeGetMessage(
  messages: Record<string, { message: string; placeholders?: Record<string, { content: string }> }>,
) {
  return (name: string, substitutions: string[] = []) => {
    const entry = messages[name];
    if (!entry) return '';
    const content = (c: string) =>
      c.replace(/\$(\d)/g, (_, i: string) => substitutions[Number(i) - 1] ?? '');
    return entry.message
      .replace(/\$(\w+)\$/g, (whole, p: string) => {
        const placeholder = entry.placeholders?.[p.toLowerCase()];
        return placeholder ? content(placeholder.content) : whole;
      })
      .replace(/\$\$/g, '$');
  };
}

describe('translation through the browser’s _locales', () => {
  afterEach(() => {
    useCatalog(catalog);
    vi.restoreAllMocks();
  });

  it('gives the same sentence as the catalog for every message, counted or not', () => {
    const messages = toChromeMessages('ko');
    vi.spyOn(browser.i18n, 'getMessage').mockImplementation(chromeGetMessage(messages) as never);
    // Every placeholder name used anywhere, each with a value of its own (one with a `$`).
    const names = new Set(
      JSON.stringify(catalog)
        .match(/\{(\w+)\}/g)!
        .map((m) => m.slice(1, -1)),
    );
    const values = Object.fromEntries([...names].map((n, i) => [n, `${n}$${i}`]));
    for (const key of Object.keys(catalog.ko) as MessageKey[]) {
      for (const count of [1, 3]) {
        const params = { ...values, count };
        useCatalog(catalog);
        const expected = translate('ko', key, params);
        useCatalog(null);
        expect(translate('ko', key, params), key).toBe(expected);
      }
    }
  });
});
