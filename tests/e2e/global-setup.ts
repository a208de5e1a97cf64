import { execSync } from 'node:child_process';
import { ensureChromium } from '../tools/find-chromium';

/** Builds the extension once for the whole run (skipped when the runner already built it). */
export default function globalSetup(): void {
  process.env.CHROMIUM_PATH = ensureChromium();
  if (process.env.QC_SKIP_BUILD !== '1') {
    execSync('npx wxt build', { stdio: 'inherit' });
  }
}
