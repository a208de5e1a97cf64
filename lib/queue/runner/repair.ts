/**
 * A 400 `validation_error` about a property usually means the data source changed
 * since its schema was cached (a property renamed, removed, retyped). The queue reads
 * the schema once more and rebuilds the properties from the person's form values; a
 * value whose property is gone or changed type is left out rather than lose the page.
 */
import type { Client } from '@notionhq/client';
import type { BuildPropertiesResult } from '../../notion/properties/build-properties';
import type { PageProperties } from '../../notion/plan/types';
import type { CachedSchema, SchemaProperty } from '../../notion/schema/schema';
import type { PropertyInputs } from '../../notion/types';
import type { JobBody } from '../types';

/** The engine's schema and property functions (`lib/notion/schema/schema.ts`, `build-properties.ts`). */
export interface PropertyDeps {
  fetchSchema(client: Client, dataSourceId: string): Promise<CachedSchema>;
  buildProperties(schema: CachedSchema, inputs: PropertyInputs): BuildPropertiesResult;
  propertyNamedInValidationError(error: unknown, schema: CachedSchema): SchemaProperty | null;
  /** Keeps the refreshed schema for the popup. */
  saveSchema?(schema: CachedSchema): Promise<void>;
}

// Values the planner added (an uploaded screenshot) are not form values: keep them.
function plannedFiles(properties: PageProperties): PageProperties {
  return Object.fromEntries(
    Object.entries(properties).filter(([, value]) => JSON.stringify(value).includes('{{step')),
  );
}

function build(
  deps: PropertyDeps,
  schema: CachedSchema,
  inputs: PropertyInputs,
): PageProperties | null {
  let usable = { ...inputs };
  let result = deps.buildProperties(schema, usable);
  if ('errors' in result) {
    const titleId = Object.values(schema.properties).find((p) => p.type === 'title')?.id;
    if (titleId && titleId in result.errors) return null;
    usable = Object.fromEntries(
      Object.entries(usable).filter(([id]) => !('errors' in result && id in result.errors)),
    );
    result = deps.buildProperties(schema, usable);
  }
  return 'properties' in result ? (result.properties as PageProperties) : null;
}

/**
 * New properties for the capture after `error`, or null when a fresh schema changes
 * nothing (the error is not about a stale schema, and retrying would fail the same way).
 */
export async function repairProperties(
  client: Client,
  deps: PropertyDeps,
  body: JobBody,
  error: unknown,
): Promise<PageProperties | null> {
  const { target, inputs } = body.input;
  if (target.kind !== 'data_source' || !inputs) return null;
  const schema = await deps.fetchSchema(client, target.dataSourceId);
  await deps.saveSchema?.(schema);
  let rebuilt = build(deps, schema, inputs);
  const unchanged = () => JSON.stringify(rebuilt) === JSON.stringify(plannedOnly(body));
  if (rebuilt && unchanged()) {
    // The schema still accepts the value Notion refused (an option it will not take…):
    // leave out the property the error names.
    const named = deps.propertyNamedInValidationError(error, schema);
    if (!named || named.type === 'title') return null;
    const rest = Object.fromEntries(Object.entries(inputs).filter(([id]) => id !== named.id));
    rebuilt = build(deps, schema, rest);
    if (unchanged()) return null;
  }
  return rebuilt ? { ...rebuilt, ...plannedFiles(body.properties) } : null;
}

function plannedOnly(body: JobBody): PageProperties {
  const files = plannedFiles(body.properties);
  return Object.fromEntries(Object.entries(body.properties).filter(([key]) => !(key in files)));
}
