import { buildExtension } from '../tools/build';
import { ensureFirefox } from '../tools/find-firefox';

/**
 * Makes sure Firefox is there, and builds the Firefox test build once for the whole run
 * (skipped when the runner already built it, as `npm test` does).
 */
export default function globalSetup(): void {
  process.env.FIREFOX_PATH = ensureFirefox();
  if (process.env.QC_SKIP_BUILD !== '1') buildExtension('test', { browser: 'firefox' });
}
