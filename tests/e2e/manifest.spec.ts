import { readFileSync } from 'node:fs';
import { EXTENSION_DIR, expect, test } from './fixtures';

const manifest = JSON.parse(readFileSync(`${EXTENSION_DIR}/manifest.json`, 'utf8'));

test('the production manifest asks for exactly the permissions the extension needs', () => {
  expect(manifest.manifest_version).toBe(3);
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
  expect(manifest.default_locale).toBe('en');
});

test('Chromium registers the shortcuts with keys that do not clash with Notion’s clipper', async ({
  serviceWorker,
}) => {
  const commands = await serviceWorker.evaluate(() => chrome.commands.getAll());
  const byName = Object.fromEntries(commands.map((c) => [c.name, c.shortcut]));
  expect(Object.keys(byName).sort()).toEqual(
    ['_execute_action', 'save-page', 'save-screenshot', 'save-selection', 'save-tabs'].sort(),
  );
  // Saving every tab of a window has no suggested key: the person gives it one.
  expect(byName['save-tabs']).toBe('');
  for (const [name, shortcut] of Object.entries(byName)) {
    if (name === 'save-tabs') continue;
    expect(shortcut).toBeTruthy();
    expect(shortcut).not.toMatch(/^(Ctrl|Command)\+Shift\+K$/);
  }
});
