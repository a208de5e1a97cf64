import { describe, expect, it } from 'vitest';
import { buildProperties } from '@/lib/notion/properties/build-properties';
import { FULL_SCHEMA, P } from '@/lib/notion/schema/testing/fixture';
import { titlePropertyId } from '@/lib/notion/schema/schema-properties';
import { emptyInput, formFields } from './form-fields';

describe('formFields', () => {
  it('shows every settable property but the title, the page address and files', () => {
    const fields = formFields(FULL_SCHEMA, { url: P.url.id, title: P.name.id });
    expect(fields.map((f) => [f.name, f.kind])).toEqual([
      ['Notes', 'long_text'],
      ['Score', 'number'],
      ['Email', 'email'],
      ['Phone', 'phone'],
      ['Type', 'select'],
      ['Tags', 'multi_select'],
      ['Status', 'status'],
      ['Saved at', 'date'],
      ['Done?', 'checkbox'],
      ['Owner', 'people'],
      ['Client', 'relation'],
    ]);
    expect(fields.find((f) => f.name === 'Tags')!.options).toEqual(['Research', 'Later']);
    expect(fields.find((f) => f.name === 'Status')!.options).toEqual(['Not started', 'Done']);
  });

  it('shows a url property that does not hold the page address', () => {
    const fields = formFields(FULL_SCHEMA, { url: null });
    expect(fields.find((f) => f.propertyId === P.url.id)?.kind).toBe('url');
  });

  it('names the title property', () => {
    expect(titlePropertyId(FULL_SCHEMA)).toBe(P.name.id);
  });

  it('gives empty fields that build to nothing', () => {
    const inputs = Object.fromEntries(
      formFields(FULL_SCHEMA, {}).map((f) => [f.propertyId, emptyInput(f.kind)]),
    );
    const built = buildProperties(FULL_SCHEMA, inputs, 'en');
    expect(built).toEqual({ properties: { [P.done.id]: { checkbox: false } } });
  });
});
