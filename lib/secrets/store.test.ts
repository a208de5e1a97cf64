import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { legacySecretsItem } from '../storage';
import { secretStore } from './store';

beforeEach(() => fakeBrowser.reset());

describe('secretStore', () => {
  it('keeps secrets by connection id, and changes them as a function of the latest', async () => {
    await secretStore.update((s) => s.clear());
    await secretStore.update((s) => s.set('a', 'ntn_a'));
    // Changes made at once all apply: none is computed from a stale copy.
    await Promise.all(
      ['b', 'c', 'd'].map((id) => secretStore.update((s) => s.set(id, `ntn_${id}`))),
    );
    await secretStore.update((s) => s.delete('c'));
    expect([...(await secretStore.getAll())].sort()).toEqual([
      ['a', 'ntn_a'],
      ['b', 'ntn_b'],
      ['d', 'ntn_d'],
    ]);
    expect(await secretStore.get('b')).toBe('ntn_b');
    expect(await secretStore.get('c')).toBeUndefined();
  });

  it.each(['__proto__', 'constructor', 'toString'])('stores the id %j as any other', async (id) => {
    await secretStore.update((s) => s.clear());
    await secretStore.update((s) => s.set(id, 'ntn_x'));
    expect([...(await secretStore.getAll())]).toEqual([[id, 'ntn_x']]);
    expect(await secretStore.get('other')).toBeUndefined();
  });
});

describe('secrets kept by an earlier version in storage.local', () => {
  it('move into the store on first use and leave storage.local', async () => {
    await secretStore.update((s) => {
      s.clear();
      s.set('kept', 'ntn_new');
    });
    await legacySecretsItem.setValue({ old: 'ntn_old', kept: 'ntn_stale' });
    // A worker that starts anew moves them before its first read.
    vi.resetModules();
    const fresh = (await import('./store')).secretStore;
    expect([...(await fresh.getAll())].sort()).toEqual([
      ['kept', 'ntn_new'],
      ['old', 'ntn_old'],
    ]);
    expect(await fakeBrowser.storage.local.get('secrets')).toEqual({});
  });
});
