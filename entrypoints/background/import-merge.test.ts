import { describe, expect, it } from 'vitest';
import type { Connection, Target } from '@/lib/notion/types';
import { ruleOf, site } from '@/lib/rules/testing/rules';
import { DEFAULT_SETTINGS } from '@/lib/storage';
import { EXPORT_FORMAT, type SettingsExport } from './export-file';
import { mergeImport } from './import-merge';

const SECRET = 'ntn_' + 'q'.repeat(40);

function connection(id: string, botId: string): Connection {
  return {
    id,
    kind: 'integration',
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
    rules: [],
    highlights: [],
    ...partial,
  };
}

const empty = {
  connections: [],
  secrets: new Map<string, string>(),
  targets: [],
  defaultTargetId: null,
  rules: [],
};

/** Ids minted in order: `new-1`, `new-2`, … */
function minter() {
  let n = 0;
  return () => `new-${++n}`;
}

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
      minter(),
    );
    // Ids are minted here: the file's ids only tie its targets to its connections.
    expect(merged.connections.map((c) => [c.id, c.botId])).toEqual([
      ['new-1', 'bot-a'],
      ['new-2', 'bot-b'],
    ]);
    expect([...merged.secrets]).toEqual([['new-1', SECRET]]);
    expect(merged.missingSecrets).toEqual(['new-2']);
    expect(merged.targets.map((t) => [t.id, t.connectionId])).toEqual([
      ['new-3', 'new-1'],
      ['new-4', 'new-2'],
    ]);
    expect(merged.defaultTargetId).toBe('new-4');
    expect(merged.settings.openAfterSave).toBe(true);
    expect(merged.rekeyed).toEqual(['new-1']);
  });

  it('updates the same integration in place, keeping its id, secret and targets', () => {
    const current = {
      connections: [connection('here', 'bot-a')],
      secrets: new Map([['here', SECRET]]),
      targets: [page('mine', 'here', 'p1'), page('other', 'here', 'p9')],
      defaultTargetId: 'other',
      rules: [],
    };
    const merged = mergeImport(
      current,
      exported({
        connections: [{ ...connection('there', 'bot-a'), alias: 'Renamed' }],
        targets: [{ ...page('theirs', 'there', 'p1'), title: 'Inbox' }],
      }),
      minter(),
    );
    expect(merged.connections).toHaveLength(1);
    expect(merged.connections[0]).toMatchObject({ id: 'here', alias: 'Renamed' });
    expect([...merged.secrets]).toEqual([['here', SECRET]]);
    expect(merged.missingSecrets).toEqual([]);
    expect(merged.targets.map((t) => [t.id, t.connectionId, t.title])).toEqual([
      ['mine', 'here', 'Inbox'],
      ['other', 'here', 'other'],
    ]);
    // The file named no default: the one already chosen stays.
    expect(merged.defaultTargetId).toBe('other');
  });

  it('never points a stored connection, or its secret, at the address a file names', () => {
    const current = {
      connections: [connection('c1', 'bot-a')],
      secrets: new Map([['c1', SECRET]]),
      targets: [],
      defaultTargetId: null,
      rules: [],
    };
    // The same id and integration as the stored connection, another address, no secret.
    const moved = { ...connection('c1', 'bot-a'), apiBase: 'https://api.notion.com.evil.example' };
    const merged = mergeImport(current, exported({ connections: [moved] }), minter());
    const stored = merged.connections.find((c) => c.id === 'c1')!;
    expect(stored.apiBase).toBe('https://api.notion.com');
    // The file's connection is a new one, and the stored secret does not go with it.
    const other = merged.connections.find((c) => c.id !== 'c1')!;
    expect(other).toMatchObject({ id: 'new-1', apiBase: moved.apiBase });
    expect(merged.secrets.get('new-1')).toBeUndefined();
    for (const c of merged.connections) {
      if (merged.secrets.get(c.id) === SECRET) expect(c.apiBase).toBe('https://api.notion.com');
    }
    expect(merged.missingSecrets).toEqual(['new-1']);
  });

  it.each(['__proto__', 'constructor', 'toString', 'hasOwnProperty'])(
    'imports a connection and target with the id %j as any other, under minted ids',
    (bad) => {
      const merged = mergeImport(
        empty,
        exported({
          connections: [{ ...connection(bad, 'bot-a'), secret: SECRET }],
          targets: [page(bad, bad, 'p1')],
          defaultTargetId: bad,
        }),
        minter(),
      );
      expect(merged.connections.map((c) => c.id)).toEqual(['new-1']);
      expect(merged.targets.map((t) => [t.id, t.connectionId])).toEqual([['new-2', 'new-1']]);
      expect(merged.defaultTargetId).toBe('new-2');
      expect([...merged.secrets]).toEqual([['new-1', SECRET]]);
      expect(merged.missingSecrets).toEqual([]);
    },
  );

  it('mints fresh random ids by default', () => {
    const merged = mergeImport(empty, exported({ connections: [connection('a', 'bot-a')] }));
    expect(merged.connections[0]!.id).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('clears a revoked mark when the file brings a new secret', () => {
    const revoked = { ...connection('a', 'bot-a'), revokedAt: '2026-02-01T00:00:00.000Z' };
    const merged = mergeImport(
      { ...empty, connections: [revoked], secrets: new Map([['a', 'ntn_old']]) },
      exported({ connections: [{ ...revoked, secret: SECRET }] }),
    );
    expect(merged.connections[0]!.revokedAt).toBeNull();
    expect(merged.secrets.get('a')).toBe(SECRET);
  });
});

describe('mergeImport of rules', () => {
  const here = connection('here', 'bot-a');

  it('a rule follows its target to the id that target has here', () => {
    const merged = mergeImport(
      { ...empty, connections: [here], targets: [page('mine', 'here', 'p1')] },
      exported({
        connections: [connection('there', 'bot-a')],
        targets: [page('f-known', 'there', 'p1'), page('f-new', 'there', 'p2')],
        rules: [
          ruleOf('f1', site('a.com'), { set: { targetId: 'f-known' } }),
          ruleOf('f2', site('b.com'), { set: { targetId: 'f-new' } }),
          ruleOf('f3', site('c.com')),
        ],
      }),
      minter(),
    );
    const newTarget = merged.targets.find((t) => t.kind === 'page' && t.pageId === 'p2')!.id;
    expect(merged.rules.map((r) => [r.id, r.set.targetId])).toEqual([
      ['new-2', 'mine'],
      ['new-3', newTarget],
      ['new-4', null],
    ]);
  });

  it('replaces the stored rule of the same name in its place; stored rules keep their order', () => {
    const stored = [
      { ...ruleOf('s1', site('a.com')), name: 'First' },
      { ...ruleOf('s2', site('b.com')), name: 'Papers' },
    ];
    const merged = mergeImport(
      { ...empty, rules: stored },
      exported({
        rules: [
          { ...ruleOf('f1', site('arxiv.org')), name: 'papers' },
          { ...ruleOf('__proto__', site('z.com')), name: 'New' },
        ],
      }),
      minter(),
    );
    expect(merged.rules.map((r) => [r.id, r.name, r.match])).toEqual([
      ['s1', 'First', site('a.com')],
      ['s2', 'papers', site('arxiv.org')],
      ['new-1', 'New', site('z.com')],
    ]);
  });
});
