/**
 * Where the integration secrets live: an IndexedDB database of the extension's own
 * origin, one record per connection id. Read and written only by the background worker.
 *
 * Why not `storage.local` (where everything else is): extension storage is open to
 * content scripts, and this extension injects one after each gesture (`/capture.js`,
 * in the page's isolated world, next to a page that may be hostile). Chrome can close
 * `storage.session` to content scripts (`setAccessLevel`, trusted contexts only by
 * default) and, in recent versions (Chromium 156 here), `storage.local` as well; Firefox
 * (153) implements `setAccessLevel` for neither, so there a content script can read all
 * of `storage.local`. `storage.session` would be closed in both, but it is emptied when
 * the browser closes. Encrypting secrets inside `storage.local` protects nothing: the key
 * would sit in the same extension. An IndexedDB database belongs to the origin that opens
 * it: the worker's is `chrome-extension://<id>` (`moz-extension://…`), while a content
 * script's IndexedDB is the web page's. No content script, ours included, can reach this
 * one, in either browser (tests/e2e/secrets-isolation.spec.ts shows it in Chromium).
 *
 * Secrets are kept in a `Map`: ids never become property names (`__proto__`).
 */

import { legacySecretsItem, removeItem } from '../storage';

const DB_NAME = 'quick-capture-secrets';
const DB_VERSION = 1;
const STORE = 'secrets';

let opening: Promise<IDBDatabase> | null = null;

function open(): Promise<IDBDatabase> {
  opening ??= new Promise<IDBDatabase>((resolve, reject) => {
    const request = indexedDB.open(DB_NAME, DB_VERSION);
    request.onupgradeneeded = () => request.result.createObjectStore(STORE);
    request.onsuccess = () => {
      const db = request.result;
      // Another context upgrading the database: let it, and open again next time.
      db.onversionchange = () => {
        db.close();
        opening = null;
      };
      resolve(db);
    };
    request.onerror = () => reject(request.error ?? new Error('IndexedDB refused to open.'));
  }).catch((error: unknown) => {
    opening = null;
    throw error;
  });
  return opening;
}

/** Reads every record in `store` as a Map, calling `then` inside the same transaction. */
function readAll(store: IDBObjectStore, then: (secrets: Map<string, string>) => void): void {
  const keys = store.getAllKeys();
  const values = store.getAll();
  values.onsuccess = () => {
    const secrets = new Map<string, string>();
    keys.result.forEach((key, i) => {
      const value: unknown = values.result[i];
      if (typeof key === 'string' && typeof value === 'string') secrets.set(key, value);
    });
    then(secrets);
  };
}

async function transact<T>(
  mode: IDBTransactionMode,
  work: (store: IDBObjectStore, finish: (value: T) => void) => void,
): Promise<T> {
  const db = await open();
  return new Promise<T>((resolve, reject) => {
    const tx = db.transaction(STORE, mode);
    let result: T;
    tx.oncomplete = () => resolve(result);
    tx.onerror = () => reject(tx.error ?? new Error('The secrets could not be saved.'));
    tx.onabort = () => reject(tx.error ?? new Error('The secrets could not be saved.'));
    work(tx.objectStore(STORE), (value) => (result = value));
  });
}

/** The secrets earlier versions kept in `storage.local`, moved here once. */
async function moveLegacySecrets(): Promise<void> {
  const legacy = Object.entries(await legacySecretsItem.getValue());
  if (legacy.length === 0) return;
  await transact('readwrite', (store, finish) =>
    readAll(store, (here) => {
      for (const [id, secret] of legacy) {
        if (!here.has(id) && typeof secret === 'string') store.put(secret, id);
      }
      finish(undefined);
    }),
  );
  await removeItem(legacySecretsItem);
}

// Once per worker: every read and write waits for the move, so none misses a secret.
let moved: Promise<void> | null = null;
const ready = () => {
  moved ??= moveLegacySecrets().catch((error: unknown) => {
    moved = null;
    throw error;
  });
  return moved;
};

export interface SecretStore {
  /** Every secret, by connection id. */
  getAll(): Promise<Map<string, string>>;
  get(connectionId: string): Promise<string | undefined>;
  /**
   * Changes the secrets as a function of their latest value, in one transaction: two
   * changes at once both apply (IndexedDB runs read-write transactions one at a time).
   * `change` edits the Map it is given and must not wait for anything.
   */
  update(change: (secrets: Map<string, string>) => void): Promise<Map<string, string>>;
}

/** The secrets, in the extension origin's IndexedDB. */
export const secretStore: SecretStore = {
  async getAll() {
    await ready();
    return transact('readonly', (store, finish) => readAll(store, finish));
  },
  async get(connectionId) {
    return (await this.getAll()).get(connectionId);
  },
  update: async (change) => {
    await ready();
    return transact('readwrite', (store, finish) =>
      readAll(store, (before) => {
        const after = new Map(before);
        change(after);
        for (const id of before.keys()) if (!after.has(id)) store.delete(id);
        for (const [id, secret] of after) if (before.get(id) !== secret) store.put(secret, id);
        finish(after);
      }),
    );
  },
};
