/**
 * Fixtures of the Firefox suite: a fresh Firefox profile with the Firefox test build
 * installed, a Notion emulator and the corpus server per test, and the steps many tests
 * share. Playwright is the runner only; Firefox is driven by puppeteer-core (driver/).
 */
import { test as base } from '@playwright/test';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { MessageKey } from '../../lib/i18n/catalog';
import type { Locale } from '../../lib/i18n/define';
import { catalog } from '../../lib/i18n/catalog';
import { startEmulator, type RunningEmulator } from '../notion-emulator/index';
import { FIREFOX_TEST_BUILD_DIR } from '../tools/build';
import { startCorpusServer, type CorpusServer } from '../tools/corpus-server';
import { connectDemo, type DemoTargets } from '../tools/demo-setup';
import { Firefox, waitFor } from './driver/firefox';
import type { ExtensionTab } from './driver/views';

/** The protocol's reply envelope, as the background answers every page. */
export interface Reply<T> {
  ok: boolean;
  value?: T;
  failure?: { title: string; detail: string; action: string };
}

export type Send = <T = unknown>(verb: string, input?: unknown) => Promise<Reply<T>>;

/** A capture in the outbox's history, as `storage.local` keeps it. */
export interface HistoryEntry {
  id: string;
  status: string;
  title: string;
  pageId: string | null;
}

export interface Fixtures {
  /** UI language of Firefox: 'en' or 'ko'. */
  uiLanguage: Locale;
  /** Extra Firefox preferences for a test. */
  firefoxPrefs: Record<string, unknown>;
  /** The build to install. */
  extensionDir: string;
  emulator: RunningEmulator;
  corpus: CorpusServer;
  firefox: Firefox;
  /** The tests' own extension page (storage, messages, the popup's view). */
  extension: ExtensionTab;
  /** Sends a protocol message from an extension page, as the options page does. */
  send: Send;
  /** Connects to the emulator's demo workspace: Reading list (default) and Inbox. */
  connect: () => Promise<DemoTargets>;
  /** A message of the catalogs in the test's language. */
  say: (key: MessageKey, params?: Record<string, string | number>) => string;
}

export const test = base.extend<Fixtures>({
  uiLanguage: ['en', { option: true }],
  firefoxPrefs: [{}, { option: true }],
  extensionDir: [FIREFOX_TEST_BUILD_DIR, { option: true }],
  // eslint-disable-next-line no-empty-pattern
  emulator: async ({}, use) => {
    const emulator = await startEmulator({ seed: 'demo' });
    await use(emulator);
    await emulator.close();
  },
  // eslint-disable-next-line no-empty-pattern
  corpus: async ({}, use) => {
    const corpus = await startCorpusServer();
    if (!corpus) throw new Error('The corpus (../shared/corpus/pages) is not on this machine.');
    await use(corpus);
    await corpus.close();
  },
  firefox: async ({ uiLanguage, firefoxPrefs, extensionDir }, use) => {
    const profileDir = mkdtempSync(join(tmpdir(), 'qc-firefox-'));
    const firefox = await Firefox.launch({
      profileDir,
      extensionDir,
      locale: uiLanguage,
      prefs: firefoxPrefs,
    });
    try {
      await use(firefox);
    } finally {
      await firefox.close().catch(() => undefined);
      rmSync(profileDir, { recursive: true, force: true });
    }
  },
  extension: async ({ firefox }, use) => {
    await use(await firefox.extensionPage());
  },
  send: async ({ extension }, use) => {
    await use((verb, input) =>
      extension.evaluate(
        (w, v, i) =>
          w.browser.runtime.sendMessage({ protocol: 'quick-capture/1', verb: v, input: i }),
        verb,
        input,
      ),
    );
  },
  connect: async ({ send, emulator }, use) => {
    await use(() => connectDemo((verb, input) => send(verb, input), emulator.url));
  },
  say: async ({ uiLanguage }, use) => {
    await use((key, params = {}) => {
      const message = catalog[uiLanguage][key] ?? catalog.en[key];
      const text =
        typeof message === 'string'
          ? message
          : Number(params.count) === 1
            ? message.one
            : message.other;
      return text.replace(/\{(\w+)\}/g, (whole, name: string) =>
        name in params ? String(params[name]) : whole,
      );
    });
  },
});

export const expect = test.expect;

/** What the extension keeps in `storage.local` under `keys`. */
export function stored<T = Record<string, unknown>>(
  extension: ExtensionTab,
  keys: string[],
): Promise<T> {
  return extension.evaluate(
    (w, k) => w.browser.storage.local.get<Record<string, unknown>>(k),
    keys,
  ) as Promise<T>;
}

/** The outbox's history: every capture and where it stands. */
export async function history(extension: ExtensionTab): Promise<HistoryEntry[]> {
  const { captureHistory } = await stored<{ captureHistory?: HistoryEntry[] }>(extension, [
    'captureHistory',
  ]);
  return captureHistory ?? [];
}

/** Waits until the queue reports capture `jobId` saved; returns its Notion page id. */
export async function savedPage(extension: ExtensionTab, jobId: string): Promise<string> {
  const entry = await waitFor(
    async () => {
      const found = (await history(extension)).find((e) => e.id === jobId);
      // A capture that needs the person, or was discarded, will not be saved by waiting.
      if (found?.status === 'needs_attention' || found?.status === 'discarded')
        throw new Error(`Capture ${jobId} ended ${found.status}: ${JSON.stringify(found)}`);
      return found?.status === 'saved' ? found : null;
    },
    `capture ${jobId} saved`,
    45_000,
  );
  return entry.pageId!;
}

/** The secrets by connection id, read from the extension's IndexedDB (lib/secrets). */
export function storedSecrets(extension: ExtensionTab): Promise<Record<string, string>> {
  return extension.evaluate(
    (w) =>
      new Promise<Record<string, string>>((resolve, reject) => {
        const request = w.indexedDB.open('quick-capture-secrets');
        request.onerror = () => reject(request.error);
        request.onsuccess = () => {
          const db = request.result;
          if (!db.objectStoreNames.contains('secrets')) return resolve({});
          const store = db.transaction('secrets').objectStore('secrets');
          const keys = store.getAllKeys();
          const values = store.getAll();
          values.onsuccess = () =>
            resolve(
              Object.fromEntries(keys.result.map((k, i) => [String(k), String(values.result[i])])),
            );
        };
      }),
  );
}
