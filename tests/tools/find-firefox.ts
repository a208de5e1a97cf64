/**
 * Finds a Firefox to run the Firefox end-to-end tests in: `FIREFOX_PATH`, Debian's
 * `/usr/bin/firefox-esr`, or `/usr/bin/firefox`. When none is there and we are root with
 * apt (as CI is), installs Debian's `firefox-esr`; otherwise stops with what to install.
 * Korean needs Firefox's Korean language pack (Debian's `firefox-esr-l10n-ko`): without
 * it Firefox silently stays in English, and so does the extension.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, realpathSync } from 'node:fs';
import { dirname, join } from 'node:path';

const CANDIDATES = ['/usr/bin/firefox-esr', '/usr/bin/firefox'];

/** The path of a usable Firefox, or undefined. */
export function locateFirefox(): string | undefined {
  const fromEnv = process.env.FIREFOX_PATH;
  if (fromEnv && existsSync(fromEnv)) return fromEnv;
  return CANDIDATES.find((path) => existsSync(path));
}

function canInstallWithApt(): boolean {
  return process.getuid?.() === 0 && existsSync('/usr/bin/apt-get');
}

function aptInstall(packages: string[]): void {
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  // Two workers may get here at once: the second waits for dpkg's lock.
  const lock = ['-o', 'DPkg::Lock::Timeout=300'];
  execFileSync('apt-get', [...lock, 'install', '-y', '-qq', ...packages], {
    stdio: 'inherit',
    env,
  });
}

/** Returns a Firefox path, installing Debian's package when possible; throws otherwise. */
export function ensureFirefox(): string {
  const found = locateFirefox();
  if (found) return found;
  if (canInstallWithApt()) {
    console.log('Firefox is missing: installing Debian’s firefox-esr package (about a minute)…');
    execFileSync('apt-get', ['update', '-qq'], {
      stdio: 'inherit',
      env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
    });
    aptInstall(['firefox-esr']);
    const installed = locateFirefox();
    if (installed) return installed;
  }
  throw new Error(
    'No Firefox found. Install one (on Debian or Ubuntu: `sudo apt-get install firefox-esr`), ' +
      'or set FIREFOX_PATH to a Firefox binary, then run the command again.',
  );
}

/** The folders where this Firefox keeps the language packs it ships with. */
function languagePackDirs(executable: string): string[] {
  const home = dirname(realpathSync(executable));
  // Debian's /usr/bin/firefox-esr is a script: the program lives in /usr/lib/firefox-esr.
  const homes = [home, '/usr/lib/firefox-esr', '/usr/lib/firefox'];
  return homes.flatMap((h) => [
    join(h, 'browser', 'extensions'),
    join(h, 'distribution', 'extensions'),
  ]);
}

function hasLanguagePack(locale: string, executable: string): boolean {
  return languagePackDirs(executable).some(
    (dir) => existsSync(dir) && readdirSync(dir).some((f) => f.startsWith(`langpack-${locale}@`)),
  );
}

/**
 * Makes sure Firefox can run in `locale`, installing Debian's language pack when we are
 * root with apt; otherwise throws with what to install. English always works.
 */
export function ensureFirefoxLocale(locale: string, executable: string): void {
  if (locale.startsWith('en') || hasLanguagePack(locale, executable)) return;
  if (canInstallWithApt()) aptInstall([`firefox-esr-l10n-${locale}`]);
  if (!hasLanguagePack(locale, executable)) {
    throw new Error(
      `Firefox has no "${locale}" language pack, so it would run in English. ` +
        `On Debian or Ubuntu: sudo apt-get install firefox-esr-l10n-${locale}`,
    );
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  console.log(ensureFirefox());
}
