import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { LOCALES } from './define';
import { localeFromTag, translate } from './index';
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
