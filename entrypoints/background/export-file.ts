/**
 * The settings file people export and import: its shape, and the checks an imported file
 * must pass before anything is stored. Pure (no storage, no network), so every rule is
 * tested on plain text.
 *
 * Why so strict: a settings file comes from outside the extension. A connection's API
 * base decides where its secret is sent, so a file pointing a connection anywhere but
 * Notion is refused as a whole rather than half imported — a loopback address too, even
 * in the test build that talks to an emulator there: a file never points a secret at
 * this machine. Target addresses are opened in tabs and icons shown as images, so only
 * Notion's are kept (`notion-url.ts`); any other is dropped (older files kept whatever
 * was pasted, a bare id say) and the target opens by its id instead.
 *
 * Rules are checked one by one (`lib/rules/store/read-rules.ts`): a rule that cannot be used
 * is left out with a sentence, and the rest of the file is imported all the same. Files
 * from before rules have none, and read as such. Highlights likewise, field by field
 * (`lib/highlights/stored/read-pages.ts`): only web pages' addresses are kept, and what
 * was left out is counted for the sentence the import ends with.
 */
import { translate, type Locale, type MessageKey, type MessageParams } from '@/lib/i18n';
import { FIELD_TYPES } from '@/lib/notion/schema/auto-map';
import { normalizeApiBase } from '@/lib/notion/connection/api-base';
import { notionIconOrNull, notionPageUrlOrNull } from '@/lib/notion/api/notion-url';
import { toDashedId } from '@/lib/notion/api/ids';
import { checkSecretFormat } from '@/lib/notion/connection/secret';
import type { CaptureField, Connection, PropertyMapping, Target } from '@/lib/notion/types';
import type { SiteRule } from '@/lib/rules/model';
import type { PageHighlights } from '@/lib/highlights/model';
import { readHighlightPages } from '@/lib/highlights/stored/read-pages';
import { readRules } from '@/lib/rules/store/read-rules';
import { DEFAULT_SETTINGS, type Settings } from '@/lib/storage';

export const EXPORT_FORMAT = 'quick-capture-for-notion/settings';
export const EXPORT_VERSION = 1;

/** A connection in a file; `secret` only when the person asked for secrets. */
export interface ExportedConnection extends Connection {
  secret?: string;
}

export interface SettingsExport {
  format: typeof EXPORT_FORMAT;
  version: typeof EXPORT_VERSION;
  exportedAt: string;
  connections: ExportedConnection[];
  targets: Target[];
  defaultTargetId: string | null;
  settings: Settings;
  /** In the person's order; each rule's `targetId` is one of `targets`, or null. */
  rules: SiteRule[];
  /** Every page's highlights, by page address (files from before highlights have none). */
  highlights: PageHighlights[];
}

/** Builds the file's content from what is stored. Secrets only when asked for. */
export function buildExport(input: {
  connections: Connection[];
  secrets: ReadonlyMap<string, string>;
  includeSecrets: boolean;
  targets: Target[];
  defaultTargetId: string | null;
  settings: Settings;
  rules: SiteRule[];
  highlights: PageHighlights[];
  now: Date;
}): SettingsExport {
  return {
    format: EXPORT_FORMAT,
    version: EXPORT_VERSION,
    exportedAt: input.now.toISOString(),
    connections: input.connections.map((c) => {
      const secret = input.secrets.get(c.id);
      return input.includeSecrets && secret ? { ...c, secret } : { ...c };
    }),
    // Copies: the file is a snapshot, never a view onto the stored records.
    targets: structuredClone(input.targets),
    defaultTargetId: input.defaultTargetId,
    settings: { ...input.settings },
    rules: structuredClone(input.rules),
    highlights: structuredClone(input.highlights).sort((a, b) =>
      a.url < b.url ? -1 : a.url > b.url ? 1 : 0,
    ),
  };
}

export type ReadResult =
  /**
   * `ruleProblems`: one sentence per rule left out; `skippedPages`/`skippedHighlights`:
   * how many of the file's highlights were left out (`read-pages.ts`). Everything else
   * in `value` is whole.
   */
  | {
      ok: true;
      value: SettingsExport;
      ruleProblems: string[];
      skippedPages: number;
      skippedHighlights: number;
    }
  | { ok: false; reason: string };

