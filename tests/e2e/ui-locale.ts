/**
 * Chromium speaks a UI language (and tells extensions so through
 * `i18n.getUILanguage()`) only when it has that language's resources; without them it
 * silently stays in English. Debian ships them apart from the browser, in
 * `chromium-l10n`, and its Korean screenshots need a Korean font. Playwright's `locale`
 * option only fakes the language inside pages, never in the extension's service worker.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, realpathSync } from 'node:fs';
import { dirname, join } from 'node:path';

function localeDirs(executable: string | undefined): string[] {
  const dirs = ['/usr/lib/chromium/locales'];
  if (executable && existsSync(executable))
    dirs.unshift(join(dirname(realpathSync(executable)), 'locales'));
  return dirs;
}

function hasResources(locale: string, executable: string | undefined): boolean {
  const names = [`${locale}.pak`, `${locale.split('-')[0]}.pak`];
  return localeDirs(executable).some((dir) => names.some((n) => existsSync(join(dir, n))));
}

function hasFontFor(locale: string): boolean {
  try {
    return execFileSync('fc-list', [`:lang=${locale}`], { encoding: 'utf8' }).trim() !== '';
  } catch {
    // No fontconfig tools: nothing to check, and nothing a test could do about it.
    return true;
  }
}

/**
 * Makes sure Chromium can run in `locale`, installing Debian's packages when we are root
 * with apt (as CI is); otherwise throws with what to install. English always works.
 */
export function ensureUiLocale(locale: string, executable: string | undefined): void {
  if (locale.startsWith('en')) return;
  const resources = hasResources(locale, executable);
  if (resources && hasFontFor(locale)) return;
  if (process.getuid?.() === 0 && existsSync('/usr/bin/apt-get')) {
    const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
    // Two workers may get here at once: the second waits for dpkg's lock.
    const lock = ['-o', 'DPkg::Lock::Timeout=300'];
    execFileSync('apt-get', [...lock, 'install', '-y', '-qq', 'chromium-l10n', 'fonts-nanum'], {
      stdio: 'inherit',
      env,
    });
  }
  if (!hasResources(locale, executable)) {
    throw new Error(
      `Chromium has no "${locale}" resources, so it would run in English. ` +
        'On Debian or Ubuntu: sudo apt-get install chromium-l10n',
    );
  }
}
