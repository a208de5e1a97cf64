/**
 * Export and import of the person's settings: connections (secrets only when asked
 * for), targets with their mappings, the default target and the behaviour settings.
 * Checking and merging are pure (`export-file.ts`, `import-merge.ts`); this file only
 * reads and writes storage.
 */
import { currentLocale } from '@/lib/i18n';
import type { Handlers, ImportSummary } from '@/lib/messaging';
import { Problem } from '@/lib/problems';
import { secretStore } from '@/lib/secrets/store';
import {
  connectionsItem,
  defaultTargetIdItem,
  rulesItem,
  settingsItem,
  targetsItem,
  updateItems,
} from '@/lib/storage';
import { dropClient } from './clients';
import { buildExport, readSettingsExport } from './export-file';
import { mergeImport, type MergedState } from './import-merge';

async function exportSettings(input: { includeSecrets: boolean }): Promise<{ json: string }> {
  const [connections, secrets, targets, defaultTargetId, settings, rules] = await Promise.all([
    connectionsItem.getValue(),
    secretStore.getAll(),
    targetsItem.getValue(),
    defaultTargetIdItem.getValue(),
    settingsItem.getValue(),
    rulesItem.getValue(),
  ]);
  const file = buildExport({
    connections,
    secrets,
    // Only an explicit `true` from the page's tick box lets a secret out.
    includeSecrets: input?.includeSecrets === true,
    targets,
    defaultTargetId,
    settings,
    rules,
    now: new Date(),
  });
  return { json: JSON.stringify(file, null, 2) };
}

async function importSettings(input: { json: string }): Promise<ImportSummary> {
  const read = readSettingsExport(String(input?.json ?? ''), currentLocale());
  if (!read.ok) throw new Problem('ImportInvalid', { reason: read.reason }, read.reason);
  let merged: MergedState | null = null;
  await updateItems(
    {
      connections: connectionsItem,
      targets: targetsItem,
      defaultTargetId: defaultTargetIdItem,
      settings: settingsItem,
      rules: rulesItem,
    },
    async (current) => {
      const result = mergeImport({ ...current, secrets: await secretStore.getAll() }, read.value);
      merged = result;
      // Secrets first: a page following the connections item must never see a
      // connection whose secret is still on its way. Only the file's secrets are
      // written, onto the latest stored ones.
      const fromFile = [...result.secrets].filter(([id]) => result.rekeyed.includes(id));
      await secretStore.update((secrets) => {
        for (const [id, secret] of fromFile) secrets.set(id, secret);
      });
      return {
        connections: result.connections,
        targets: result.targets,
        defaultTargetId: result.defaultTargetId,
        settings: result.settings,
        rules: result.rules,
      };
    },
  );
  if (!merged) throw new Problem('Unexpected');
  const done: MergedState = merged;
  for (const id of done.rekeyed) dropClient(id);
  return {
    connections: read.value.connections.length,
    targets: read.value.targets.length,
    rules: read.value.rules.length,
    skippedRules: read.ruleProblems,
    missingSecrets: done.missingSecrets,
  };
}

async function connectionsWithoutSecret(): Promise<string[]> {
  const secrets = await secretStore.getAll();
  return (await connectionsItem.getValue()).filter((c) => !secrets.has(c.id)).map((c) => c.id);
}

export const exportHandlers = {
  exportSettings,
  importSettings,
  connectionsWithoutSecret,
} satisfies Partial<Handlers>;
