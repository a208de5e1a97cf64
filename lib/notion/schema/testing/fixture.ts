/**
 * A data source schema with one property of every type, for tests. Ids are %-escaped
 * like Notion's own.
 */
import type { CachedSchema, SchemaProperty } from '../schema';

type Extra = Record<string, unknown>;

function prop(id: string, name: string, type: string, config: Extra = {}): SchemaProperty {
  return { id, name, description: null, type, [type]: config } as unknown as SchemaProperty;
}

const options = (...names: string[]) =>
  names.map((name, i) => ({ id: `o${i}`, name, color: 'default', description: null }));

/** Builds a schema from properties. */
export function schemaWith(...properties: SchemaProperty[]): CachedSchema {
  return {
    dataSourceId: '5dcac54d-0270-407f-9f4e-abbf42287dff',
    title: 'Reading list',
    properties: Object.fromEntries(properties.map((p) => [p.name, p])),
    fetchedAt: '2026-03-11T00:00:00.000Z',
  };
}

export const P = {
  name: prop('title', 'Name', 'title'),
  notes: prop('N%5Bts', 'Notes', 'rich_text'),
  score: prop('Sc%3Ar', 'Score', 'number', { format: 'number' }),
  url: prop('Ub%3Fz', 'URL', 'url'),
  email: prop('Em%40l', 'Email', 'email'),
  phone: prop('Ph%23n', 'Phone', 'phone_number'),
  type: prop('Ty%7Ce', 'Type', 'select', { options: options('Article', 'Bookmark') }),
  tags: prop('T%40gs', 'Tags', 'multi_select', { options: options('Research', 'Later') }),
  status: prop('St%3At', 'Status', 'status', {
    options: options('Not started', 'Done'),
    groups: [],
  }),
  savedAt: prop('S%3Bvd', 'Saved at', 'date'),
  done: prop('D%3An', 'Done?', 'checkbox'),
  owner: prop('Ow%3An', 'Owner', 'people'),
  client: prop('Cl%3Ai', 'Client', 'relation', {
    database_id: 'fa8050bb-0e64-40d7-8aae-59e6e7239392',
    data_source_id: '8f5bdd00-ef34-4bbb-8ade-3d66451e1edf',
    type: 'single_property',
    single_property: {},
  }),
  shot: prop('Sh%3At', 'Screenshot', 'files'),
  formula: prop('F%3Ax', 'Computed', 'formula', { expression: '1' }),
} satisfies Record<string, SchemaProperty>;

export const FULL_SCHEMA = schemaWith(...Object.values(P));
export { prop, options };
