/**
 * The background on a browser without context menus or keyboard shortcuts, as Firefox
 * for Android is: `browser.contextMenus` and `browser.commands` are not there at all.
 */
import { afterEach, beforeEach, expect, it, vi } from 'vitest';
import { browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { gesturesOffered } from '@/lib/gestures-offered';

type Optional = { contextMenus?: unknown; commands?: unknown };
const fake = fakeBrowser as unknown as Optional;
const { contextMenus, commands } = fake;

beforeEach(() => {
  fakeBrowser.reset();
  delete fake.contextMenus;
  delete fake.commands;
});
afterEach(() => {
  Object.assign(fake, { contextMenus, commands });
});

it('tells that neither menus nor shortcuts are offered', () => {
  expect(gesturesOffered(fake)).toEqual({ menus: false, shortcuts: false });
  expect(gesturesOffered({ contextMenus: {}, commands: {} })).toEqual({
    menus: true,
    shortcuts: true,
  });
});

it('starts, answers the pages and runs its queue without them', async () => {
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
