/** Personal access tokens made after the seed, as the Developer portal makes them. */
import { randomBytes } from 'node:crypto';
import { newId } from './ids.ts';
import type { Integration, Person } from './model.ts';
import type { Workspace } from './workspace.ts';

/**
 * A new PAT for `person` with the Notion API capability (read, update, insert, user
 * information). Notion's examples show PATs starting `ntn_` like integration secrets, so
 * the text tells nothing of the kind; the emulator's look the same.
 */
export function createPersonalToken(ws: Workspace, person: Person, name: string): Integration {
  const token: Integration = {
    kind: 'personal',
    botId: newId(),
    name,
    secret: `ntn_${randomBytes(34).toString('base64url').replace(/[-_]/g, 'x').slice(0, 46)}`,
    capabilities: { read: true, update: true, insert: true, userInfo: 'with_email' },
    shared: new Set(),
    userId: person.id,
    revoked: false,
  };
  ws.integrations.push(token);
  return token;
}
