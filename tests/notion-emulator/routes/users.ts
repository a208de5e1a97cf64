/** `/v1/users/me`, `/v1/users`, `/v1/users/{id}`. */
import { ApiError, notFound, restricted } from '../errors.ts';
import type { JsonObject } from '../json.ts';
import type { Integration, Person } from '../model.ts';
import { renderList } from '../render/objects.ts';
import type { Workspace } from '../workspace.ts';
import type { Route } from './context.ts';
import { pageRequest, paginate } from './pagination.ts';

function personUser(p: Person, caller: Integration): JsonObject {
  return {
    object: 'user',
    id: p.id,
    name: p.name,
    avatar_url: p.avatarUrl,
    type: 'person',
    // Emails only reach integrations with "read user information including email addresses".
    person: (caller.capabilities.userInfo === 'with_email' ? { email: p.email } : {}) as JsonObject,
  };
}

/**
 * A token's bot user. An internal integration's is owned by the workspace. For a PAT,
 * Notion documents that `users/me` ("Retrieve your token's bot user") is available but not
 * what it answers: the emulator answers a bot owned by its person, in the shape Notion
 * documents for user-owned tokens (`owner: {type: 'user', user}`), with the same workspace
 * fields. A client should read the kind from `owner.type` and accept a `person` answer too.
 */
function botUser(ws: Workspace, bot: Integration, withWorkspace: boolean): JsonObject {
  const info = ws.info;
  const person = ws.personOf(bot);
  return {
    object: 'user',
    id: bot.botId,
    name: bot.name,
    avatar_url: null,
    type: 'bot',
    bot: withWorkspace
      ? {
          owner: person
            ? { type: 'user', user: personUser(person, bot) }
            : { type: 'workspace', workspace: true },
          workspace_id: info.id,
          workspace_name: info.name,
          workspace_limits: { max_file_upload_size_in_bytes: info.maxUploadBytes },
        }
      : {},
  };
}

function allUsers(ws: Workspace, caller: Integration): JsonObject[] {
  const people: JsonObject[] = ws.people.map((p) => personUser(p, caller));
  // PATs are no bots of the workspace: only integrations are listed as bot users.
  const bots = ws.integrations.filter((i) => i.kind === 'internal');
  return [...people, ...bots.map((i) => botUser(ws, i, i === caller))];
}

function requireUserInfo(caller: Integration): void {
  if (caller.capabilities.userInfo === 'none') throw restricted();
}

export const userRoutes: Route[] = [
  {
    method: 'GET',
    pattern: '/v1/users/me',
    capability: 'none',
    handler: ({ ws, integration }) => ({ body: botUser(ws, integration, true) }),
  },
  {
    method: 'GET',
    pattern: '/v1/users',
    capability: 'none',
    handler: ({ ws, integration, query, cursors }) => {
      requireUserInfo(integration);
      // Documented: "List all users is not available to PATs". The answer is not: 403.
      if (integration.kind === 'personal')
        throw new ApiError(
          403,
          'restricted_resource',
          'List all users is not available to personal access tokens.',
        );
      const { page, next } = paginate(
        allUsers(ws, integration),
        pageRequest(query, 'query'),
        (u) => String(u.id),
        { book: cursors, listing: 'users', scope: integration.botId },
      );
      return { body: renderList(page, next, 'user') };
    },
  },
  {
    method: 'GET',
    pattern: '/v1/users/:user_id',
    capability: 'none',
    handler: ({ ws, integration, params }) => {
      requireUserInfo(integration);
      const user = allUsers(ws, integration).find((u) => u.id === params.user_id);
      if (!user) throw notFound('user', params.user_id ?? '');
      return { body: user };
    },
  },
];
