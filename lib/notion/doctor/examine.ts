/**
 * The connection doctor: a few reads that tell, one by one, whether a connection can
 * still save, and for each problem the one thing that fixes it. The checks read only
 * (`users/me`, a one-result search, one user, each target), so running them is safe.
 */
import { APIErrorCode, APIResponseError, type Client } from '@notionhq/client';
import { translate, type Locale } from '../../i18n';
import { tokenKindOf } from '../connection/token-kind';
import { describeError } from '../errors/describe-error';
import { NotionEngineError } from '../errors/errors';
import type { Connection, Target } from '../types';

/** One check's result: fine, a problem with its fix, or a fact worth knowing. */
export interface Finding {
  check: 'token' | 'content' | 'people' | 'uploads' | 'target';
  state: 'ok' | 'problem' | 'note';
  /** What was found, as a sentence. */
  text: string;
  /** What to do about a problem (null when nothing is to be done). */
  fix: string | null;
}

const code = (error: unknown) => (error instanceof APIResponseError ? error.code : null);

function problem(check: Finding['check'], error: unknown, locale: Locale): Finding {
  const described = describeError(error, locale);
  return { check, state: 'problem', text: described.title, fix: described.action };
}

/** The token itself: accepted, refused (revoked, expired) or refused by the workspace. */
async function checkToken(client: Client, connection: Connection, locale: Locale) {
  try {
    const me = await client.users.me({});
    const bot = me.type === 'bot' && 'workspace_limits' in me.bot ? me.bot : null;
    return { ok: true as const, kind: tokenKindOf(me), uploads: bot?.workspace_limits };
  } catch (error) {
    const kind = connection.kind;
    const own =
      code(error) === APIErrorCode.Unauthorized
        ? new NotionEngineError('token_refused', { kind })
        : code(error) === APIErrorCode.RestrictedResource
          ? new NotionEngineError('personal_tokens_restricted', {})
          : error;
    return { ok: false as const, finding: problem('token', own, locale) };
  }
}

async function checkTarget(
  client: Client,
  connection: Connection,
  target: Target,
  locale: Locale,
): Promise<Finding> {
  const params = { title: target.title, integration: connection.botName };
  try {
    if (target.kind === 'data_source')
      await client.dataSources.retrieve({ data_source_id: target.dataSourceId });
    else await client.pages.retrieve({ page_id: target.pageId });
    return {
      check: 'target',
      state: 'ok',
      text: translate(locale, 'docTargetOk', params),
      fix: null,
    };
  } catch (error) {
    if (code(error) !== APIErrorCode.ObjectNotFound) return problem('target', error, locale);
    // A 404 is "gone or not visible": for a PAT that is the person's own access.
    const personal = connection.kind === 'personal';
    return {
      check: 'target',
      state: 'problem',
      text: translate(locale, 'docTargetMissing', params),
      fix: translate(locale, personal ? 'docTargetFixPersonal' : 'docTargetFixIntegration', params),
    };
  }
}

/** Every check of one connection and its targets, in order; stops early if the token fails. */
export async function examineConnection(
  client: Client,
  connection: Connection,
  targets: readonly Target[],
  locale: Locale,
): Promise<Finding[]> {
  const token = await checkToken(client, connection, locale);
  if (!token.ok) return [token.finding];
  const kind = token.kind ?? connection.kind;
  const findings: Finding[] = [
    {
      check: 'token',
      state: 'ok',
      text: translate(locale, kind === 'personal' ? 'docTokenOkPersonal' : 'docTokenOkIntegration'),
      fix: null,
    },
  ];
  try {
    await client.search({ page_size: 1 });
    findings.push({
      check: 'content',
      state: 'ok',
      text: translate(locale, 'docContentOk'),
      fix: null,
    });
  } catch (error) {
    const own =
      code(error) === APIErrorCode.RestrictedResource
        ? new NotionEngineError('no_content_access', { kind })
        : error;
    findings.push(problem('content', own, locale));
  }
  if (kind === 'personal') {
    findings.push({
      check: 'people',
      state: 'note',
      text: translate(locale, 'errPeopleUnlistedTitle'),
      fix: translate(locale, 'errPeopleUnlistedAction'),
    });
  } else {
    try {
      await client.users.list({ page_size: 1 });
      findings.push({
        check: 'people',
        state: 'ok',
        text: translate(locale, 'docPeopleOk'),
        fix: null,
      });
    } catch (error) {
      findings.push({
        check: 'people',
        state: code(error) === APIErrorCode.RestrictedResource ? 'note' : 'problem',
        text: translate(locale, 'docPeopleOff'),
        fix: translate(locale, 'docPeopleFix'),
      });
    }
  }
  const limit = token.uploads?.max_file_upload_size_in_bytes;
  if (typeof limit === 'number') {
    const megabytes = Math.round((limit / (1024 * 1024)) * 10) / 10;
    findings.push({
      check: 'uploads',
      state: 'note',
      text: translate(locale, 'docUploads', { megabytes }),
      fix: null,
    });
  }
  for (const target of targets)
    findings.push(await checkTarget(client, connection, target, locale));
  return findings;
}
