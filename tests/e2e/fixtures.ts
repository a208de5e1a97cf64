/**
 * Playwright fixtures: a fresh Chromium profile with the built extension loaded, its id and
 * service worker, a Notion emulator per test, and page objects for the extension's pages.
 */
import {
  test as base,
  chromium,
  type BrowserContext,
  type Page,
  type Worker,
} from '@playwright/test';
import { mkdtempSync, mkdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startEmulator, type RunningEmulator } from '../notion-emulator/index';
import { TEST_BUILD_DIR } from '../tools/build';
import { locateChromium, sandboxFlags } from '../tools/find-chromium';
import { ensureUiLocale } from './ui-locale';

/** The test build: the emulator is on loopback, which only that build may talk to. */
export const EXTENSION_DIR = TEST_BUILD_DIR;

/** Flags that keep Chromium quiet on a closed network and load only our extension. */
export function chromiumArgs(extensionDir: string, locale: string): string[] {
  return [
    ...sandboxFlags(),
    '--disable-gpu',
    '--disable-quic',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    `--lang=${locale}`,
    `--disable-extensions-except=${extensionDir}`,
    `--load-extension=${extensionDir}`,
  ];
}

/** Launches Chromium with the extension (the test build unless told) on the given profile. */
export async function launchWithExtension(
  userDataDir: string,
  locale = 'en',
  {
    headless = true,
    extensionDir = EXTENSION_DIR,
  }: { headless?: boolean; extensionDir?: string } = {},
): Promise<BrowserContext> {
  const executablePath = locateChromium();
  ensureUiLocale(locale, executablePath);
  return chromium.launchPersistentContext(userDataDir, {
    executablePath,
    headless,
    locale,
    // Extension i18n follows the UI language, which Chromium on Linux takes from LANGUAGE.
    env: {
      ...process.env,
      LANGUAGE: locale,
      LANG: locale === 'ko' ? 'ko_KR.UTF-8' : 'en_US.UTF-8',
    },
    args: chromiumArgs(extensionDir, locale),
    viewport: { width: 1000, height: 800 },
  });
}

/**
 * Answers the extension's calls to https://api.notion.com from `emulator`, for tests of
 * what only Notion's own address may do (a settings file can name no other).
 */
export async function routeNotionToEmulator(
  context: BrowserContext,
  emulator: RunningEmulator,
): Promise<void> {
  await context.route('https://api.notion.com/**', async (route) => {
    const url = new URL(route.request().url());
    const response = await route.fetch({ url: `${emulator.url}${url.pathname}${url.search}` });
    await route.fulfill({ response });
  });
}

/** The extension's service worker, waiting for it to start when needed. */
export async function extensionWorker(context: BrowserContext): Promise<Worker> {
  const [existing] = context.serviceWorkers();
  return existing ?? context.waitForEvent('serviceworker');
}

interface Fixtures {
  /** UI language of the browser: 'en' or 'ko'. */
  uiLanguage: string;
  userDataDir: string;
  emulator: RunningEmulator;
  context: BrowserContext;
  serviceWorker: Worker;
  extensionId: string;
  /** Opens an extension page (`popup.html`, `options.html`) in a new tab. */
  openExtensionPage: (path: string) => Promise<Page>;
}

export const test = base.extend<Fixtures>({
  uiLanguage: ['en', { option: true }],
  // eslint-disable-next-line no-empty-pattern
  userDataDir: async ({}, use) => {
    const dir = mkdtempSync(join(tmpdir(), 'qc-profile-'));
    await use(dir);
    rmSync(dir, { recursive: true, force: true });
  },
  // eslint-disable-next-line no-empty-pattern
  emulator: async ({}, use) => {
    const emulator = await startEmulator({ seed: 'demo' });
    await use(emulator);
    await emulator.close();
  },
  context: async ({ userDataDir, uiLanguage }, use) => {
    const context = await launchWithExtension(userDataDir, uiLanguage);
    await use(context);
    await context.close();
  },
  serviceWorker: async ({ context }, use) => {
    await use(await extensionWorker(context));
  },
  extensionId: async ({ serviceWorker }, use) => {
    await use(new URL(serviceWorker.url()).host);
  },
  openExtensionPage: async ({ context, extensionId }, use) => {
    await use(async (path: string) => {
      const page = await context.newPage();
      await page.goto(`chrome-extension://${extensionId}/${path}`);
      return page;
    });
  },
});

export const expect = test.expect;

/**
 * Sends a protocol message from an extension page, exactly as the popup and the options
 * page do, and returns the background's reply envelope ({ ok, value | failure }).
 */
export async function sendFromPage<T = unknown>(
  page: Page,
  verb: string,
  input?: unknown,
): Promise<T> {
  return page.evaluate(
    ([v, i]) => chrome.runtime.sendMessage({ protocol: 'quick-capture/1', verb: v, input: i }),
    [verb, input] as const,
  ) as Promise<T>;
}

/** Saves a screenshot of what a test looked at under `test-results/screens/`. */
export async function saveScreen(page: Page, name: string): Promise<void> {
  mkdirSync('test-results/screens', { recursive: true });
  await page.screenshot({ path: `test-results/screens/${name}.png`, fullPage: true });
}
