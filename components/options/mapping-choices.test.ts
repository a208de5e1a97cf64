import { describe, expect, it } from 'vitest';
import { FIELD_TYPES } from '@/lib/notion/schema/capture-fields';
import type { CachedSchema } from '@/lib/storage';
import { CAPTURE_FIELDS, choicesFor, clashes } from './mapping-choices';

const schema = {
  dataSourceId: 'ds',
  title: 'Reading list',
  fetchedAt: '2026-01-01T00:00:00.000Z',
  properties: {
    Notes: { id: 'n', name: 'Notes', type: 'rich_text' },
    Name: { id: 'title', name: 'Name', type: 'title' },
    Link: { id: 'u', name: 'Link', type: 'url' },
    Cover: { id: 'f', name: 'Cover', type: 'files' },
    Count: { id: 'c', name: 'Count', type: 'number' },
  },
} as unknown as CachedSchema;

describe('mapping choices', () => {
  it('lists every capture field once', () => {
    expect([...CAPTURE_FIELDS].sort()).toEqual(Object.keys(FIELD_TYPES).sort());
  });

  it('offers only properties of a compatible type, the title first', () => {
    expect(choicesFor('title', schema).map((p) => p.name)).toEqual(['Name', 'Notes']);
    expect(choicesFor('url', schema).map((p) => p.name)).toEqual(['Notes', 'Link']);
    expect(choicesFor('screenshot', schema).map((p) => p.name)).toEqual(['Cover']);
    expect(choicesFor('capturedAt', schema).map((p) => p.name)).toEqual(['Notes']);
  });

  it('names fields sent to the same property, and nothing else', () => {
    expect(clashes({ title: 'title', notes: 'n', excerpt: 'n', url: null })).toEqual([
      { propertyId: 'n', fields: ['excerpt', 'notes'] },
    ]);
    expect(clashes({ title: 'title', notes: null, excerpt: null })).toEqual([]);
  });
});
