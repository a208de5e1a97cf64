/** The connection doctor against the emulator: each finding, for each kind of token. */
import { describe, expect, it } from 'vitest';
import { DEMO } from '../../../tests/notion-emulator';
import { useEmulator } from '../testing/emulator';
import type { Connection, Target } from '../types';
import { examine, examineConnection, type Finding } from './examine';

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
const projects = {
  id: 't3',
  connectionId: 'c1',
  kind: 'data_source',
  title: 'Projects',
  dataSourceId: ids.projectsDataSource,
} as Target;
const inbox = {
  id: 't4',
  connectionId: 'c1',
  kind: 'page',
  title: 'Inbox',
  pageId: ids.inboxPage,
} as Target;

const states = (findings: Finding[]) => findings.map((f) => `${f.check}:${f.state}`);
const one = (findings: Finding[], check: Finding['check']) =>
  findings.find((f) => f.check === check)!;
const integration = (botId: string) =>
  emulator.workspace.integrations.find((i) => i.botId === botId)!;
const ada = () => integration(DEMO.personalTokens.ada.botId);
const main = () => integration(DEMO.integrations.main.botId);

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
      'insert:ok',
      'update:ok',
      'people:note',
      'uploads:note',
      'target:ok',
      'schema:ok',
      'target:ok',
      'schema:ok',
    ]);
    expect(findings[0]!.text).toBe('Notion accepts this personal access token.');
    expect(one(findings, 'uploads').text).toContain('5 MB');
  });

  it('changes nothing in the workspace while it checks', async () => {
    const before = emulator.listPages();
    await examineConnection(
      emulator.client(DEMO.personalTokens.ada.secret),
      connection('personal', 'Ada’s token'),
      [readingList, projects, inbox],
      'en',
    );
    expect(emulator.listPages()).toEqual(before);
  });

  it('tells a PAT whose person lost access that the access is theirs to get back', async () => {
    const person = emulator.workspace.people.find((p) => p.id === DEMO.users.ada.id)!;
    person.access = new Set([ids.inboxPage]);
    const findings = await examineConnection(
      emulator.client(DEMO.personalTokens.ada.secret),
      connection('personal', 'Ada’s token'),
      [readingList],
      'ko',
    );
    const target = one(findings, 'target');
    expect(target).toMatchObject({ state: 'problem', targetId: 't1', action: 'open_target' });
    expect(target.fix).toContain('접근 권한을 잃었거나');
  });

  it('names the page to connect for an integration, and the missing people capability', async () => {
    main().capabilities.userInfo = 'none';
    const findings = await examineConnection(
      emulator.client(),
      connection('integration', DEMO.integrations.main.name),
      [readingList, clients],
      'en',
    );
    expect(states(findings)).toEqual([
      'token:ok',
      'content:ok',
      'insert:ok',
      'update:ok',
      'people:note',
      'uploads:note',
      'target:ok',
      'schema:ok',
      'target:problem',
    ]);
    expect(one(findings, 'people').fix).toContain('Read user information');
    expect(findings.at(-1)!.fix).toBe(
      'In Notion, open “Clients” → ••• → Connections → Quick Capture. If it was deleted, remove this target.',
    );
  });

  it('stops at a revoked token, and at a workspace that turned PATs off', async () => {
    ada().revoked = true;
    const revoked = await examineConnection(
      emulator.client(DEMO.personalTokens.ada.secret),
      connection('personal', 'Ada’s token'),
      [readingList],
      'en',
    );
    expect(states(revoked)).toEqual(['token:problem']);
    expect(revoked[0]!.fix).toContain('notion.so/developers/tokens');
    expect(revoked[0]!.action).toBe('replace_token');
    ada().revoked = false;
    emulator.workspace.info.personalTokens = 'nobody';
    const off = await examineConnection(
      emulator.client(DEMO.personalTokens.ada.secret),
      connection('personal', 'Ada’s token'),
      [readingList],
      'en',
    );
    expect(states(off)).toEqual(['token:problem']);
    expect(off[0]!.fix).toContain('Ask a workspace owner');
    expect(off[0]!.action).toBe('retry');
  });

  it('refuses a stored token that is not one, without sending anything', async () => {
    const sent = emulator.requestLog().length;
    const findings = await examineConnection(
      emulator.client('not a token'),
      connection('personal', 'Ada’s token'),
      [readingList],
      'en',
      { secret: 'not a token' },
    );
    expect(states(findings)).toEqual(['token:problem']);
    expect(findings[0]).toMatchObject({
      text: 'The stored token isn’t a Notion token: nothing was sent to Notion.',
      action: 'replace_token',
    });
    expect(findings[0]!.fix).toContain('notion.so/developers/tokens');
    expect(emulator.requestLog()).toHaveLength(sent);
  });

  it('tells a token of another kind than recorded, and answers with the kind Notion shows', async () => {
    const pat = await examine(
      emulator.client(DEMO.personalTokens.ada.secret),
      connection('integration', 'Ada’s token'),
      [],
      'en',
    );
    expect(pat.kind).toBe('personal');
    expect(one(pat.findings, 'kind').text).toContain('This is a personal access token');
    // Checked as what it is: a PAT is never listed people, so that is a note.
    expect(one(pat.findings, 'people').text).toContain('personal access token');
    const secret = await examine(
      emulator.client(),
      connection('personal', DEMO.integrations.main.name),
      [],
      'ko',
    );
    expect(secret.kind).toBe('integration');
    expect(one(secret.findings, 'kind').fix).toContain('••• → 연결 → Quick Capture');
    const same = await examine(emulator.client(), connection('integration', 'x'), [], 'en');
    expect(same.findings.some((f) => f.check === 'kind')).toBe(false);
  });

  it('says which capability a token without content access needs', async () => {
    main().capabilities.read = false;
    const findings = await examineConnection(
      emulator.client(),
      connection('integration', DEMO.integrations.main.name),
      [readingList],
      'en',
    );
    expect(states(findings)).toEqual(['token:ok', 'content:problem']);
    expect(one(findings, 'content').fix).toContain('Read content');
    expect(one(findings, 'content').action).toBe('open_token_settings');
  });

  it('finds an integration that may not add or change content, and says what to tick', async () => {
    const findings = await examineConnection(
      emulator.client(DEMO.integrations.reader.secret),
      connection('integration', DEMO.integrations.reader.name),
      [],
      'en',
    );
    expect(one(findings, 'insert')).toMatchObject({
      state: 'problem',
      text: 'It can’t add pages or blocks, so nothing can be saved.',
      action: 'open_token_settings',
    });
    expect(one(findings, 'insert').fix).toContain('“Insert content”');
    expect(one(findings, 'update').state).toBe('problem');
    expect(one(findings, 'update').fix).toContain('“Update content”');
  });

  it('asks a PAT without a write capability for a new token', async () => {
    ada().capabilities.insert = false;
    const findings = await examineConnection(
      emulator.client(DEMO.personalTokens.ada.secret),
      connection('personal', 'Ada’s token'),
      [],
      'ko',
    );
    expect(one(findings, 'insert')).toMatchObject({ state: 'problem', action: 'replace_token' });
    expect(one(findings, 'insert').fix).toContain('notion.so/developers/tokens');
    expect(one(findings, 'update').state).toBe('ok');
  });

  it('believes a save refused for a capability over a probe that was not refused', async () => {
    const findings = await examineConnection(
      emulator.client(),
      connection('integration', DEMO.integrations.main.name),
      [],
      'en',
      {
        failure: {
          status: 403,
          code: 'restricted_resource',
          message: 'Insufficient permissions for this endpoint.',
          params: { capability: 'insert_content' },
        },
      },
    );
    expect(one(findings, 'insert').state).toBe('problem');
    expect(one(findings, 'update').state).toBe('ok');
  });

  it('finds a target in the trash', async () => {
    await emulator.client().pages.update({ page_id: ids.inboxPage, in_trash: true });
    const findings = await examineConnection(
      emulator.client(),
      connection('integration', DEMO.integrations.main.name),
      [inbox],
      'en',
    );
    expect(one(findings, 'target')).toMatchObject({
      state: 'problem',
      text: '“Inbox” is in Notion’s trash.',
      fix: 'Restore “Inbox” from the trash in Notion, or remove this target.',
      action: 'open_target',
    });
  });

  it('finds mapped properties that the schema lost', async () => {
    const mapped = {
      ...readingList,
      mapping: { url: DEMO.properties.readingList.url, notes: 'gone%3A1', tags: 'gone%3A2' },
    } as Target;
    const findings = await examineConnection(
      emulator.client(),
      connection('integration', DEMO.integrations.main.name),
      [mapped],
      'en',
    );
    expect(one(findings, 'schema')).toMatchObject({
      state: 'problem',
      text: '2 properties that captures fill in “Reading list” no longer exist.',
      targetId: 't1',
    });
    expect(one(findings, 'schema').fix).toContain('open “Reading list” → Properties');
  });

  it('finds a relation whose database the integration cannot reach, not the PAT', async () => {
    const secret = await examineConnection(
      emulator.client(),
      connection('integration', DEMO.integrations.main.name),
      [projects],
      'en',
    );
    const relation = one(secret, 'relation');
    expect(relation).toMatchObject({ state: 'problem', targetId: 't3' });
    expect(relation.text).toContain('“Client” of “Projects” links to a database');
    expect(relation.text).toContain(ids.clientsDatabase.replace(/-/g, ''));
    expect(relation.fix).toContain('→ ••• → Connections → Quick Capture');
    const pat = await examineConnection(
      emulator.client(DEMO.personalTokens.ada.secret),
      connection('personal', 'Ada’s token'),
      [projects],
      'en',
    );
    expect(one(pat, 'relation').state).toBe('ok');
  });
});
