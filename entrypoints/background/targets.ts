/**
 * Targets: resolving what the person pasted or picked, adding, ordering, editing and
 * removing targets, schemas and their mapping. Storage holds the result; the options
 * page and the popup follow it.
 */
import { currentLocale } from '@/lib/i18n';
import type {
  AddTargetInput,
  Handlers,
  ResolvedInput,
  SchemaView,
  TargetPatch,
} from '@/lib/messaging';
import { listPeople, listVisible } from '@/lib/notion/workspace/browse';
import { createCaptureDatabase } from '@/lib/notion/targets/create-database';
import { toStoredError } from '@/lib/notion/errors/errors';
import { findExisting } from '@/lib/notion/workspace/find-existing';
import { describeMappingChange, reconcileMapping } from '@/lib/notion/schema/mapping';
import { parseFailureMessage, parseNotionInput } from '@/lib/notion/targets/parse-input';
import { resolveTarget } from '@/lib/notion/targets/resolve';
import { fetchSchema, type CachedSchema } from '@/lib/notion/schema/schema';
import { relatedDataSourceId, searchRelated } from '@/lib/notion/workspace/search-related';
import { dataSourceTarget, pageTarget } from '@/lib/notion/targets/targets';
import type { DataSourceTarget, Target } from '@/lib/notion/types';
import {
  defaultTargetIdItem,
  schemasItem,
  targetsItem,
  updateItem,
  updateItems,
} from '@/lib/storage';
import { Problem } from '@/lib/problems';
import { clientFor, getConnection } from './clients';

/** The stored target, or an error the person can act on. */
export async function getTarget(targetId: string): Promise<Target> {
  const target = (await targetsItem.getValue()).find((t) => t.id === targetId);
  if (!target) throw new Problem('TargetMissing');
  return target;
}

/** The default after the targets changed: the same one while it exists, else the first. */
export function keptDefault(targets: readonly Target[], defaultId: string | null): string | null {
  return targets.some((t) => t.id === defaultId) ? defaultId : (targets[0]?.id ?? null);
}

/**
 * Changes the targets as a function of the latest list (two options pages, or a
 * schema refresh while a target is renamed, keep both changes), and the default with
 * them when its target went away.
 */
async function changeTargets(change: (targets: Target[]) => Target[]): Promise<Target[]> {
  const after = await updateItems(
    { targets: targetsItem, defaultId: defaultTargetIdItem },
    ({ targets, defaultId }) => {
      const next = change(targets);
      return { targets: next, defaultId: keptDefault(next, defaultId) };
    },
  );
  return after.targets;
}

/**
 * Keeps a data source's schema for the popup's first paint. An unchanged schema is not
 * written again: every popup refreshes it, and each write wakes every page that follows
 * the schemas.
 */
export async function cacheSchema(schema: CachedSchema): Promise<void> {
  await updateItem(schemasItem, (schemas) => {
    const known = schemas[schema.dataSourceId];
    const same =
      known !== undefined &&
      known.title === schema.title &&
      JSON.stringify(known.properties) === JSON.stringify(schema.properties);
    return same ? schemas : { ...schemas, [schema.dataSourceId]: schema };
  });
}

async function resolveInput(input: {
  connectionId: string;
  text: string;
}): Promise<ResolvedInput[]> {
  const connection = await getConnection(input.connectionId);
  const client = await clientFor(input.connectionId);
  const locale = currentLocale();
  const out: ResolvedInput[] = [];
  for (const parsed of parseNotionInput(input.text)) {
    if (!parsed.ok) {
      out.push({ source: parsed.source, error: parseFailureMessage(parsed, locale) });
      continue;
    }
    const resolution = await resolveTarget(client, parsed, {
      integrationName: connection.botName,
      locale,
    });
    out.push({ source: parsed.source, resolution });
  }
  return out;
}

async function addTarget(input: AddTargetInput): Promise<Target> {
  await getConnection(input.connectionId);
  const options = { connectionId: input.connectionId, url: input.source ?? null };
  let target: Target;
  if (input.choice.kind === 'data_source') {
    await cacheSchema(input.choice.source.schema);
    target = dataSourceTarget(input.choice.source, options);
  } else {
    target = pageTarget(input.choice.page, { ...options, pageMode: input.choice.pageMode });
  }
  let added = target;
  await changeTargets((targets) => {
    // Adding the same place again updates it rather than listing it twice.
    const same = targets.find(
      (t) => t.connectionId === target.connectionId && placeOf(t) === placeOf(target),
    );
    added = same ? { ...target, id: same.id } : target;
    return same ? targets.map((t) => (t === same ? added : t)) : [...targets, target];
  });
  return added;
}

function placeOf(target: Target): string {
  return target.kind === 'data_source' ? target.dataSourceId : target.pageId;
}

function patched(target: Target, patch: TargetPatch): Target {
  let updated: Target = {
    ...target,
    ...(patch.title?.trim() ? { title: patch.title.trim() } : {}),
  };
  if (updated.kind === 'page' && patch.pageMode) updated = { ...updated, pageMode: patch.pageMode };
  if (updated.kind === 'data_source' && patch.mapping) {
    updated = { ...updated, mapping: patch.mapping, mappingEdited: true };
  }
  return updated;
}

