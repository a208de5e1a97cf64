/**
 * Which properties of a data source the popup's form shows, and as what kind of field.
 * The title has its own field at the top and the page address is shown in the header
 * (both filled from the page); files are filled only by the capture (a screenshot); the
 * values Notion computes cannot be set at all.
 */
import type { CachedSchema } from '@/lib/notion/schema/schema';
import { propertiesOf, type SchemaProperty } from '@/lib/notion/schema/schema-properties';
import type { PropertyInput, PropertyMapping } from '@/lib/notion/types';

export type FieldKind =
  | 'long_text'
  | 'number'
  | 'url'
  | 'email'
  | 'phone'
  | 'select'
  | 'status'
  | 'multi_select'
  | 'date'
  | 'checkbox'
  | 'people'
  | 'relation';

export interface FormField {
  propertyId: string;
  name: string;
  kind: FieldKind;
  /** Existing option names (select, status, multi-select), in Notion's order. */
  options: string[];
}

const KINDS: Partial<Record<SchemaProperty['type'], FieldKind>> = {
  rich_text: 'long_text',
  number: 'number',
  url: 'url',
  email: 'email',
  phone_number: 'phone',
  select: 'select',
  status: 'status',
  multi_select: 'multi_select',
  date: 'date',
  checkbox: 'checkbox',
  people: 'people',
  relation: 'relation',
};

function optionNames(property: SchemaProperty): string[] {
  if (property.type === 'select') return property.select.options.map((o) => o.name);
  if (property.type === 'status') return property.status.options.map((o) => o.name);
  if (property.type === 'multi_select') return property.multi_select.options.map((o) => o.name);
  return [];
}

/** The form's fields for a schema and its mapping, in Notion's property order. */
export function formFields(schema: CachedSchema, mapping: PropertyMapping): FormField[] {
  const out: FormField[] = [];
  for (const property of propertiesOf(schema)) {
    const kind = KINDS[property.type];
    if (!kind) continue;
    // A url property that holds the page address is shown in the header instead.
    if (property.id === mapping.url && property.type === 'url') continue;
    out.push({
      propertyId: property.id,
      name: property.name,
      kind,
      options: optionNames(property),
    });
  }
  return out;
}

/** What an untouched field holds, to edit from when the capture filled nothing. */
export function emptyInput(kind: FieldKind): PropertyInput {
  switch (kind) {
    case 'long_text':
      return { type: 'rich_text', text: '' };
    case 'number':
      return { type: 'number', text: '' };
    case 'url':
      return { type: 'url', text: '' };
    case 'email':
      return { type: 'email', text: '' };
    case 'phone':
      return { type: 'phone_number', text: '' };
    case 'select':
      return { type: 'select', name: null };
    case 'status':
      return { type: 'status', name: null };
    case 'multi_select':
      return { type: 'multi_select', names: [] };
    case 'date':
      return { type: 'date', start: null };
    case 'checkbox':
      return { type: 'checkbox', checked: false };
    case 'people':
      return { type: 'people', ids: [] };
    case 'relation':
      return { type: 'relation', ids: [] };
  }
}
