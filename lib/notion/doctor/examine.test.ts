/** The connection doctor against the emulator: each finding, for each kind of token. */
import { describe, expect, it } from 'vitest';
import { DEMO } from '../../../tests/notion-emulator';
import { useEmulator } from '../testing/emulator';
import type { Connection, Target } from '../types';
import { examineConnection, type Finding } from './examine';

const emulator = useEmulator();
const { ids } = DEMO;

function connection(kind: Connection['kind'], botName: string): Connection {
  return {
    id: 'c1',
    kind,
    alias: 'Demo',
    apiBase: emulator.url,
    botId: 'b',
    botName,
    workspaceName: DEMO.workspace.name,
    workspaceId: DEMO.workspace.id,
    maxUploadBytes: null,
    addedAt: '2026-01-01T00:00:00.000Z',
    revokedAt: null,
  };
}

const readingList = {
  id: 't1',
  connectionId: 'c1',
  kind: 'data_source',
  title: 'Reading list',
  dataSourceId: ids.readingListDataSource,
} as Target;
const clients = {
  id: 't2',
  connectionId: 'c1',
  kind: 'data_source',
  title: 'Clients',
  dataSourceId: ids.clientsDataSource,
} as Target;

const states = (findings: Finding[]) => findings.map((f) => `${f.check}:${f.state}`);

describe('examineConnection', () => {
  it('passes a PAT that reaches its targets, noting people and the upload limit', async () => {
    const findings = await examineConnection(
      emulator.client(DEMO.personalTokens.ada.secret),
      connection('personal', 'Ada’s token'),
      [readingList, clients],
      'en',
    );
    expect(states(findings)).toEqual([
      'token:ok',
      'content:ok',
      'people:note',
      'uploads:note',
      'target:ok',
      'target:ok',
    ]);
    expect(findings[0]!.text).toBe('Notion accepts this personal access token.');
    expect(findings[3]!.text).toContain('5 MB');
  });

  it('tells a PAT whose person lost access that the access is theirs to get back', async () => {
    const ada = emulator.workspace.people.find((p) => p.id === DEMO.users.ada.id)!;
    ada.access = new Set([ids.inboxPage]);
    const findings = await examineConnection(
      emulator.client(DEMO.personalTokens.ada.secret),
      connection('personal', 'Ada’s token'),
      [readingList],
      'ko',
    );
    const target = findings.find((f) => f.check === 'target')!;
    expect(target.state).toBe('problem');
    expect(target.fix).toContain('접근 권한을 잃었거나');
  });

  it('names the page to connect for an integration, and the missing people capability', async () => {
    emulator.workspace.integrations.find(
      (i) => i.botId === DEMO.integrations.main.botId,
    )!.capabilities.userInfo = 'none';
    const findings = await examineConnection(
      emulator.client(),
      connection('integration', DEMO.integrations.main.name),
      [readingList, clients],
      'en',
    );
    expect(states(findings)).toEqual([
      'token:ok',
      'content:ok',
      'people:note',
      'uploads:note',
      'target:ok',
      'target:problem',
    ]);
    expect(findings.find((f) => f.check === 'people')!.fix).toContain('Read user information');
    expect(findings.at(-1)!.fix).toBe(
      'In Notion, open “Clients” → ••• → Connections → Quick Capture. If it was deleted, remove this target.',
    );
  });

  it('stops at a revoked token, and at a workspace that turned PATs off', async () => {
    const pat = emulator.workspace.integrations.find(
      (i) => i.botId === DEMO.personalTokens.ada.botId,
    )!;
    pat.revoked = true;
    const revoked = await examineConnection(
      emulator.client(DEMO.personalTokens.ada.secret),
      connection('personal', 'Ada’s token'),
      [readingList],
      'en',
    );
    expect(states(revoked)).toEqual(['token:problem']);
    expect(revoked[0]!.fix).toContain('notion.so/developers/tokens');
    pat.revoked = false;
    emulator.workspace.info.personalTokens = 'nobody';
    const off = await examineConnection(
      emulator.client(DEMO.personalTokens.ada.secret),
      connection('personal', 'Ada’s token'),
      [readingList],
      'en',
    );
    expect(states(off)).toEqual(['token:problem']);
    expect(off[0]!.fix).toContain('Ask a workspace owner');
  });

  it('says which capability a token without content access needs', async () => {
    emulator.workspace.integrations.find(
      (i) => i.botId === DEMO.integrations.main.botId,
    )!.capabilities.read = false;
    const findings = await examineConnection(
      emulator.client(),
      connection('integration', DEMO.integrations.main.name),
      [],
      'en',
    );
    expect(findings.find((f) => f.check === 'content')).toMatchObject({ state: 'problem' });
    expect(findings.find((f) => f.check === 'content')!.fix).toContain('Read content');
  });
});
