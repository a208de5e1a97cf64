/** Stored shapes of earlier versions, read by this one. */
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { connectionsItem } from '.';

beforeEach(() => {
  fakeBrowser.reset();
});

const before = {
  id: 'c1',
  alias: 'Work',
  apiBase: 'https://api.notion.com',
  botId: 'bot-1',
  botName: 'Quick Capture',
  workspaceName: 'W',
  workspaceId: null,
  maxUploadBytes: null,
  addedAt: '2026-01-01T00:00:00.000Z',
  revokedAt: null,
};

describe('connections v1 → v2', () => {
  it('records every connection stored before PATs as an integration', async () => {
    await fakeBrowser.storage.local.set({ connections: [before], connections$: { v: 1 } });
    await connectionsItem.migrate();
    expect(await connectionsItem.getValue()).toEqual([{ ...before, kind: 'integration' }]);
    expect(await fakeBrowser.storage.local.get('connections$')).toEqual({
      connections$: { v: 2 },
    });
  });
});
