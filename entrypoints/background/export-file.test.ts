import { describe, expect, it } from 'vitest';
import type { Connection, Target } from '@/lib/notion/types';
import { ruleOf, site } from '@/lib/rules/testing/rules';
import type { Highlight, PageHighlights } from '@/lib/highlights';
import { DEFAULT_SETTINGS } from '@/lib/storage';
import { EXPORT_FORMAT, buildExport, readSettingsExport } from './export-file';

const SECRET = 'ntn_' + 'a1B2c3D4e5'.repeat(4) + 'xyz';

const connection: Connection = {
  id: 'c1',
  kind: 'integration',
  alias: 'Work',
  apiBase: 'https://api.notion.com',
  botId: 'bot-1',
  botName: 'Quick Capture',
  workspaceName: 'Acme',
  workspaceId: 'ws-1',
  maxUploadBytes: 5242880,
  addedAt: '2026-01-01T00:00:00.000Z',
  revokedAt: null,
};

const targets: Target[] = [
  {
    kind: 'data_source',
    id: 't1',
    connectionId: 'c1',
    title: 'Reading list',
    icon: '📚',
    url: 'https://www.notion.so/x',
    dataSourceId: '5dcac54d-0270-407f-9f4e-abbf42287dff',
    databaseId: 'd65ddddf2bd54dfdafd1c384c979c369',
    databaseTitle: 'Reading list',
    mapping: { title: 'title', url: 'Ub%3Fz', notes: null },
    mappingEdited: true,
  },
  {
    kind: 'page',
    id: 't2',
    connectionId: 'c1',
    title: 'Inbox',
    icon: null,
    url: null,
    pageId: 'd1da973d-41ae-46af-b836-e0e9a91149d5',
    pageMode: 'append',
  },
];

function file(includeSecrets: boolean) {
  return buildExport({
    connections: [connection],
    secrets: new Map([['c1', SECRET]]),
    includeSecrets,
    targets,
    defaultTargetId: 't2',
    settings: { ...DEFAULT_SETTINGS, requestsPerSecond: 10 },
    rules: [],
    highlights: [],
    now: new Date('2026-03-11T12:00:00.000Z'),
  });
}

function reasonOf(text: string): string {
  const read = readSettingsExport(text, 'en');
  if (read.ok) throw new Error('expected a refusal');
  return read.reason;
}

