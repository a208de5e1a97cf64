/**
 * The capture script runs in the page's isolated world, next to a page that may be
 * hostile. Whatever runs there — our own `/capture.js`, injected as `captureTab` does,
 * or code that took it over — finds no Notion secret: not in extension storage, not in
 * the IndexedDB it can open (the page's, not the extension's). The worker still has it.
 */
import { DEMO } from '../notion-emulator/index';
import { storedSecrets } from './pages/options-page';
import { expect, grantActiveTab, test } from './pages/popup-page';

const SECRET = DEMO.integrations.main.secret;

test('code in the capture script’s world cannot read the secrets', async ({
  connect,
  context,
  corpus,
  serviceWorker,
  extensionId,
}) => {
  await connect();
  expect(Object.values(await storedSecrets(serviceWorker))).toEqual([SECRET]);

  const page = await context.newPage();
  await page.goto(corpus.pageUrl('wikipedia'));
  const tabId = await grantActiveTab(context, serviceWorker, extensionId, page);
  const found = await serviceWorker.evaluate(async (tabId) => {
    // The capture script first, as captureTab injects it; then code in its world.
    await chrome.scripting.executeScript({ target: { tabId }, files: ['/capture.js'] });
    const [result] = await chrome.scripting.executeScript({
      target: { tabId },
      func: async () => {
        const seen: Record<string, unknown> = {
          sameWorld: typeof (globalThis as Record<string, unknown>).__quickCaptureForNotion,
          origin: location.origin,
        };
        for (const area of ['local', 'session', 'sync'] as const) {
          try {
            seen[area] = await chrome.storage[area].get(null);
          } catch (error) {
            seen[area] = `refused: ${String(error)}`;
          }
        }
        seen.databases = await new Promise((resolve) => {
          const request = indexedDB.open('quick-capture-secrets');
          request.onsuccess = () => resolve([...request.result.objectStoreNames]);
          request.onerror = () => resolve(`refused: ${String(request.error)}`);
        });
        return seen;
      },
    });
    return result?.result as Record<string, unknown>;
  }, tabId);

  // It really is the capture script's world, at the page's origin.
  expect(found.sameWorld).toBe('function');
  expect(found.origin).toBe(new URL(corpus.pageUrl('wikipedia')).origin);
  // Nothing it can reach holds the secret; the database it opens is the page's, empty.
  expect(JSON.stringify(found)).not.toContain(SECRET);
  expect(JSON.stringify(found)).not.toContain(SECRET.slice(4, 20));
  expect(found.databases).toEqual([]);
  // …while the worker still reads it.
  expect(Object.values(await storedSecrets(serviceWorker))).toEqual([SECRET]);
});
