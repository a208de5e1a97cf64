/** `/v1/users/me`, `/v1/users`, `/v1/users/{id}`. */
import { notFound, restricted } from '../errors.ts';
import type { JsonObject } from '../json.ts';
import type { Integration } from '../model.ts';
import { renderList } from '../render/objects.ts';
import type { Workspace } from '../workspace.ts';
import type { Route } from './context.ts';
import { pageRequest, paginate } from './pagination.ts';

function botUser(ws: Workspace, bot: Integration, withWorkspace: boolean): JsonObject {
  const info = ws.info;
  return {
    object: 'user',
    id: bot.botId,
    name: bot.name,
    avatar_url: null,
    type: 'bot',
    bot: withWorkspace
      ? {
          owner: { type: 'workspace', workspace: true },
          workspace_id: info.id,
          workspace_name: info.name,
          workspace_limits: { max_file_upload_size_in_bytes: info.maxUploadBytes },
        }
      : {},
  };
}

function allUsers(ws: Workspace, caller: Integration): JsonObject[] {
  const people: JsonObject[] = ws.people.map((p) => ({
    object: 'user',
    id: p.id,
    name: p.name,
    avatar_url: p.avatarUrl,
    type: 'person',
    // Emails only reach integrations with "read user information including email addresses".
    person: (caller.capabilities.userInfo === 'with_email' ? { email: p.email } : {}) as JsonObject,
  }));
  return [...people, ...ws.integrations.map((i) => botUser(ws, i, i === caller))];
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