describe('settings export', () => {
  it('leaves secrets out unless asked for', () => {
    expect(JSON.stringify(file(false))).not.toContain(SECRET);
    expect(file(true).connections[0]!.secret).toBe(SECRET);
  });

  it('reads back what it wrote, ids dashed', () => {
    const read = readSettingsExport(JSON.stringify(file(true)), 'en');
    expect(read.ok).toBe(true);
    if (!read.ok) return;
    expect(read.value.connections[0]).toEqual({ ...connection, secret: SECRET });
    expect(read.value.targets[0]).toMatchObject({
      databaseId: 'd65ddddf-2bd5-4dfd-afd1-c384c979c369',
      mapping: { title: 'title', url: 'Ub%3Fz', notes: null },
      mappingEdited: true,
    });
    expect(read.value.targets[1]).toMatchObject({ kind: 'page', pageMode: 'append' });
    expect(read.value.defaultTargetId).toBe('t2');
    expect(read.value.settings.requestsPerSecond).toBe(10);
  });

  it('refuses text that is not JSON, or JSON that is not an export', () => {
    expect(reasonOf('{ not json')).toBe('it is not a JSON file');
    expect(reasonOf('{"connections": []}')).toMatch(/not made by Quick Capture/);
    expect(reasonOf(JSON.stringify({ ...file(false), version: 99 }))).toMatch(/newer version/);
  });

  it('refuses a connection that would send its secret anywhere but Notion', () => {
    const bad = file(true);
    bad.connections[0]!.apiBase = 'https://evil.example.com';
    expect(reasonOf(JSON.stringify(bad))).toBe(
      'the connection “Work” would send its requests to https://evil.example.com, which is not Notion',
    );
  });

  it.each(['http://127.0.0.1:4010', 'http://localhost:4010', 'http://[::1]:4010'])(
    'refuses a connection at %j, on this computer, even where the build talks to an emulator',
    (apiBase) => {
      const local = file(false);
      local.connections[0]!.apiBase = apiBase;
      expect(reasonOf(JSON.stringify(local))).toBe(
        `the connection “Work” would send its requests to ${apiBase}, on this computer; a settings file can only name Notion (connect the local emulator in the options instead)`,
      );
      expect(readSettingsExport(JSON.stringify(local), 'ko')).toMatchObject({ ok: false });
    },
  );

  it('keeps only Notion addresses and icons for targets; drops any other', () => {
    const edited = file(false);
    edited.targets[0]!.url = 'https://collector.example.net/phish';
    edited.targets[0]!.icon = 'https://tracker.example.net/pixel.png';
    edited.targets[1]!.url = 'javascript:alert(1)';
    edited.targets[1]!.icon = '🗂️';
    const read = readSettingsExport(JSON.stringify(edited), 'en');
    if (!read.ok) throw new Error(read.reason);
    expect(read.value.targets.map((t) => [t.url, t.icon])).toEqual([
      [null, null],
      [null, '🗂️'],
    ]);
    const notion = file(false);
    notion.targets[0]!.url =
      'https://acme.notion.site/Reading-list-d65ddddf2bd54dfdafd1c384c979c369';
    notion.targets[0]!.icon = 'https://www.notion.so/icons/book_gray.svg';
    const kept = readSettingsExport(JSON.stringify(notion), 'en');
    if (!kept.ok) throw new Error(kept.reason);
    expect(kept.value.targets[0]).toMatchObject({
      url: notion.targets[0]!.url,
      icon: notion.targets[0]!.icon,
    });
  });

  it('names what is wrong: a bad secret, a missing field, an orphan target, a bad setting', () => {
    const secret = file(true);
    secret.connections[0]!.secret = 'hunter2';
    expect(reasonOf(JSON.stringify(secret))).toMatch(/secret of the connection “Work”/);

    const field = JSON.parse(JSON.stringify(file(false)));
    delete field.targets[0].dataSourceId;
    expect(reasonOf(JSON.stringify(field))).toBe('target 1 has no valid “dataSourceId”');

    const orphan = file(false);
    orphan.targets[1]!.connectionId = 'nobody';
    expect(reasonOf(JSON.stringify(orphan))).toMatch(/“Inbox” belongs to no connection/);

    const rate = JSON.parse(JSON.stringify(file(false)));
    rate.settings.requestsPerSecond = 50;
    expect(reasonOf(JSON.stringify(rate))).toBe(
      'the settings part has no valid “requestsPerSecond”',
    );

    const twice = file(false);
    twice.targets[1]!.id = 't1';
    expect(reasonOf(JSON.stringify(twice))).toMatch(/twice/);
  });

  it('speaks Korean when asked', () => {
    const read = readSettingsExport('nope', 'ko');
    expect(read.ok).toBe(false);
    if (!read.ok) expect(read.reason).toBe('JSON 파일이 아닙니다');
  });

  it('keeps the format name stable', () => {
    expect(file(false).format).toBe(EXPORT_FORMAT);
    expect(EXPORT_FORMAT).toBe('quick-capture-for-notion/settings');
  });
});

describe('rules in the settings file', () => {
  const papers = ruleOf('r1', site('arxiv.org', '/abs/*'), {
    set: { targetId: 't1', mode: 'article', title: '{{title}}', tags: ['paper'] },
  });
  const github = { ...ruleOf('r2', site('github.com')), name: 'GitHub' };

  function withRules(rules: unknown[]) {
    return JSON.stringify({ ...file(false), rules });
  }

  it('travel with the rest and read back as they were written', () => {
    const written = buildExport({
      connections: [connection],
      secrets: new Map(),
      includeSecrets: false,
      targets,
      defaultTargetId: null,
      settings: DEFAULT_SETTINGS,
      rules: [papers, github],
      highlights: [],
      now: new Date(0),
    });
    const read = readSettingsExport(JSON.stringify(written), 'en');
    if (!read.ok) throw new Error(read.reason);
    expect(read.value.rules).toEqual([papers, github]);
    expect(read.ruleProblems).toEqual([]);
  });

  it('a bad rule is left out with a sentence; nothing else in the file is lost', () => {
    const broken = { ...ruleOf('r3', { kind: 'regex', pattern: '(' }), name: 'Broken' };
    const template = { ...ruleOf('r4', site('x.com'), { set: { title: '{{titel}}' } }), name: 'T' };
    const read = readSettingsExport(withRules([papers, broken, 'junk', template, github]), 'en');
    if (!read.ok) throw new Error(read.reason);
    expect(read.value.rules.map((r) => r.id)).toEqual(['r1', 'r2']);
    expect(read.ruleProblems).toHaveLength(3);
    expect(read.ruleProblems[0]).toMatch(/^“Broken” was not imported: This regular expression/);
    expect(read.ruleProblems[1]).toBe('“Rule 3” was not imported: it is not written as a rule.');
    expect(read.ruleProblems[2]).toMatch(/^“T” was not imported: “\{\{titel\}\}” refers to/);
    expect(read.value.connections).toHaveLength(1);
    expect(read.value.targets).toHaveLength(2);
    expect(read.value.defaultTargetId).toBe('t2');
    expect(read.value.settings.requestsPerSecond).toBe(10);
  });

  it('a rule saving to a target the file does not have is left out', () => {
    const elsewhere = { ...papers, set: { ...papers.set, targetId: 'elsewhere' } };
    const read = readSettingsExport(withRules([elsewhere]), 'ko');
    if (!read.ok) throw new Error(read.reason);
    expect(read.value.rules).toEqual([]);
    expect(read.ruleProblems).toEqual([
      expect.stringContaining('파일에 없는 저장 위치에 저장하는 규칙이라 가져오지 않았습니다'),
    ]);
  });

  it('a file from before rules has none, and rules that are not a list are one sentence', () => {
    const old = JSON.parse(JSON.stringify(file(false)));
    delete old.rules;
    const read = readSettingsExport(JSON.stringify(old), 'en');
    expect(read).toMatchObject({ ok: true, value: { rules: [] }, ruleProblems: [] });
    const odd = readSettingsExport(JSON.stringify({ ...file(false), rules: 'all' }), 'en');
    expect(odd).toMatchObject({ ok: true, value: { rules: [], targets: [{}, {}] } });
    if (odd.ok) expect(odd.ruleProblems).toHaveLength(1);
  });
});

