/**
 * Every page's highlights read at once (the options' view, the export): only the
 * highlights' keys, whatever else storage holds, and an address ending in `$` is not
 * mistaken for a key's metadata.
 */
import { beforeEach, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { readAllPageHighlights, watchAllPageHighlights } from './index';

const page = (url: string) => ({ version: 1, url, highlights: [] });

beforeEach(() => fakeBrowser.reset());

const STORED = {
  'highlights:https://a.example/': page('https://a.example/'),
  'highlights:https://a.example/$': { v: 1 },
  'highlights:https://b.example/?price=$': page('https://b.example/?price=$'),
  'highlights:https://b.example/?price=$$': { v: 1 },
  captureBody: { id: 'x' },
  settings: { notifications: true },
};

it.each([
  // Chromium 130+ and recent Firefox list keys, so the outbox's bodies are not read.
  ['where the browser lists keys', true],
  ['where it cannot', false],
])('reads the highlights of every page and nothing else, %s', async (_where, listsKeys) => {
  await fakeBrowser.storage.local.set(STORED);
  const area = fakeBrowser.storage.local as unknown as { getKeys?: () => Promise<string[]> };
  area.getKeys = listsKeys ? () => Promise.resolve(Object.keys(STORED)) : undefined;
  const read = vi.spyOn(fakeBrowser.storage.local, 'get');
  const urls = (await readAllPageHighlights()).map((p) => p.url).sort();
  expect(urls).toEqual(['https://a.example/', 'https://b.example/?price=$']);
  if (listsKeys) expect(read).not.toHaveBeenCalledWith(null);
  read.mockRestore();
});

it('tells a watcher when any page’s highlights change, and only then', async () => {
  const changed = vi.fn();
  const unwatch = watchAllPageHighlights(changed);
  await fakeBrowser.storage.local.set({ settings: { notifications: false } });
  expect(changed).not.toHaveBeenCalled();
  await fakeBrowser.storage.local.set({
    'highlights:https://a.example/': page('https://a.example/'),
  });
  expect(changed).toHaveBeenCalledTimes(1);
  unwatch();
  await fakeBrowser.storage.local.remove('highlights:https://a.example/');
  expect(changed).toHaveBeenCalledTimes(1);
});
