/**
 * The connection doctor: a few requests that tell, one by one, whether a connection can
 * still save, and for each problem the one thing that fixes it. Every request reads, or
 * is a change that cannot apply to anything (see `capabilities.ts`), so running it is safe.
 */
import type { Client } from '@notionhq/client';
import { type Locale } from '../../i18n';
import type { StoredError } from '../errors/errors';
import type { Connection, ConnectionKind, Target } from '../types';
import { checkContent, checkPeople, checkWrites } from './capabilities';
import { found, type Finding } from './finding';
import { checkTarget } from './targets';
import { checkStoredSecret, checkToken } from './token';

export type { Finding, FindingAction, FindingCheck } from './finding';

export interface ExamineOptions {
  /** The stored token, to refuse one that is not a token before anything is sent. */
  secret?: string;
  /** The failure that made the background run the doctor (a save's 403 names a capability). */
  failure?: StoredError | null;
}

/** What the doctor found, and the kind Notion showed (null: its answer did not tell). */
export interface Examination {
  findings: Finding[];
  kind: ConnectionKind | null;
}

/** Every check of one connection and its targets, in order; stops early if the token fails. */
export async function examine(
  client: Client,
  connection: Connection,
  targets: readonly Target[],
  locale: Locale,
  options: ExamineOptions = {},
): Promise<Examination> {
  const malformed = checkStoredSecret(options.secret, connection, locale);
  if (malformed) return { findings: [malformed], kind: null };
  const token = await checkToken(client, connection, locale);
  if (!token.ok) return { findings: token.findings, kind: null };
  const kind = token.kind ?? connection.kind;
  const findings = [...token.findings];
  const content = await checkContent(client, kind, locale);
  findings.push(content);
  // Without read access nothing else can be learnt: each check would say the same.
  if (content.state === 'problem') return { findings, kind: token.kind };
  findings.push(...(await checkWrites(client, kind, locale, options.failure)));
  findings.push(await checkPeople(client, kind, locale));
  if (token.maxUploadBytes !== null) {
    const megabytes = Math.round((token.maxUploadBytes / (1024 * 1024)) * 10) / 10;
    findings.push(found('uploads', 'note', locale, 'docUploads', { megabytes }));
  }
  const reachable = new Map<string, boolean>();
  const checked = { ...connection, kind };
  for (const target of targets)
    findings.push(...(await checkTarget(client, checked, target, locale, reachable)));
  return { findings, kind: token.kind };
}

/** `examine`'s findings alone. */
export async function examineConnection(
  client: Client,
  connection: Connection,
  targets: readonly Target[],
  locale: Locale,
  options: ExamineOptions = {},
): Promise<Finding[]> {
  return (await examine(client, connection, targets, locale, options)).findings;
}
