/**
 * Telling a personal access token from an integration secret. Their text cannot: Notion's
 * examples show both starting `ntn_`. What `users/me` answers can, where it says:
 * Notion documents an internal integration's bot as owned by the workspace
 * (`owner: {type: 'workspace'}`) and a user-owned token's bot as owned by a user
 * (`owner: {type: 'user'}`). What it answers for a PAT is not documented, so a person
 * user (the token's creator itself) is read as a PAT too, and anything else is unknown.
 */
import type { GetSelfResponse } from '@notionhq/client';
import type { ConnectionKind } from '../types';

/** The kind `users/me` shows, or null when the answer does not tell. */
export function tokenKindOf(me: GetSelfResponse): ConnectionKind | null {
  if (me.type === 'person') return 'personal';
  if (me.type !== 'bot' || !('owner' in me.bot)) return null;
  const owner = me.bot.owner as { type?: unknown };
  if (owner.type === 'workspace') return 'integration';
  if (owner.type === 'user') return 'personal';
  return null;
}