async function updateTarget(input: { targetId: string; patch: TargetPatch }): Promise<Target> {
  await getTarget(input.targetId);
  const targets = await changeTargets((targets) =>
    targets.map((t) => (t.id === input.targetId ? patched(t, input.patch) : t)),
  );
  const updated = targets.find((t) => t.id === input.targetId);
  if (!updated) throw new Problem('TargetMissing');
  return updated;
}

async function removeTarget(input: { targetId: string }): Promise<void> {
  await changeTargets((targets) => targets.filter((t) => t.id !== input.targetId));
}

async function reorderTargets(input: { targetIds: string[] }): Promise<void> {
  const rank = (t: Target) => {
    const i = input.targetIds.indexOf(t.id);
    return i === -1 ? Number.MAX_SAFE_INTEGER : i;
  };
  await changeTargets((targets) => [...targets].sort((a, b) => rank(a) - rank(b)));
}

async function setDefaultTarget(input: { targetId: string }): Promise<void> {
  await updateItems({ targets: targetsItem, defaultId: defaultTargetIdItem }, ({ targets }) => {
    if (!targets.some((t) => t.id === input.targetId)) throw new Problem('TargetMissing');
    return { defaultId: input.targetId };
  });
}

/**
 * The target's schema and its mapping reconciled with it. `refresh` reads Notion; else
 * the cached schema answers when there is one. Repairs of an edited mapping are saved
 * and described.
 */
export async function getSchema(input: {
  targetId: string;
  refresh?: boolean;
}): Promise<SchemaView> {
  const target = await getTarget(input.targetId);
  if (target.kind !== 'data_source') throw new Problem('NotADatabase');
  let schema = (await schemasItem.getValue())[target.dataSourceId];
  if (!schema || input.refresh) {
    schema = await fetchSchema(await clientFor(target.connectionId), target.dataSourceId);
    await cacheSchema(schema);
  }
  const { mapping, changes } = reconcileMapping(target, schema);
  if (changes.length > 0 || JSON.stringify(mapping) !== JSON.stringify(target.mapping)) {
    // Reconciled again against the latest target: a mapping saved meanwhile wins.
    const fresh = schema;
    await changeTargets((targets) =>
      targets.map((t) =>
        t.id === target.id && t.kind === 'data_source'
          ? ({ ...t, mapping: reconcileMapping(t, fresh).mapping } satisfies DataSourceTarget)
          : t,
      ),
    );
  }
  const locale = currentLocale();
  return { schema, mapping, changes: changes.map((c) => describeMappingChange(c, schema, locale)) };
}

async function browse(input: { connectionId: string }) {
  return listVisible(await clientFor(input.connectionId));
}

async function createDatabase(input: {
  connectionId: string;
  parentPageId: string;
  title?: string;
}): Promise<Target> {
  const client = await clientFor(input.connectionId);
  const { target, schema } = await naming('POST', '/v1/databases', () =>
    createCaptureDatabase(client, input.parentPageId, {
      connectionId: input.connectionId,
      title: input.title,
    }),
  );
  await cacheSchema(schema);
  await changeTargets((targets) => [...targets, target]);
  return target;
}

async function findExistingPage(input: { targetId: string; url: string }) {
  const target = await getTarget(input.targetId);
  if (target.kind !== 'data_source') return null;
  const schema = (await schemasItem.getValue())[target.dataSourceId];
  return findExisting(await clientFor(target.connectionId), target, input.url, schema);
}

/** The schema of a data source: cached, or read from Notion (and cached) when missing. */
export async function schemaOf(connectionId: string, dataSourceId: string): Promise<CachedSchema> {
  const cached = (await schemasItem.getValue())[dataSourceId];
  if (cached) return cached;
  const schema = await fetchSchema(await clientFor(connectionId), dataSourceId);
  await cacheSchema(schema);
  return schema;
}

async function related(input: { targetId: string; propertyId: string; query: string }) {
  const target = await getTarget(input.targetId);
  if (target.kind !== 'data_source') throw new Problem('NotADatabase');
  const schema = await schemaOf(target.connectionId, target.dataSourceId);
  const relatedId = relatedDataSourceId(schema, input.propertyId);
  if (!relatedId) return [];
  const client = await clientFor(target.connectionId);
  return searchRelated(client, await schemaOf(target.connectionId, relatedId), input.query);
}

async function people(input: { connectionId: string }) {
  const client = await clientFor(input.connectionId);
  return naming('GET', '/v1/users', () => listPeople(client));
}

/**
 * Runs one Notion call so that a 403 names the capability it needed: Notion's answer
 * does not say, and only the caller knows which request it was.
 */
async function naming<T>(method: string, path: string, run: () => Promise<T>): Promise<T> {
  try {
    return await run();
  } catch (error) {
    throw toStoredError(error, { method, path });
  }
}

export const targetHandlers = {
  resolveInput,
  addTarget,
  updateTarget,
  removeTarget,
  reorderTargets,
  setDefaultTarget,
  getSchema,
  browse,
  createCaptureDatabase: createDatabase,
  findExisting: findExistingPage,
  listPeople: people,
  searchRelated: related,
} satisfies Partial<Handlers>;
