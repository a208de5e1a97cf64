/**
 * Writes `public/_locales/{en,ko}/messages.json` from the typed catalogs in `lib/i18n`.
 * The catalogs are the source; a unit test fails when the committed files drift from them.
 * Run with `npm run locales`.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { LOCALES } from '../../lib/i18n/define';
import { toChromeMessages } from '../../lib/i18n/to-locales';

for (const locale of LOCALES) {
  const dir = join('public', '_locales', locale);
  mkdirSync(dir, { recursive: true });
  writeFileSync(
    join(dir, 'messages.json'),
    JSON.stringify(toChromeMessages(locale), null, 2) + '\n',
  );
}
