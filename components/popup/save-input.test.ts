import { describe, expect, it } from 'vitest';
import { buildProperties } from '@/lib/notion/properties/build-properties';
import { FULL_SCHEMA, P } from '@/lib/notion/schema/testing/fixture';
import type { Target } from '@/lib/notion/types';
import { captureFor } from './capture-choice';
import { formInputs } from './save-input';

const tab = {
  id: 3,
  windowId: 1,
  url: 'https://example.com/post?utm_source=x',
  title: 'A post',
  favIconUrl: 'https://example.com/favicon.ico',
};

const database: Target = {
  kind: 'data_source',
  id: 'db',
  title: 'Reading list',
  databaseTitle: 'Reading list',
  connectionId: 'c',
  icon: null,
  url: null,
  dataSourceId: FULL_SCHEMA.dataSourceId,
  databaseId: 'd',
  mapping: { title: P.name.id, url: P.url.id, tags: P.tags.id, captureType: P.type.id },
  mappingEdited: false,
};
const context = (edits = {}) => ({
  schema: FULL_SCHEMA,
  mapping: database.kind === 'data_source' ? database.mapping : {},
  capture: captureFor('article', {}, tab),
  openedAt: new Date('2026-03-11T05:30:00Z'),
  title: 'Edited title',
  edits,
});

describe('formInputs', () => {
  it('pre-fills from the capture and puts the title field in the title property', () => {
    const inputs = formInputs(context());
    expect(inputs[P.name.id]).toEqual({ type: 'title', text: 'Edited title' });
    expect(inputs[P.url.id]).toEqual({ type: 'url', text: tab.url });
    expect(inputs[P.type.id]).toEqual({ type: 'select', name: 'Article' });
    expect(buildProperties(FULL_SCHEMA, inputs, 'en')).toHaveProperty('properties');
  });

  it('lays the person’s edits over the pre-fill, ignoring vanished properties', () => {
    const inputs = formInputs(
      context({
        [P.type.id]: { type: 'select', name: 'Bookmark' },
        [P.tags.id]: { type: 'multi_select', names: ['Research', 'New one'] },
        gone: { type: 'rich_text', text: 'x' },
      }),
    );
    expect(inputs[P.type.id]).toEqual({ type: 'select', name: 'Bookmark' });
    expect(inputs[P.tags.id]).toEqual({ type: 'multi_select', names: ['Research', 'New one'] });
    expect(inputs).not.toHaveProperty('gone');
  });
});
