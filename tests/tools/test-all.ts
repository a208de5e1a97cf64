/**
 * `npm test`: every check and test in one run — format, lint and types; the unit and
 * emulator tests; the Chrome and Firefox production builds and Mozilla's linter; the
 * Chrome test build and the end-to-end tests in Chromium. Every suite runs even when an
 * earlier one failed, and the run ends with one line, `N passed, N failed`, counting
 * every check and test of every suite.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { BUILD_ENV, buildArgs } from './build';
import { ensureChromium } from './find-chromium';

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
  const json = readJson(report) as
    | {
        errors?: { message: string; file?: string }[];
        summary?: { errors: number; warnings: number };
      }
    | undefined;
  const errors = json?.summary?.errors ?? (json ? 0 : 1);
  console.log(`\n▶ web-ext lint: ${errors} errors, ${json?.summary?.warnings ?? '?'} warnings`);
  for (const e of json?.errors ?? []) console.log(`  error: ${e.message} ${e.file ?? ''}`);
  tallies.push({
    suite: 'firefox-lint',
    passed: errors === 0 ? 1 : 0,
    failed: errors === 0 ? 0 : 1,
  });
}

function endToEnd(): void {
  const report = 'test-results/playwright.json';
  rmSync(report, { force: true });
  run('npx', ['playwright', 'test'], { PW_JSON_REPORT: report, QC_SKIP_BUILD: '1' });
  const json = readJson(report) as
    { stats?: { expected: number; unexpected: number; flaky: number } } | undefined;
  const stats = json?.stats;
  tallies.push({
    suite: 'e2e',
    passed: stats ? stats.expected + stats.flaky : 0,
    failed: stats ? stats.unexpected : 1,
  });
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
if (check('build-firefox', 'npx', buildArgs('production', 'firefox'), BUILD_ENV)) firefoxLint();
const builtTest = check('build-chrome-test', 'npx', buildArgs('test'), BUILD_ENV);
if (built && builtTest) endToEnd();
else tallies.push({ suite: 'e2e', passed: 0, failed: 1 });

const passed = tallies.reduce((n, t) => n + t.passed, 0);
const failed = tallies.reduce((n, t) => n + t.failed, 0);
console.log('\nSuites:');
for (const t of tallies)
  console.log(`  ${t.suite.padEnd(18)} ${t.passed} passed, ${t.failed} failed`);
const summary = `${passed} passed, ${failed} failed`;
writeFileSync('test-results/summary.txt', summary + '\n');
console.log(`\n${summary}`);
process.exit(failed === 0 ? 0 : 1);
