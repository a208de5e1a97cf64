/**
 * The pages' mirrors read what the background's items wrote, with the same fallbacks,
 * and follow their changes — without defining an item of their own.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { PageHighlights } from '../highlights/model';
import type { Connection } from '../notion/types';
import {
  connectionsItem,
  DEFAULT_SETTINGS,
  defaultTargetIdItem,
  pageHighlightsItem,
  settingsItem,
  updateItem,
} from '.';
import { MIRRORED, mirroredPageHighlights, readMirrored, watchMirrored } from './mirror';

beforeEach(() => {
  fakeBrowser.reset();
});

const connection: Connection = {
  id: 'c1',
  kind: 'integration',
  workspaceName: 'Acme',
  workspaceId: 'w1',
  botId: 'b1',
  ownerName: null,
} as unknown as Connection;

describe('readMirrored', () => {
  it('reads the fallbacks when nothing is stored, and what the items wrote after', async () => {
    expect(
      await readMirrored([MIRRORED.connections, MIRRORED.settings, MIRRORED.defaultTargetId]),
    ).toEqual([[], DEFAULT_SETTINGS, null]);
    await connectionsItem.setValue([connection]);
    await updateItem(settingsItem, (s) => ({ ...s, requestsPerSecond: 10 as const }));
    await defaultTargetIdItem.setValue('t1');
    expect(
      await readMirrored([MIRRORED.connections, MIRRORED.settings, MIRRORED.defaultTargetId]),
    ).toEqual([[connection], { ...DEFAULT_SETTINGS, requestsPerSecond: 10 }, 't1']);
  });

  it('uses the items’ own keys for every mirrored item', async () => {
    for (const item of Object.values(MIRRORED)) {
      await fakeBrowser.storage.local.set({ [item.key]: `written to ${item.key}` });
    }
    const values = await readMirrored(Object.values(MIRRORED));
    expect(values).toEqual(Object.values(MIRRORED).map((item) => `written to ${item.key}`));
    expect(await settingsItem.getValue()).toBe(`written to ${MIRRORED.settings.key}`);
  });
});

describe('watchMirrored', () => {
  it('follows a page’s highlights as the item changes them, and its removal as none', async () => {
    const url = 'https://example.com/essay';
    const seen: (PageHighlights | null)[] = [];
    const stop = watchMirrored(mirroredPageHighlights(url), (page) => seen.push(page));
    const page = { url, title: 'Essay', highlights: [] } as unknown as PageHighlights;
    await pageHighlightsItem(url).setValue(page);
    await pageHighlightsItem(url).removeValue();
    await pageHighlightsItem('https://example.com/other').setValue(page);
    stop();
    await pageHighlightsItem(url).setValue(page);
    expect(seen).toEqual([page, null]);
  });
});
