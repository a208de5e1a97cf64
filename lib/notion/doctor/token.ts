/**
 * The token itself: does it look like one, does Notion accept it, and is it the kind of
 * token the connection says it is.
 */
import { APIErrorCode, type Client } from '@notionhq/client';
import { translate, type Locale } from '../../i18n';
import { checkSecretFormat } from '../connection/secret';
import { tokenKindOf } from '../connection/token-kind';
import { NotionEngineError } from '../errors/errors';
import type { Connection, ConnectionKind } from '../types';
import { codeOf, failed, found, type Finding } from './finding';

export type TokenCheck =
  | {
      ok: true;
      /** The kind `users/me` shows, or null when its answer does not tell. */
      kind: ConnectionKind | null;
      maxUploadBytes: number | null;
      findings: Finding[];
    }
  | { ok: false; findings: Finding[] };

/**
 * A stored token that is not one (a damaged or hand-edited profile) is refused before
 * anything is sent, as a pasted one is: text that is not a Notion token goes nowhere.
 */
export function checkStoredSecret(
  secret: string | undefined,
  connection: Connection,
  locale: Locale,
): Finding | null {
  if (secret === undefined) return null;
  const checked = checkSecretFormat(secret);
  if (checked.ok) return null;
  const error = new NotionEngineError('secret_format', {
    problem: checked.problem,
    kind: connection.kind,
  });
  const { fix } = failed('token', error, locale);
  return {
    check: 'token',
    state: 'problem',
    text: translate(locale, 'docSecretMalformed'),
    fix,
    action: 'replace_token',
  };
}

/**
 * `users/me`: 401 is a mistyped, revoked or expired token; 403 (the endpoint needs no
 * capability) is a workspace that refuses the token, its PAT policy. Notion documents
 * neither answer for a PAT (see `token-kind.ts`), so other failures are described as
 * they are.
 */
export async function checkToken(
  client: Client,
  connection: Connection,
  locale: Locale,
): Promise<TokenCheck> {
  let me;
  try {
    me = await client.users.me({});
  } catch (error) {
    const kind = connection.kind;
    if (codeOf(error) === APIErrorCode.Unauthorized) {
      const own = new NotionEngineError('token_refused', { kind });
      return { ok: false, findings: [failed('token', own, locale, { action: 'replace_token' })] };
    }
    if (codeOf(error) === APIErrorCode.RestrictedResource) {
      const own = new NotionEngineError('personal_tokens_restricted', {});
      return { ok: false, findings: [failed('token', own, locale, { action: 'retry' })] };
    }
    return { ok: false, findings: [failed('token', error, locale)] };
  }
  const told = tokenKindOf(me);
  const kind = told ?? connection.kind;
  const bot = me.type === 'bot' && 'workspace_limits' in me.bot ? me.bot : null;
  const findings = [
    found(
      'token',
      'ok',
      locale,
      kind === 'personal' ? 'docTokenOkPersonal' : 'docTokenOkIntegration',
    ),
  ];
  // Connections stored before PATs existed here were all recorded as integrations,
  // though a PAT could be pasted then too: Notion's answer corrects the record.
  if (told && told !== connection.kind) {
    findings.push(
      told === 'personal'
        ? found('kind', 'note', locale, 'docKindPersonal')
        : {
            ...found('kind', 'note', locale, 'docKindIntegration'),
            fix: translate(locale, 'docKindFixIntegration', { integration: connection.botName }),
          },
    );
  }
  return {
    ok: true,
    kind: told,
    maxUploadBytes: bot?.workspace_limits?.max_file_upload_size_in_bytes ?? null,
    findings,
  };
}
