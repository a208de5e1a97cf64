/**
 * The extension's builds as the tools make them. `wxt build` is the production build
 * people install (`.output/chrome-mv3`); `wxt build --mode test` is the test and demo
 * build (`.output/chrome-mv3-test`), the only one that talks to the Notion emulator on
 * this machine and exposes hooks to the end-to-end tests (lib/build-mode.ts). Firefox's
 * builds land beside them, in `.output/firefox-mv3` and `.output/firefox-mv3-test`.
 */
import { execFileSync } from 'node:child_process';
import { resolve } from 'node:path';

export type BuildKind = 'production' | 'test';

/** Where the Chrome build of each kind lands (WXT names the folder `-<mode>`). */
export const PRODUCTION_DIR = resolve('.output/chrome-mv3');
export const TEST_BUILD_DIR = resolve('.output/chrome-mv3-test');
/** The same two builds for Firefox (`wxt build -b firefox`, with `--mode test`). */
export const FIREFOX_PRODUCTION_DIR = resolve('.output/firefox-mv3');
export const FIREFOX_TEST_BUILD_DIR = resolve('.output/firefox-mv3-test');

/** The `npx` arguments that make a build. */
export function buildArgs(kind: BuildKind, browser: 'chrome' | 'firefox' = 'chrome'): string[] {
  return [
    'wxt',
    'build',
    ...(browser === 'firefox' ? ['-b', 'firefox'] : []),
    ...(kind === 'test' ? ['--mode', 'test'] : []),
  ];
}

/**
 * The environment of a build: WXT sets NODE_ENV to the mode, which would make React its
 * development build (with this machine's paths in it) in the test build. Both builds
 * are production builds of their libraries.
 */
export const BUILD_ENV: NodeJS.ProcessEnv = { ...process.env, NODE_ENV: 'production' };

/** Builds the extension and waits for the build; throws when it fails. */
export function buildExtension(
  kind: BuildKind,
  { quiet = false, browser = 'chrome' }: { quiet?: boolean; browser?: 'chrome' | 'firefox' } = {},
): void {
  execFileSync('npx', buildArgs(kind, browser), {
    stdio: quiet ? 'ignore' : 'inherit',
    env: BUILD_ENV,
  });
}