/** Thrown inside the reader with the sentence fragment that ends up in the Problem. */
class Invalid extends Error {}

type Obj = Record<string, unknown>;

const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);

const CAPTURE_FIELDS = Object.keys(FIELD_TYPES) as CaptureField[];

function reader(locale: Locale) {
  const fail = (key: MessageKey, params?: MessageParams): never => {
    throw new Invalid(translate(locale, key, params));
  };
  const text = (o: Obj, key: string, where: string): string => {
    const v = o[key];
    if (typeof v !== 'string') fail('optImportReasonField', { where, field: key });
    return v as string;
  };
  const textOrNull = (o: Obj, key: string, where: string): string | null =>
    o[key] === null || o[key] === undefined ? null : text(o, key, where);
  const id = (o: Obj, key: string, where: string): string => {
    const dashed = toDashedId(text(o, key, where));
    return dashed ?? fail('optImportReasonField', { where, field: key });
  };
  return { fail, text, textOrNull, id };
}

function readConnection(raw: unknown, index: number, locale: Locale): ExportedConnection {
  const { fail, text, textOrNull } = reader(locale);
  const where = translate(locale, 'optImportWhereConnection', { n: index + 1 });
  if (!isObj(raw)) return fail('optImportReasonShape', { where });
  const alias = text(raw, 'alias', where);
  const written = text(raw, 'apiBase', where);
  const apiBase = normalizeApiBase(written, { allowLoopback: false });
  if (!apiBase) {
    const shown = { alias, apiBase: written.slice(0, 80) };
    if (normalizeApiBase(written, { allowLoopback: true })) fail('optImportReasonLoopback', shown);
    fail('optImportReasonApiBase', shown);
  }
  const max = raw.maxUploadBytes;
  const connection: ExportedConnection = {
    id: text(raw, 'id', where),
    // Files written before PATs name no kind: their connections were integrations.
    kind: raw.kind === 'personal' ? 'personal' : 'integration',
    alias,
    apiBase: apiBase!,
    botId: text(raw, 'botId', where),
    botName: text(raw, 'botName', where),
    workspaceName: text(raw, 'workspaceName', where),
    workspaceId: textOrNull(raw, 'workspaceId', where),
    maxUploadBytes: typeof max === 'number' && max > 0 ? max : null,
    addedAt: text(raw, 'addedAt', where),
    revokedAt: textOrNull(raw, 'revokedAt', where),
  };
  if (raw.secret !== undefined && raw.secret !== null && raw.secret !== '') {
    const checked = checkSecretFormat(String(raw.secret));
    if (!checked.ok) fail('optImportReasonSecret', { alias });
    else connection.secret = checked.secret;
  }
  return connection;
}

function readMapping(raw: unknown): PropertyMapping {
  const mapping: PropertyMapping = {};
  if (!isObj(raw)) return mapping;
  // Unknown field names are dropped rather than refused: a later version may add fields.
  for (const field of CAPTURE_FIELDS) {
    const v = raw[field];
    if (typeof v === 'string' || v === null) mapping[field] = v;
  }
  return mapping;
}

function readTarget(raw: unknown, index: number, connectionIds: Set<string>, locale: Locale) {
  const { fail, text, textOrNull, id } = reader(locale);
  const where = translate(locale, 'optImportWhereTarget', { n: index + 1 });
  if (!isObj(raw)) return fail('optImportReasonShape', { where });
  const title = text(raw, 'title', where);
  const base = {
    id: text(raw, 'id', where),
    connectionId: text(raw, 'connectionId', where),
    title,
    icon: notionIconOrNull(textOrNull(raw, 'icon', where)),
    url: notionPageUrlOrNull(textOrNull(raw, 'url', where)),
  };
  if (!connectionIds.has(base.connectionId)) fail('optImportReasonOrphan', { title });
  if (raw.kind === 'data_source') {
    return {
      ...base,
      kind: 'data_source',
      dataSourceId: id(raw, 'dataSourceId', where),
      databaseId: id(raw, 'databaseId', where),
      databaseTitle: text(raw, 'databaseTitle', where),
      mapping: readMapping(raw.mapping),
      mappingEdited: raw.mappingEdited === true,
    } satisfies Target;
  }
  if (raw.kind === 'page') {
    const pageMode =
      raw.pageMode === 'child' ? 'child' : raw.pageMode === 'append' ? 'append' : null;
    if (!pageMode) fail('optImportReasonField', { where, field: 'pageMode' });
    return {
      ...base,
      kind: 'page',
      pageId: id(raw, 'pageId', where),
      pageMode: pageMode!,
    } satisfies Target;
  }
  return fail('optImportReasonField', { where, field: 'kind' });
}

