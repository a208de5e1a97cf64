/**
 * `npm test`: every check and test in one run — format, lint and types; the unit and
 * emulator tests; the Chrome and Firefox production builds and Mozilla's linter; the
 * Chrome test build and the end-to-end tests in Chromium; the Firefox test build and the
 * end-to-end tests in Firefox (puppeteer-core over WebDriver BiDi). Every suite runs even
 * when an earlier one failed, and the run ends with one line, `N passed, N failed`,
 * counting every check and test of every suite.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { BUILD_ENV, buildArgs } from './build';
import { ensureChromium } from './find-chromium';
import { ensureFirefox } from './find-firefox';
import { lintFailures, type LintReport } from './firefox-lint';

interface Tally {
  suite: string;
  passed: number;
  failed: number;
}

const tallies: Tally[] = [];
mkdirSync('test-results', { recursive: true });

function run(command: string, args: string[], env: NodeJS.ProcessEnv = {}): boolean {
  console.log(`\n▶ ${command} ${args.join(' ')}`);
  const result = spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, ...env } });
  return result.status === 0;
}

/** A step that is one check: it passes or fails as a whole. */
function check(
  suite: string,
  command: string,
  args: string[],
  env: NodeJS.ProcessEnv = {},
): boolean {
  const ok = run(command, args, env);
  tallies.push({ suite, passed: ok ? 1 : 0, failed: ok ? 0 : 1 });
  return ok;
}

function readJson(path: string): unknown {
  try {
    return existsSync(path) ? JSON.parse(readFileSync(path, 'utf8')) : undefined;
  } catch {
    return undefined;
  }
}

function unitTests(): void {
  const report = 'test-results/vitest.json';
  rmSync(report, { force: true });
  const ok = run('npx', [
    'vitest',
    'run',
    '--reporter=default',
    '--reporter=json',
    `--outputFile.json=${report}`,
  ]);
  const json = readJson(report) as { numPassedTests: number; numFailedTests: number } | undefined;
  // A crash before any report still counts as a failure.
  const failed = json ? json.numFailedTests + (ok || json.numFailedTests > 0 ? 0 : 1) : 1;
  tallies.push({ suite: 'unit', passed: json?.numPassedTests ?? 0, failed });
}

/**
 * Mozilla's linter on the Firefox production build: one check, failed by any error and
 * any warning but the libraries' `innerHTML` (tests/tools/firefox-lint.ts).
 */
function firefoxLint(): void {
  const report = 'test-results/web-ext-lint.json';
  const result = spawnSync(
    'npx',
    [
      'web-ext',
      'lint',
      '--source-dir',
      '.output/firefox-mv3',
      '--output',
      'json',
      '--no-config-discovery',
    ],
    { encoding: 'utf8' },
  );
  writeFileSync(report, result.stdout ?? '');
  const json = readJson(report) as (LintReport & { summary?: { warnings: number } }) | undefined;
  // No report at all (the linter crashed) is a failure too.
  const failures = json ? lintFailures(json) : ['web-ext lint wrote no report'];
  console.log(
    `\n▶ web-ext lint: ${failures.length} failing, ${json?.summary?.warnings ?? '?'} warnings in all`,
  );
  for (const f of failures) console.log(`  ${f}`);
  tallies.push({
    suite: 'firefox-lint',
    passed: failures.length === 0 ? 1 : 0,
    failed: failures.length === 0 ? 0 : 1,
  });
}

/** A Playwright suite, counted from its JSON report (a crash before it counts as a failure). */
function endToEnd(suite: string, config: string | null): void {
  const report = `test-results/${suite}.json`;
  rmSync(report, { force: true });
  run('npx', ['playwright', 'test', ...(config ? ['-c', config] : [])], {
    PW_JSON_REPORT: report,
    QC_SKIP_BUILD: '1',
  });
  const json = readJson(report) as
    { stats?: { expected: number; unexpected: number; flaky: number } } | undefined;
  const stats = json?.stats;
  tallies.push({
    suite,
    passed: stats ? stats.expected + stats.flaky : 0,
    failed: stats ? stats.unexpected : 1,
  });
}

/** Firefox for the Firefox suite, installed when missing (as root with apt); null if none. */
function firefoxPath(): string | null {
  try {
    return ensureFirefox();
  } catch (error) {
    console.error(error instanceof Error ? error.message : String(error));
    return null;
  }
}

process.env.CHROMIUM_PATH = ensureChromium();
check('format', 'npx', ['prettier', '--check', '.']);
check('lint', 'npx', ['eslint', '.']);
// WXT generates the types of the message keys from public/_locales: regenerated first, so
// a checkout whose catalogs changed since the last install is checked against its own.
run('npx', ['wxt', 'prepare']);
check('types', 'npx', ['tsc', '--noEmit']);
unitTests();
// The production builds are what people install: built and linted as such. The end-to-end
// suite runs on the test build (the only one that talks to the emulator) and checks the
// production build refuses what only the test build allows (production-build.spec.ts).
const built = check('build-chrome', 'npx', buildArgs('production'), BUILD_ENV);
const builtFirefox = check('build-firefox', 'npx', buildArgs('production', 'firefox'), BUILD_ENV);
if (builtFirefox) firefoxLint();
const builtTest = check('build-chrome-test', 'npx', buildArgs('test'), BUILD_ENV);
if (built && builtTest) endToEnd('e2e', null);
else tallies.push({ suite: 'e2e', passed: 0, failed: 1 });
// The same journeys in Firefox, on its test build (the production build is checked too).
const builtFirefoxTest = check(
  'build-firefox-test',
  'npx',
  buildArgs('test', 'firefox'),
  BUILD_ENV,
);
const firefox = firefoxPath();
if (firefox) process.env.FIREFOX_PATH = firefox;
if (builtFirefox && builtFirefoxTest && firefox)
  endToEnd('e2e-firefox', 'playwright.firefox.config.ts');
else tallies.push({ suite: 'e2e-firefox', passed: 0, failed: 1 });

const passed = tallies.reduce((n, t) => n + t.passed, 0);
const failed = tallies.reduce((n, t) => n + t.failed, 0);
console.log('\nSuites:');
for (const t of tallies)
  console.log(`  ${t.suite.padEnd(18)} ${t.passed} passed, ${t.failed} failed`);
const summary = `${passed} passed, ${failed} failed`;
writeFileSync('test-results/summary.txt', summary + '\n');
console.log(`\n${summary}`);
process.exit(failed === 0 ? 0 : 1);
