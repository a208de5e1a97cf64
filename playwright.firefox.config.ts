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
  timeout: 60_000,
  expect: { timeout: 15_000 },
  reporter: process.env.PW_JSON_REPORT
    ? [['list'], ['json', { outputFile: process.env.PW_JSON_REPORT }]]
    : [['list']],
});
