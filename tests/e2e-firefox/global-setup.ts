import { buildExtension } from '../tools/build';
import { ensureFirefox } from '../tools/find-firefox';

/**
 * Makes sure Firefox is there, and builds the Firefox builds once for the whole run
 * (skipped when the runner already built them, as `npm test` does): the test build the
 * specs install, and the production build that `builds.spec.ts` checks.
 */
export default function globalSetup(): void {
  process.env.FIREFOX_PATH = ensureFirefox();
  if (process.env.QC_SKIP_BUILD !== '1') {
    buildExtension('production', { browser: 'firefox' });
    buildExtension('test', { browser: 'firefox' });
  }
}
