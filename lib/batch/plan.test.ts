import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { classifyTab, planBatch } from './plan';
import { batchOf, webTabs } from './testing/batches';

describe('classifyTab', () => {
  it('tries web pages in the batch mode', () => {
    expect(classifyTab({ url: 'https://a.example/x' }, 'article', true)).toEqual({
      mode: 'article',
      state: { kind: 'waiting' },
    });
  });

  it.each([
    ['chrome://settings/', 'browser_page'],
    ['about:blank', 'browser_page'],
    ['chrome-extension://abc/options.html', 'browser_page'],
    ['file:///home/me/notes.html', 'local_file'],
    ['not a url', 'browser_page'],
  ])('does not try %s (%s)', (url, why) => {
    expect(classifyTab({ url }, 'bookmark', true).state).toEqual({ kind: 'not_capturable', why });
  });

  it('says a tab whose address the browser kept to itself needs access, unless access was granted', () => {
    expect(classifyTab({ title: '' }, 'bookmark', false).state).toEqual({
      kind: 'not_capturable',
      why: 'no_access',
    });
    // Granted for every website and still hidden: a browser page or a file.
    expect(classifyTab({ title: '' }, 'bookmark', true).state).toEqual({
      kind: 'not_capturable',
      why: 'browser_page',
    });
  });

  it('saves a store page or a PDF as a bookmark even when articles were asked for', () => {
    for (const url of [
      'https://chromewebstore.google.com/detail/x',
      'https://chrome.google.com/webstore/detail/x',
      'https://arxiv.example/paper.PDF',
    ]) {
      expect(classifyTab({ url }, 'article', true)).toEqual({
        mode: 'bookmark',
        state: { kind: 'waiting' },
      });
    }
  });

  it('bookmarks an unloaded tab from what the browser knows, but does not load it for an article', () => {
    const tab = { url: 'https://a.example/x', discarded: true };
    expect(classifyTab(tab, 'bookmark', true).state).toEqual({ kind: 'waiting' });
    expect(classifyTab(tab, 'article', true).state).toEqual({
      kind: 'not_capturable',
      why: 'discarded',
    });
  });
});

describe('planBatch', () => {
  it('makes one item per tab, in order, each with its target', () => {
    const batch = batchOf(webTabs(3), {
      targetOf: (url) => (url.endsWith('/2') ? 'rule-target' : 'default'),
    });
    expect(batch.items.map((i) => [i.tabId, i.targetId, i.state.kind])).toEqual([
      [1, 'default', 'waiting'],
      [2, 'rule-target', 'waiting'],
      [3, 'default', 'waiting'],
    ]);
  });

  it('saves a page open in two tabs once (its fragment aside)', () => {
    const batch = batchOf([
      { id: 1, url: 'https://a.example/x', title: 'X' },
      { id: 2, url: 'https://a.example/x#part-2', title: 'X' },
    ]);
    expect(batch.items.map((i) => i.state)).toEqual([
      { kind: 'waiting' },
      { kind: 'skipped', why: 'same_page' },
    ]);
  });

  it('names no target for a tab it does not try', () => {
    const batch = batchOf([{ id: 1, url: 'chrome://newtab/' }]);
    expect(batch.items[0]).toMatchObject({ targetId: null, state: { kind: 'not_capturable' } });
  });

  it('lists every tab the browser gave an id exactly once, and tries only web pages', () => {
    const tab = fc.record(
      {
        id: fc.integer({ min: 1, max: 400 }),
        url: fc.oneof(
          fc.webUrl({ withFragments: true, withQueryParameters: true }),
          fc.constantFrom('chrome://settings', 'file:///a.txt', 'about:blank', ''),
        ),
        title: fc.string(),
        discarded: fc.boolean(),
      },
      { requiredKeys: ['title'] },
    );
    fc.assert(
      fc.property(
        fc.uniqueArray(tab, { selector: (t) => t.id, maxLength: 200 }),
        fc.constantFrom('bookmark' as const, 'article' as const),
        (tabs, mode) => {
          const batch = planBatch(tabs, {
            id: 'b',
            now: 0,
            scope: 'window',
            mode,
            duplicates: 'skip',
            hostAccess: true,
            targetOf: () => 't',
          });
          expect(batch.items.map((i) => i.tabId)).toEqual(
            tabs.filter((t) => t.id !== undefined).map((t) => t.id),
          );
          for (const item of batch.items) {
            if (item.state.kind === 'waiting') expect(item.url).toMatch(/^https?:/);
          }
          const tried = batch.items.filter((i) => i.state.kind === 'waiting');
          expect(new Set(tried.map((i) => i.url.split('#')[0])).size).toBe(tried.length);
        },
      ),
    );
  });
});

describe('the toolbar menu for many tabs', () => {
  it('offers both scopes, each as bookmarks or full articles, and reads a click back', async () => {
    const { batchMenu, parseBatchMenuId } = await import('./menus');
    const entries = batchMenu('en');
    expect(entries.every((e) => e.contexts[0] === 'action')).toBe(true);
    expect(entries.filter((e) => !e.parentId).map((e) => e.title)).toEqual([
      'Save the selected tabs to Notion',
      'Save all tabs in this window to Notion',
    ]);
    const leaves = entries.filter((e) => e.parentId).map((e) => parseBatchMenuId(e.id));
    expect(leaves).toEqual([
      { scope: 'selected', mode: 'bookmark' },
      { scope: 'selected', mode: 'article' },
      { scope: 'window', mode: 'bookmark' },
      { scope: 'window', mode: 'article' },
    ]);
    expect(parseBatchMenuId('tabs::window')).toBeNull();
    expect(parseBatchMenuId('page')).toBeNull();
  });
});
