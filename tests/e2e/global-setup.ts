import { buildExtension } from '../tools/build';
import { ensureChromium } from '../tools/find-chromium';

/**
 * Builds the extension once for the whole run (skipped when the runner already built it):
 * the test build the specs load, and the production build that `production-build.spec.ts`
 * checks refuses what only the test build allows.
 */
export default function globalSetup(): void {
  process.env.CHROMIUM_PATH = ensureChromium();
  if (process.env.QC_SKIP_BUILD !== '1') {
    buildExtension('production');
    buildExtension('test');
  }
}
