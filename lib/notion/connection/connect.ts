/**
 * Adding a connection: check what was pasted, then ask Notion who the secret belongs to.
 * The background stores the result (`connectionsItem`, `secretStore`).
 */
import {
  APIErrorCode,
  APIResponseError,
  type Client,
  type GetSelfResponse,
} from '@notionhq/client';
import { normalizeApiBase } from './api-base';
import { createNotionClient } from './client';
import { NotionEngineError } from '../errors/errors';
import { checkSecretFormat } from './secret';
import { tokenKindOf } from './token-kind';
import type { Connection, ConnectionKind } from '../types';

export interface ConnectInput {
  alias: string;
  secret: string;
  /**
   * The kind the person chose; what Notion answers overrides it where it tells. Defaults
   * to an integration's secret, the only kind earlier versions connected.
   */
  kind?: ConnectionKind;
  /** Defaults to Notion. */
  apiBase?: string;
}

export interface ConnectOptions {
  /** For tests: builds the client (defaults to `createNotionClient`). */
  createClient?: (options: { secret: string; apiBase: string }) => Client;
  now?: () => Date;
  newId?: () => string;
}

/** What `users/me` says about the integration, as a partial connection. */
export function describeBot(
  me: GetSelfResponse,
): Pick<Connection, 'botId' | 'botName' | 'workspaceName' | 'workspaceId' | 'maxUploadBytes'> {
  const bot = me.type === 'bot' && 'workspace_name' in me.bot ? me.bot : null;
  // A PAT's bot is named after the token; its owner is the person it acts as.
  const owner =
    bot && 'owner' in bot && bot.owner.type === 'user' && 'name' in bot.owner.user
      ? bot.owner.user.name
      : null;
  return {
    botId: me.id,
    botName: me.name || owner || '',
    workspaceName: bot?.workspace_name ?? '',
    workspaceId: bot?.workspace_id ?? null,
    maxUploadBytes: bot?.workspace_limits?.max_file_upload_size_in_bytes ?? null,
  };
}

/**
 * `users/me`, with the answers that mean "this token cannot be used" as sentences: 401 is a
 * mistyped, revoked or expired token (for a PAT, said with where PATs are made); 403 (the
 * endpoint needs no capability) is a workspace that refuses the token: its PAT policy.
 */
async function whoAmI(client: Client, kind: ConnectionKind): Promise<GetSelfResponse> {
  try {
    return await client.users.me({});
  } catch (error) {
    if (!(error instanceof APIResponseError)) throw error;
    // An integration's 401 keeps Notion's own error (its sentence names the secret's page).
    if (error.code === APIErrorCode.Unauthorized && kind === 'personal')
      throw new NotionEngineError('token_refused', { kind }, error.message);
    if (error.code === APIErrorCode.RestrictedResource)
      throw new NotionEngineError('personal_tokens_restricted', {}, error.message);
    throw error;
  }
}

/**
 * Checks the token's format and the API base (a sentence, and no request, when either
 * is wrong), then reads `users/me`, which also tells the token's kind where Notion says.
 * Refusals become sentences (`whoAmI`); network failures are thrown as they are.
 *
 * Returns the connection and the cleaned secret to store.
 */
export async function connect(
  input: ConnectInput,
  options: ConnectOptions = {},
): Promise<{ connection: Connection; secret: string }> {
  const chosen = input.kind ?? 'integration';
  const checked = checkSecretFormat(input.secret);
  if (!checked.ok) {
    throw new NotionEngineError(
      'secret_format',
      { problem: checked.problem, kind: chosen },
      `The pasted text is not a Notion secret (${checked.problem}).`,
    );
  }
  const apiBase = normalizeApiBase(input.apiBase);
  if (!apiBase) {
    throw new NotionEngineError(
      'api_base_refused',
      { apiBase: String(input.apiBase) },
      `Refusing to send a Notion secret to ${String(input.apiBase)}.`,
    );
  }
  const make = options.createClient ?? createNotionClient;
  const client = make({ secret: checked.secret, apiBase });
  const me = await whoAmI(client, chosen);
  const kind = tokenKindOf(me) ?? chosen;
  const bot = describeBot(me);
  const now = options.now?.() ?? new Date();
  return {
    connection: {
      id: options.newId?.() ?? crypto.randomUUID(),
      kind,
      alias: input.alias.trim() || bot.workspaceName || bot.botName,
      apiBase,
      ...bot,
      addedAt: now.toISOString(),
      revokedAt: null,
    },
    secret: checked.secret,
  };
}
