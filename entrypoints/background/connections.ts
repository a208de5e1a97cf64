/**
 * Connections as the options page manages them: add (validated by Notion on the spot),
 * list (masked), replace a revoked secret, remove.
 */
import type { AddConnectionInput, Handlers } from '@/lib/messaging';
import { connect } from '@/lib/notion/connection/connect';
import { maskSecret } from '@/lib/notion/connection/secret';
import type { ConnectionView } from '@/lib/notion/types';
import { secretStore } from '@/lib/secrets/store';
import {
  connectionsItem,
  defaultTargetIdItem,
  targetsItem,
  updateItem,
  updateItems,
} from '@/lib/storage';
import { dropClient, getConnection } from './clients';
import { keptDefault } from './targets';
import { connectionRestored } from './queue';

async function views(): Promise<ConnectionView[]> {
  const [connections, secrets] = await Promise.all([
    connectionsItem.getValue(),
    secretStore.getAll(),
  ]);
  return connections.map((c) => ({ ...c, secretMask: maskSecret(secrets.get(c.id) ?? '') }));
}

async function addConnection(input: AddConnectionInput): Promise<ConnectionView> {
  const { connection, secret } = await connect(input);
  // The same integration added twice would double every menu entry: replace it instead.
  const existing = (await connectionsItem.getValue()).find(
    (c) => c.botId === connection.botId && c.apiBase === connection.apiBase,
  );
  const stored = existing
    ? {
        ...connection,
        id: existing.id,
        alias: input.alias.trim() || existing.alias,
        addedAt: existing.addedAt,
      }
    : connection;
  await secretStore.update((secrets) => secrets.set(stored.id, secret));
  await updateItem(connectionsItem, (connections) => [
    ...connections.filter((c) => c.id !== stored.id),
    stored,
  ]);
  dropClient(stored.id);
  if (existing) connectionRestored(stored.id);
  return { ...stored, secretMask: maskSecret(secret) };
}

async function replaceSecret(input: {
  connectionId: string;
  secret: string;
}): Promise<ConnectionView> {
  const current = await getConnection(input.connectionId);
  const { connection, secret } = await connect({
    alias: current.alias,
    secret: input.secret,
    apiBase: current.apiBase,
  });
  const updated = {
    ...current,
    ...connection,
    id: current.id,
    alias: current.alias,
    addedAt: current.addedAt,
    revokedAt: null,
  };
  await secretStore.update((secrets) => secrets.set(current.id, secret));
  await updateItem(connectionsItem, (connections) =>
    connections.map((c) => (c.id === current.id ? updated : c)),
  );
  dropClient(current.id);
  // Captures that waited for a working secret go on now.
  connectionRestored(current.id);
  return { ...updated, secretMask: maskSecret(secret) };
}

async function removeConnection(input: { connectionId: string }): Promise<void> {
  const { connectionId } = input;
  await secretStore.update((secrets) => secrets.delete(connectionId));
  await updateItem(connectionsItem, (connections) =>
    connections.filter((c) => c.id !== connectionId),
  );
  // Its targets can no longer receive captures.
  await updateItems(
    { targets: targetsItem, defaultId: defaultTargetIdItem },
    ({ targets, defaultId }) => {
      const kept = targets.filter((t) => t.connectionId !== connectionId);
      return { targets: kept, defaultId: keptDefault(kept, defaultId) };
    },
  );
  dropClient(connectionId);
}

export const connectionHandlers = {
  listConnections: () => views(),
  addConnection,
  replaceSecret,
  removeConnection,
} satisfies Partial<Handlers>;
