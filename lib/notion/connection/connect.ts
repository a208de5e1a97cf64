/**
 * Adding a connection: check what was pasted, then ask Notion who the secret belongs to.
 * The background stores the result (`connectionsItem`, `secretStore`).
 */
import type { Client, GetSelfResponse } from '@notionhq/client';
import { normalizeApiBase } from './api-base';
import { createNotionClient } from './client';
import { NotionEngineError } from '../errors/errors';
import { checkSecretFormat } from './secret';
import type { Connection } from '../types';

export interface ConnectInput {
  alias: string;
  secret: string;
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
  return {
    botId: me.id,
    botName: me.name ?? '',
    workspaceName: bot?.workspace_name ?? '',
    workspaceId: bot?.workspace_id ?? null,
    maxUploadBytes: bot?.workspace_limits?.max_file_upload_size_in_bytes ?? null,
  };
}

/**
 * Checks the secret's format and the API base (a sentence, and no request, when either
 * is wrong), then reads `users/me`. Notion's 401 ("revoked or mistyped") and network
 * failures are thrown as they are, for `describeError`.
 *
 * Returns the connection and the cleaned secret to store.
 */
export async function connect(
  input: ConnectInput,
  options: ConnectOptions = {},
): Promise<{ connection: Connection; secret: string }> {
  const checked = checkSecretFormat(input.secret);
  if (!checked.ok) {
    throw new NotionEngineError(
      'secret_format',
      { problem: checked.problem },
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
  const me = await client.users.me({});
  if (me.type !== 'bot') {
    throw new NotionEngineError(
      'secret_format',
      { problem: 'prefix' },
      'This token is not an integration’s.',
    );
  }
  const bot = describeBot(me);
  const now = options.now?.() ?? new Date();
  return {
    connection: {
      id: options.newId?.() ?? crypto.randomUUID(),
      alias: input.alias.trim() || bot.workspaceName || bot.botName,
      apiBase,
      ...bot,
      addedAt: now.toISOString(),
      revokedAt: null,
    },
    secret: checked.secret,
  };
}
