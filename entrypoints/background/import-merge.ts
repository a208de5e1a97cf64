/**
 * Folding an imported settings file into what is stored. Pure: the handler reads storage,
 * calls this, and writes the result.
 *
 * A settings file comes from outside, so its ids and addresses decide nothing on their
 * own. Rules:
 * - A connection already here is the same integration (bot id) at the same API base: it
 *   is updated in place and keeps its id, its address and, when the file has none, its
 *   secret. Matching on the file's connection id would let a file that reuses a stored
 *   id point that connection (and the secret kept for it) at another address.
 * - Every other connection is new, with an id minted here: ids such as `__proto__` or
 *   `constructor` from a file never become keys of anything stored.
 * - Targets follow their connection and replace the same place (database or page) of
 *   that connection already listed, keeping its id; new ones get a minted id.
 * - Rules follow their target (a rule of the file's target saves to the target it
 *   became here) and replace the stored rule of the same name in its place; the
 *   others are added after the stored rules, which keep their order and so win where
 *   both match (`lib/rules/list.ts`).
 * - The file's settings and default target win. Nothing already stored is removed.
 */
import type { Connection, Target } from '@/lib/notion/types';
import { mergeRules } from '@/lib/rules/list';
import type { SiteRule } from '@/lib/rules/model';
import type { Settings } from '@/lib/storage';
import type { SettingsExport } from './export-file';

export interface StoredState {
  connections: Connection[];
  /** Secrets by connection id. */
  secrets: ReadonlyMap<string, string>;
  targets: Target[];
  defaultTargetId: string | null;
  rules: SiteRule[];
}

export interface MergedState extends Omit<StoredState, 'secrets'> {
  secrets: Map<string, string>;
  settings: Settings;
  /** Connections (ids) that have no secret after the import: they ask for one. */
  missingSecrets: string[];
  /** Connections whose secret changed: their cached clients must go. */
  rekeyed: string[];
}

function placeOf(target: Target): string {
  return target.kind === 'data_source' ? target.dataSourceId : target.pageId;
}

/** The stored state after importing `file`; `newId` mints ids (random by default). */
export function mergeImport(
  current: StoredState,
  file: SettingsExport,
  newId: () => string = () => crypto.randomUUID(),
): MergedState {
  // The file's ids are only names inside the file: every lookup by them is a Map.
  const idMap = new Map<string, string>();
  const connections = [...current.connections];
  const secrets = new Map(current.secrets);
  const rekeyed: string[] = [];
  for (const { secret, ...incoming } of file.connections) {
    const same = connections.find(
      (c) => c.botId === incoming.botId && c.apiBase === incoming.apiBase,
    );
    const id = same?.id ?? newId();
    idMap.set(incoming.id, id);
    const record: Connection = { ...incoming, id, apiBase: same?.apiBase ?? incoming.apiBase };
    if (same) connections[connections.indexOf(same)] = record;
    else connections.push(record);
    if (secret && secrets.get(id) !== secret) {
      secrets.set(id, secret);
      // A new secret may work where the old one was revoked: let captures try again.
      record.revokedAt = null;
      rekeyed.push(id);
    }
  }

  const targetIdMap = new Map<string, string>();
  const imported: Target[] = [];
  for (const target of file.targets) {
    const connectionId = idMap.get(target.connectionId);
    // The reader refuses a file whose target names no connection of the file.
    if (connectionId === undefined) continue;
    const same = current.targets.find(
      (t) => t.connectionId === connectionId && placeOf(t) === placeOf(target),
    );
    const id = same?.id ?? newId();
    targetIdMap.set(target.id, id);
    imported.push({ ...target, id, connectionId });
  }
  const importedIds = new Set(imported.map((t) => t.id));
  const targets = [...imported, ...current.targets.filter((t) => !importedIds.has(t.id))];

  const fromFile = file.defaultTargetId ? (targetIdMap.get(file.defaultTargetId) ?? null) : null;
  const kept = targets.some((t) => t.id === current.defaultTargetId)
    ? current.defaultTargetId
    : null;
  const rules = mergeRules(
    current.rules,
    file.rules.map((rule) => ({
      ...rule,
      // The reader keeps only rules whose target is one of the file's.
      set: {
        ...rule.set,
        targetId: rule.set.targetId && (targetIdMap.get(rule.set.targetId) ?? null),
      },
    })),
    newId,
  );
  return {
    connections,
    secrets,
    targets,
    rules,
    defaultTargetId: fromFile ?? kept ?? targets[0]?.id ?? null,
    settings: file.settings,
    missingSecrets: connections.filter((c) => !secrets.has(c.id)).map((c) => c.id),
    rekeyed,
  };
}
