/**
 * The options page for end-to-end tests: opening it, reading what the extension stored,
 * and the few steps many tests share. Assertions stay in the specs.
 */
import type { Locator, Page, Worker } from '@playwright/test';
import { DEMO } from '../../notion-emulator/index';
import type { RunningEmulator } from '../../notion-emulator/index';

/** A notion.so address as people copy it: a title slug and the bare id. */
export function notionUrl(title: string, id: string): string {
  return `https://www.notion.so/demo/${title}-${id.replace(/-/g, '')}`;
}

/** The secrets by connection id, read from the worker's IndexedDB (`lib/secrets/store.ts`). */
export async function storedSecrets(worker: Worker): Promise<Record<string, string>> {
  return worker.evaluate(
    () =>
      new Promise<Record<string, string>>((resolve, reject) => {
        const request = indexedDB.open('quick-capture-secrets');
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

/**
 * What the extension keeps, read from its service worker: `storage.local`, and for the
 * key `secrets` the secret store — after checking `storage.local` holds no secrets.
 */
export async function stored<T = Record<string, unknown>>(
  worker: Worker,
  keys: string[],
): Promise<T> {
  const local = await worker.evaluate(
    (k) => chrome.storage.local.get<Record<string, unknown>>(k),
    [...keys, 'secrets'],
  );
  if (local.secrets !== undefined) throw new Error('Secrets were found in storage.local.');
  if (!keys.includes('secrets')) return local as T;
  return { ...local, secrets: await storedSecrets(worker) } as T;
}

/** Opens `options.html` and waits until its first section painted. */
export async function openOptions(open: (path: string) => Promise<Page>): Promise<Page> {
  const page = await open('options.html');
  await page.getByRole('heading', { level: 2 }).first().waitFor();
  return page;
}

/** The token field once "Integration secret" is the kind chosen (a radio shares its words). */
export function secretField(page: Page): Locator {
  return page.getByLabel('Integration secret', { exact: true });
}

/**
 * Adds an integration through the form, as a person does: the kind, the secret, and the
 * API base under Advanced (the test build's emulator).
 */
export async function addConnectionInForm(
  page: Page,
  apiBase: string,
  secret: string = DEMO.integrations.main.secret,
  alias = 'Demo',
): Promise<void> {
  await page.getByRole('radio', { name: /^Integration secret/ }).check();
  await page.getByLabel('Name for this connection').fill(alias);
  await secretField(page).fill(secret);
  await page.getByText('Advanced').click();
  await page.getByLabel('API address').fill(apiBase);
  await page.getByRole('button', { name: 'Connect', exact: true }).click();
}

/** The main demo integration inside the emulator, to revoke or rotate its secret. */
export function mainIntegration(emulator: RunningEmulator) {
  const integration = emulator.workspace.integrations.find(
    (i) => i.botId === DEMO.integrations.main.botId,
  );
  if (!integration) throw new Error('The demo workspace has no main integration.');
  return integration;
}
