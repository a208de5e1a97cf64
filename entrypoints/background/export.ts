/**
 * Export and import of the person's settings: connections (secrets only when asked
 * for), targets with their mappings, the default target, the behaviour settings, the
 * site rules and every page's highlights.
 * Checking and merging are pure (`export-file.ts`, `import-merge.ts`); this file only
 * reads and writes storage.
 */
import { currentLocale } from '@/lib/i18n';
import type { Handlers, ImportSummary } from '@/lib/messaging';
import { mergePageHighlights } from '@/lib/highlights/stored/merge-pages';
import type { PageHighlights } from '@/lib/highlights/model';
import { Problem } from '@/lib/problems';
import { secretStore } from '@/lib/secrets/store';
import {
  connectionsItem,
  defaultTargetIdItem,
  pageHighlightsItem,
  readAllPageHighlights,
  rulesItem,
  settingsItem,
  targetsItem,
  updateItem,
  updateItems,
} from '@/lib/storage';
import { dropClient } from './clients';
import { buildExport, readSettingsExport } from './export-file';
import { mergeImport, type MergedState } from './import-merge';

async function exportSettings(input: { includeSecrets: boolean }): Promise<{ json: string }> {
  const [connections, secrets, targets, defaultTargetId, settings, rules, highlights] =
    await Promise.all([
      connectionsItem.getValue(),
      secretStore.getAll(),
      targetsItem.getValue(),
      defaultTargetIdItem.getValue(),
      settingsItem.getValue(),
      rulesItem.getValue(),
      readAllPageHighlights(),
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
    highlights,
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
  const highlights = await importHighlights(read.value.highlights);
  return {
    connections: read.value.connections.length,
    targets: read.value.targets.length,
    rules: read.value.rules.length,
    skippedRules: read.ruleProblems,
    missingSecrets: done.missingSecrets,
    highlights: {
      imported: highlights.imported,
      pages: highlights.pages,
      skippedPages: read.skippedPages,
      skippedHighlights: read.skippedHighlights + highlights.overLimit,
    },
  };
}

/**
 * Merges the file's highlights page by page, each into that page's latest value (a
 * highlight made on the page meanwhile stays). Pages are independent, so each is its
 * own change.
 */
async function importHighlights(pages: PageHighlights[]) {
  const total = { imported: 0, pages: 0, overLimit: 0 };
  for (const incoming of pages) {
    let result = { added: 0, updated: 0, overLimit: 0 };
    await updateItem(pageHighlightsItem(incoming.url), (current) => {
      const merged = mergePageHighlights(current, incoming);
      result = merged;
      return merged.page;
    });
    total.imported += result.added + result.updated;
    total.overLimit += result.overLimit;
    if (result.added + result.updated > 0) total.pages += 1;
  }
  return total;
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