function readSettings(raw: unknown, locale: Locale): Settings {
  const { fail } = reader(locale);
  const where = translate(locale, 'optImportWhereSettings');
  if (raw === undefined) return { ...DEFAULT_SETTINGS };
  if (!isObj(raw)) return fail('optImportReasonShape', { where });
  const out: Settings = { ...DEFAULT_SETTINGS };
  const flag = (
    key: 'notifications' | 'openAfterSave' | 'uploadImages' | 'showHighlightsOnRevisit',
  ) => {
    if (raw[key] === undefined) return;
    if (typeof raw[key] !== 'boolean') fail('optImportReasonField', { where, field: key });
    out[key] = raw[key] as boolean;
  };
  flag('notifications');
  flag('openAfterSave');
  flag('uploadImages');
  flag('showHighlightsOnRevisit');
  if (raw.defaultMode !== undefined) {
    if (raw.defaultMode !== 'bookmark' && raw.defaultMode !== 'article')
      fail('optImportReasonField', { where, field: 'defaultMode' });
    out.defaultMode = raw.defaultMode as Settings['defaultMode'];
  }
  if (raw.requestsPerSecond !== undefined) {
    if (raw.requestsPerSecond !== 3 && raw.requestsPerSecond !== 10)
      fail('optImportReasonField', { where, field: 'requestsPerSecond' });
    out.requestsPerSecond = raw.requestsPerSecond as Settings['requestsPerSecond'];
  }
  return out;
}

/**
 * Reads and checks a settings file. On failure, `reason` is a phrase for people in
 * `locale` that completes "The file is not a Quick Capture settings export: …".
 */
export function readSettingsExport(textContent: string, locale: Locale): ReadResult {
  let data: unknown;
  try {
    data = JSON.parse(textContent);
  } catch {
    return { ok: false, reason: translate(locale, 'optImportReasonJson') };
  }
  try {
    const { fail } = reader(locale);
    if (!isObj(data) || data.format !== EXPORT_FORMAT) fail('optImportReasonFormat');
    const file = data as Obj;
    if (typeof file.version !== 'number' || file.version > EXPORT_VERSION)
      fail('optImportReasonVersion');
    if (!Array.isArray(file.connections) || !Array.isArray(file.targets))
      fail('optImportReasonFormat');
    const connections = (file.connections as unknown[]).map((c, i) => readConnection(c, i, locale));
    const connectionIds = new Set(connections.map((c) => c.id));
    if (connectionIds.size !== connections.length) fail('optImportReasonDuplicate');
    const targets = (file.targets as unknown[]).map((t, i) =>
      readTarget(t, i, connectionIds, locale),
    );
    if (new Set(targets.map((t) => t.id)).size !== targets.length) fail('optImportReasonDuplicate');
    const defaultTargetId =
      typeof file.defaultTargetId === 'string' && targets.some((t) => t.id === file.defaultTargetId)
        ? file.defaultTargetId
        : null;
    const rules = readRules(file.rules, new Set(targets.map((t) => t.id)), locale);
    const highlights = readHighlightPages(file.highlights);
    return {
      ok: true,
      ruleProblems: rules.problems,
      skippedPages: highlights.skippedPages,
      skippedHighlights: highlights.skippedHighlights,
      value: {
        format: EXPORT_FORMAT,
        version: EXPORT_VERSION,
        exportedAt: typeof file.exportedAt === 'string' ? file.exportedAt : '',
        connections,
        targets,
        defaultTargetId,
        settings: readSettings(file.settings, locale),
        rules: rules.rules,
        highlights: highlights.pages,
      },
    };
  } catch (error) {
    if (error instanceof Invalid) return { ok: false, reason: error.message };
    throw error;
  }
}
