import { describe, expect, it } from 'vitest';
import type { Connection, Target } from '@/lib/notion/types';
import { DEFAULT_SETTINGS } from '@/lib/storage';
import { EXPORT_FORMAT, type SettingsExport } from './export-file';
import { mergeImport } from './import-merge';

const SECRET = 'ntn_' + 'q'.repeat(40);

function connection(id: string, botId: string): Connection {
  return {
    id,
    alias: id,
    apiBase: 'https://api.notion.com',
    botId,
    botName: 'Bot',
    workspaceName: 'W',
    workspaceId: null,
    maxUploadBytes: null,
    addedAt: '2026-01-01T00:00:00.000Z',
    revokedAt: null,
  };
}

function page(id: string, connectionId: string, pageId: string): Target {
  return {
    kind: 'page',
    id,
    connectionId,
    title: id,
    icon: null,
    url: null,
    pageId,
    pageMode: 'child',
  };
}

function exported(partial: Partial<SettingsExport>): SettingsExport {
  return {
    format: EXPORT_FORMAT,
    version: 1,
    exportedAt: '',
    connections: [],
    targets: [],
    defaultTargetId: null,
    settings: DEFAULT_SETTINGS,
    ...partial,
  };
}

const empty = { connections: [], secrets: {}, targets: [], defaultTargetId: null };

describe('mergeImport', () => {
  it('restores everything into a fresh profile and lists connections without a secret', () => {
    const merged = mergeImport(
      empty,
      exported({
        connections: [{ ...connection('a', 'bot-a'), secret: SECRET }, connection('b', 'bot-b')],
        targets: [page('t1', 'a', 'p1'), page('t2', 'b', 'p2')],
        defaultTargetId: 't2',
        settings: { ...DEFAULT_SETTINGS, openAfterSave: true },
      }),
    );
    expect(merged.connections.map((c) => c.id)).toEqual(['a', 'b']);
    expect(merged.secrets).toEqual({ a: SECRET });
    expect(merged.missingSecrets).toEqual(['b']);
    expect(merged.targets.map((t) => t.id)).toEqual(['t1', 't2']);
    expect(merged.defaultTargetId).toBe('t2');
    expect(merged.settings.openAfterSave).toBe(true);
    expect(merged.rekeyed).toEqual(['a']);
  });

  it('updates the same integration in place, keeping its id, secret and targets', () => {
    const current = {
      connections: [connection('here', 'bot-a')],
      secrets: { here: SECRET },
      targets: [page('mine', 'here', 'p1'), page('other', 'here', 'p9')],
      defaultTargetId: 'other',
    };
    const merged = mergeImport(
      current,
      exported({
        connections: [{ ...connection('there', 'bot-a'), alias: 'Renamed' }],
        targets: [{ ...page('theirs', 'there', 'p1'), title: 'Inbox' }],
      }),
    );
    expect(merged.connections).toHaveLength(1);
    expect(merged.connections[0]).toMatchObject({ id: 'here', alias: 'Renamed' });
    expect(merged.secrets).toEqual({ here: SECRET });
    expect(merged.missingSecrets).toEqual([]);
    expect(merged.targets.map((t) => [t.id, t.connectionId, t.title])).toEqual([
      ['mine', 'here', 'Inbox'],
      ['other', 'here', 'other'],
    ]);
    // The file named no default: the one already chosen stays.
    expect(merged.defaultTargetId).toBe('other');
  });

  it('clears a revoked mark when the file brings a new secret', () => {
    const revoked = { ...connection('a', 'bot-a'), revokedAt: '2026-02-01T00:00:00.000Z' };
    const merged = mergeImport(
      { ...empty, connections: [revoked], secrets: { a: 'ntn_old' } },
      exported({ connections: [{ ...revoked, secret: SECRET }] }),
    );
    expect(merged.connections[0]!.revokedAt).toBeNull();
    expect(merged.secrets.a).toBe(SECRET);
  });
});
