/**
 * Finds a Chromium to run the end-to-end tests and the demo in: `CHROMIUM_PATH`, Debian's
 * `/usr/bin/chromium`, or a browser in Playwright's cache. When none is there and we are
 * root with apt, installs Debian's `chromium`; otherwise stops with what to install.
 * (`npx playwright install` cannot download on these machines, so it is not tried.)
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';

function fromPlaywrightCache(): string | undefined {
  const cache = process.env.PLAYWRIGHT_BROWSERS_PATH ?? join(homedir(), '.cache', 'ms-playwright');
  if (!existsSync(cache)) return undefined;
  for (const dir of readdirSync(cache)
    .filter((d) => d.startsWith('chromium'))
    .sort()
    .reverse()) {
    for (const bin of ['chrome-linux/chrome', 'chrome-linux64/chrome']) {
      const candidate = join(cache, dir, bin);
      if (existsSync(candidate)) return candidate;
    }
  }
  return undefined;
}

/** The path of a usable Chromium, or undefined. */
export function locateChromium(): string | undefined {
  const fromEnv = process.env.CHROMIUM_PATH;
  if (fromEnv && existsSync(fromEnv)) return fromEnv;
  if (existsSync('/usr/bin/chromium')) return '/usr/bin/chromium';
  return fromPlaywrightCache();
}

function canInstallWithApt(): boolean {
  return process.getuid?.() === 0 && existsSync('/usr/bin/apt-get');
}

/** Returns a Chromium path, installing Debian's package when possible; exits otherwise. */
export function ensureChromium(): string {
  const found = locateChromium();
  if (found) return found;
  if (canInstallWithApt()) {
    console.log('Chromium is missing: installing Debian’s chromium package (about a minute)…');
    const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
    execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
    execFileSync('apt-get', ['install', '-y', '-qq', 'chromium'], { stdio: 'inherit', env });
    const installed = locateChromium();
    if (installed) return installed;
  }
  console.error(
    'No Chromium found. Install one (on Debian or Ubuntu: `sudo apt-get install chromium`), ' +
      'or set CHROMIUM_PATH to a Chromium or Chrome binary, then run the command again.',
  );
  process.exit(1);
}

/** True when `xvfb-run` is available, installing Debian's `xvfb` when we can. */
export function ensureXvfb(): boolean {
  const has = () => spawnSync('which', ['xvfb-run']).status === 0;
  if (has()) return true;
  if (!canInstallWithApt()) return false;
  console.log('No display: installing Debian’s xvfb to run the browser in a virtual one…');
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  spawnSync('apt-get', ['install', '-y', '-qq', 'xvfb'], { stdio: 'inherit', env });
  return has();
}

if (import.meta.url === `file://${process.argv[1]}`) {
  console.log(ensureChromium());
}

/**
 * `--no-sandbox` only when running as root: Chromium refuses to start as root with its
 * sandbox on, and everywhere else the sandbox stays (the demo opens real web pages).
 */
export function sandboxFlags(): string[] {
  return runsAsRoot() ? ['--no-sandbox'] : [];
}

/** True when this process runs as root (where Chromium needs `--no-sandbox`). */
export function runsAsRoot(): boolean {
  return typeof process.getuid === 'function' && process.getuid() === 0;
}
