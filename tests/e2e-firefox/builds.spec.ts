/**
 * The Firefox builds: the manifest Firefox reads (an event page, desktop and Android),
 * the shortcuts Firefox registers from it, and the production build (`.output/firefox-mv3`,
 * what people install) refusing the loopback emulator that only the test build accepts.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DEMO } from '../notion-emulator/index';
import { FIREFOX_PRODUCTION_DIR, FIREFOX_TEST_BUILD_DIR } from '../tools/build';
import { Firefox, GECKO_ID, waitFor } from './driver/firefox';
import { expect, test } from './fixtures';

const HOOK = 'quickCaptureGestures';

test('the Firefox manifest declares an event page, desktop and Android, and no more permissions', () => {
  const manifest = Firefox.manifest(FIREFOX_PRODUCTION_DIR) as {
    manifest_version: number;
    background: { scripts?: string[]; service_worker?: string };
    permissions: string[];
    host_permissions: string[];
    content_scripts?: unknown;
    browser_specific_settings: Record<string, { id?: string; strict_min_version: string }>;
  };
  expect(manifest.manifest_version).toBe(3);
  // Firefox's MV3 background is an event page (scripts), not a service worker.
  expect(manifest.background).toEqual({ scripts: ['background.js'] });
  expect(manifest.browser_specific_settings.gecko).toMatchObject({
    id: GECKO_ID,
    strict_min_version: '142.0',
  });
  expect(manifest.browser_specific_settings.gecko_android).toEqual({ strict_min_version: '142.0' });
  expect([...manifest.permissions].sort()).toEqual(
    [
      'activeTab',
      'alarms',
      'contextMenus',
      'notifications',
      'scripting',
      'storage',
      'unlimitedStorage',
    ].sort(),
  );
  expect(manifest.host_permissions).toEqual(['https://api.notion.com/*']);
  expect(manifest.content_scripts).toBeUndefined();
});

test('the production bundle has no test hook; the test bundle has it', () => {
  const production = readFileSync(join(FIREFOX_PRODUCTION_DIR, 'background.js'), 'utf8');
  const testBuild = readFileSync(join(FIREFOX_TEST_BUILD_DIR, 'background.js'), 'utf8');
  expect(testBuild).toContain(HOOK);
  expect(production).not.toContain(HOOK);
});

test('Firefox registers every shortcut with its key', async ({ extension }) => {
  const commands = await extension.evaluate((w) => w.browser.commands.getAll());
  expect(Object.fromEntries(commands.map((c) => [c.name, c.shortcut]))).toEqual({
    _execute_action: 'Alt+Shift+Y',
    'save-page': 'Alt+Shift+S',
    'save-selection': 'Alt+Shift+D',
    'save-screenshot': 'Alt+Shift+O',
    // No suggested key: blank until the person sets one.
    'highlight-selection': '',
    'save-tabs': '',
  });
});

test.describe('the production build, installed in Firefox', () => {
  test.use({ extensionDir: FIREFOX_PRODUCTION_DIR });

  test('refuses to send a secret to the emulator on loopback', async ({
    firefox,
    extension,
    send,
    emulator,
    say,
  }) => {
    expect(await firefox.evaluateBackground((bg, name) => name in bg, HOOK)).toBe(false);
    const options = await firefox.openExtensionTab('options.html');
    // The form is drawn once the page knows there is no connection yet.
    await waitFor(
      () => options.act((dom, connect) => dom.hasButton(connect), say('optConnect')),
      'the connection form',
    );
    const labels = await options.act(
      (dom, connect, apiBase) => [dom.hasButton(connect), dom.text().includes(apiBase)],
      say('optConnect'),
      say('optApiBaseLabel'),
    );
    // A Connect button, and no "API address" to type: production talks to Notion only.
    expect(labels).toEqual([true, false]);
    const reply = await send('addConnection', {
      alias: 'Local',
      secret: DEMO.integrations.main.secret,
      apiBase: emulator.url,
    });
    expect(reply.ok).toBe(false);
    expect(reply.failure?.title).toBe('This API address isn’t allowed');
    expect(emulator.requestLog()).toEqual([]);
    const { connections } = await extension.evaluate((w) =>
      w.browser.storage.local.get('connections'),
    );
    expect(connections ?? []).toEqual([]);
  });
});
