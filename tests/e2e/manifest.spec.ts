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
    [
      '_execute_action',
      'save-page',
      'save-screenshot',
      'save-selection',
      'highlight-selection',
      'save-tabs',
    ].sort(),
  );
  // Highlighting and saving every tab suggest no key: a person assigns one (the options
  // page says so).
  expect(byName['highlight-selection']).toBeFalsy();
  expect(byName['save-tabs']).toBe('');
  const { 'highlight-selection': _none, 'save-tabs': _noKey, ...saving } = byName;
  for (const shortcut of Object.values(saving)) {
    expect(shortcut).toBeTruthy();
    expect(shortcut).not.toMatch(/^(Ctrl|Command)\+Shift\+K$/);
  }
});
