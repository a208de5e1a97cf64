/**
 * Notion clients by connection, built on first use from the stored secret. Secrets are
 * read here and nowhere else in the extension.
 */
import type { Client } from '@notionhq/client';
import { createNotionClient } from '@/lib/notion/client';
import { Problem } from '@/lib/problems';
import type { Connection } from '@/lib/notion/types';
import { secretStore } from '@/lib/secrets/store';
import { connectionsItem } from '@/lib/storage';

const cache = new Map<string, { secret: string; apiBase: string; client: Client }>();

/** The stored connection with this id, or a sentence-ready error when it is gone. */
export async function getConnection(connectionId: string): Promise<Connection> {
  const connection = (await connectionsItem.getValue()).find((c) => c.id === connectionId);
  if (!connection) throw new Problem('ConnectionMissing');
  return connection;
}

/** A client for the connection, reused while its secret and API base stay the same. */
export async function clientFor(connectionId: string): Promise<Client> {
  const connection = await getConnection(connectionId);
  const secret = await secretStore.get(connectionId);
  if (!secret) throw new Problem('ConnectionMissing');
  const cached = cache.get(connectionId);
  if (cached && cached.secret === secret && cached.apiBase === connection.apiBase)
    return cached.client;
  const client = createNotionClient({ secret, apiBase: connection.apiBase });
  cache.set(connectionId, { secret, apiBase: connection.apiBase, client });
  return client;
}

/** Forgets the client of a removed or re-keyed connection. */
export function dropClient(connectionId: string): void {
  cache.delete(connectionId);
}
