/**
 * The background on a browser without context menus or keyboard shortcuts, as Firefox
 * for Android is: `browser.contextMenus` and `browser.commands` are not there at all
 * (nor `tabs.captureVisibleTab`).
 */
import { afterEach, beforeEach, expect, it, vi } from 'vitest';
import { browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { browserFeatures } from '@/lib/browser-features';
import { listenForGestures } from './gestures';

type Optional = { contextMenus?: unknown; commands?: unknown };
const fake = fakeBrowser as unknown as Optional;
const { contextMenus, commands } = fake;

beforeEach(() => {
  fakeBrowser.reset();
});
afterEach(() => {
  Object.assign(fake, { contextMenus, commands });
});

function withoutGestures(): void {
  delete fake.contextMenus;
  delete fake.commands;
}

it('tells which of menus, shortcuts and screenshots the browser has', () => {
  expect(browserFeatures({ tabs: {} })).toEqual({
    menus: false,
    shortcuts: false,
    screenshots: false,
  });
  expect(
    browserFeatures({ contextMenus: {}, commands: {}, tabs: { captureVisibleTab: () => '' } }),
  ).toEqual({ menus: true, shortcuts: true, screenshots: true });
  withoutGestures();
  expect(browserFeatures(fake)).toMatchObject({ menus: false, shortcuts: false });
});

it('listens to the menu and to the shortcuts each only where the browser has it', () => {
  // The fake browser has no menu or shortcut events of its own: counting is enough here.
  const clicked = vi.spyOn(browser.contextMenus.onClicked, 'addListener').mockReturnValue();
  const pressed = vi.spyOn(browser.commands.onCommand, 'addListener').mockReturnValue();
  listenForGestures({ menus: true, shortcuts: false });
  expect([clicked.mock.calls.length, pressed.mock.calls.length]).toEqual([1, 0]);
  listenForGestures({ menus: false, shortcuts: true });
  expect([clicked.mock.calls.length, pressed.mock.calls.length]).toEqual([1, 1]);
  withoutGestures();
  expect(() => listenForGestures({ menus: false, shortcuts: false })).not.toThrow();
});

it('starts, answers the pages and runs its queue without them', async () => {
  withoutGestures();
  const added = vi.spyOn(browser.runtime.onMessage, 'addListener');
  const alarms = vi.spyOn(browser.alarms.onAlarm, 'addListener');
  const { default: background } = await import('./index');
  expect(() => background.main()).not.toThrow();
  // The queue listens for its wake-up alarm: it started.
  expect(alarms).toHaveBeenCalled();
  const listener = added.mock.calls[0]![0] as unknown as (m: unknown, s: unknown) => unknown;
  const fromOptions = { id: browser.runtime.id, url: browser.runtime.getURL('/options.html') };
  await expect(
    listener({ protocol: 'quick-capture/1', verb: 'listHistory', input: {} }, fromOptions),
  ).resolves.toEqual({ ok: true, value: [] });
});
