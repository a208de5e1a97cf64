/**
 * Folding an imported settings file into what is stored. Pure: the handler reads storage,
 * calls this, and writes the result.
 *
 * Rules: a connection already here (same id, or the same integration at the same API
 * base) is updated in place and keeps its id and, when the file has none, its secret;
 * targets follow their connection's id and replace the same place already listed; the
 * file's settings and default win. Nothing already stored is removed.
 */
import type { Connection, Target } from '@/lib/notion/types';
import type { Settings } from '@/lib/storage';
import type { SettingsExport } from './export-file';

export interface StoredState {
  connections: Connection[];
  secrets: Record<string, string>;
  targets: Target[];
  defaultTargetId: string | null;
}

export interface MergedState extends StoredState {
  settings: Settings;
  /** Connections (ids) that have no secret after the import: they ask for one. */
  missingSecrets: string[];
  /** Connections whose secret changed: their cached clients must go. */
  rekeyed: string[];
}

function placeOf(target: Target): string {
  return target.kind === 'data_source' ? target.dataSourceId : target.pageId;
}

/** The stored state after importing `file`. */
export function mergeImport(current: StoredState, file: SettingsExport): MergedState {
  const idMap = new Map<string, string>();
  const connections = [...current.connections];
  const secrets = { ...current.secrets };
  const rekeyed: string[] = [];
  for (const { secret, ...incoming } of file.connections) {
    const same =
      connections.find((c) => c.id === incoming.id) ??
      connections.find((c) => c.botId === incoming.botId && c.apiBase === incoming.apiBase);
    const id = same?.id ?? incoming.id;
    idMap.set(incoming.id, id);
    const record: Connection = { ...incoming, id };
    if (same) connections[connections.indexOf(same)] = record;
    else connections.push(record);
    if (secret && secrets[id] !== secret) {
      secrets[id] = secret;
      // A new secret may work where the old one was revoked: let captures try again.
      record.revokedAt = null;
      rekeyed.push(id);
    }
  }

  const targetIdMap = new Map<string, string>();
  const imported: Target[] = [];
  for (const target of file.targets) {
    const connectionId = idMap.get(target.connectionId) ?? target.connectionId;
    const same = current.targets.find(
      (t) =>
        t.id === target.id || (t.connectionId === connectionId && placeOf(t) === placeOf(target)),
    );
    const id = same?.id ?? target.id;
    targetIdMap.set(target.id, id);
    imported.push({ ...target, id, connectionId });
  }
  const importedIds = new Set(imported.map((t) => t.id));
  const targets = [...imported, ...current.targets.filter((t) => !importedIds.has(t.id))];

  const fromFile = file.defaultTargetId ? (targetIdMap.get(file.defaultTargetId) ?? null) : null;
  const kept = targets.some((t) => t.id === current.defaultTargetId)
    ? current.defaultTargetId
    : null;
  return {
    connections,
    secrets,
    targets,
    defaultTargetId: fromFile ?? kept ?? targets[0]?.id ?? null,
    settings: file.settings,
    missingSecrets: connections.filter((c) => !secrets[c.id]).map((c) => c.id),
    rekeyed,
  };
}