describe('highlights in the settings file', () => {
  const highlight: Highlight = {
    id: 'h1',
    color: 'green',
    note: 'Keep',
    createdAt: '2026-03-01T10:00:00.000Z',
    updatedAt: '2026-03-02T10:00:00.000Z',
    target: {
      quote: { type: 'TextQuoteSelector', exact: 'a passage', prefix: 'Here is ', suffix: '.' },
      position: { type: 'TextPositionSelector', start: 8, end: 17 },
    },
  };
  const essay: PageHighlights = {
    version: 1,
    url: 'https://example.org/essay',
    title: 'Essay',
    highlights: [highlight],
  };

  it('travel with the rest, every page, and read back as they were written', () => {
    const other = { ...essay, url: 'http://blog.example/a', title: 'A' };
    const written = buildExport({
      connections: [connection],
      secrets: new Map(),
      includeSecrets: false,
      targets,
      defaultTargetId: null,
      settings: DEFAULT_SETTINGS,
      rules: [],
      highlights: [structuredClone(essay), structuredClone(other)],
      now: new Date(0),
    });
    const read = readSettingsExport(JSON.stringify(written), 'en');
    if (!read.ok) throw new Error(read.reason);
    expect(read.value.highlights).toEqual([other, essay]);
    expect(read).toMatchObject({ skippedPages: 0, skippedHighlights: 0 });
  });

  it('keep only web pages and well-formed highlights, and count what was left out', () => {
    const text = JSON.stringify({
      ...file(false),
      highlights: [
        { ...essay, highlights: [highlight, { ...highlight, id: 'h2', color: 'teal' }] },
        { ...essay, url: 'javascript:alert(document.cookie)' },
        { ...essay, url: 'file:///home/me/notes.html' },
      ],
    });
    const read = readSettingsExport(text, 'en');
    if (!read.ok) throw new Error(read.reason);
    expect(read.value.highlights.map((p) => p.url)).toEqual(['https://example.org/essay']);
    expect(read.value.highlights[0]!.highlights.map((h) => h.id)).toEqual(['h1']);
    expect(read).toMatchObject({ skippedPages: 2, skippedHighlights: 1 });
    // The rest of the file is imported all the same.
    expect(read.value.targets).toHaveLength(2);
  });

  it('a file from before highlights has none', () => {
    const read = readSettingsExport(JSON.stringify(file(false)), 'en');
    expect(read).toMatchObject({ ok: true, value: { highlights: [] }, skippedPages: 0 });
  });

  it('the revisit setting travels with the other settings', () => {
    const on = { ...file(false), settings: { ...DEFAULT_SETTINGS, showHighlightsOnRevisit: true } };
    const read = readSettingsExport(JSON.stringify(on), 'en');
    expect(read).toMatchObject({
      ok: true,
      value: { settings: { showHighlightsOnRevisit: true } },
    });
    const odd = { ...file(false), settings: { showHighlightsOnRevisit: 'yes' } };
    expect(readSettingsExport(JSON.stringify(odd), 'en').ok).toBe(false);
  });
});
