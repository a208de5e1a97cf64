import { defineConfig } from '@playwright/test';

// The Firefox end-to-end suite. Playwright is only its test runner here: each test
// launches its own Firefox through puppeteer-core (WebDriver BiDi) with the built
// extension, and its own emulator. Two workers keep a 2-core machine busy.
export default defineConfig({
  testDir: 'tests/e2e-firefox',
  testMatch: '**/*.spec.ts',
  globalSetup: './tests/e2e-firefox/global-setup.ts',
  outputDir: 'test-results/artifacts-firefox',
  fullyParallel: true,
  workers: 2,
  retries: 0,
  // Ceilings, not expectations: each test starts its own Firefox, which a 2-core machine
  // busy with other suites may take many seconds to; the slowest test takes about 30 s there.
  timeout: 90_000,
  expect: { timeout: 15_000 },
  reporter: process.env.PW_JSON_REPORT
    ? [['list'], ['json', { outputFile: process.env.PW_JSON_REPORT }]]
    : [['list']],
});
