/**
 * The mapping editor's choices, computed from the schema alone: which properties each
 * capture field may go to (the same type rules automatic mapping uses), and which
 * property two fields were both sent to. Pure, so it is tested without a page.
 */
import type { CachedSchema } from '@/lib/storage';
import { FIELD_TYPES } from '@/lib/notion/schema/capture-fields';
import type { CaptureField, PropertyMapping } from '@/lib/notion/types';

/** Capture fields in the order the editor lists them. */
export const CAPTURE_FIELDS: readonly CaptureField[] = [
  'title',
  'url',
  'tags',
  'captureType',
  'capturedAt',
  'excerpt',
  'notes',
  'site',
  'author',
  'publishedAt',
  'image',
  'screenshot',
];

export interface PropertyOption {
  id: string;
  name: string;
  type: string;
}

/** Properties of a type `field` can fill, title first, then in Notion's order. */
export function choicesFor(field: CaptureField, schema: CachedSchema): PropertyOption[] {
  const all = Object.values(schema.properties);
  const ordered = [
    ...all.filter((p) => p.type === 'title'),
    ...all.filter((p) => p.type !== 'title'),
  ];
  return ordered
    .filter((p) => FIELD_TYPES[field].includes(p.type))
    .map((p) => ({ id: p.id, name: p.name, type: p.type }));
}

/** Fields that were sent to the same property (a property takes one value). */
export function clashes(
  mapping: PropertyMapping,
): { propertyId: string; fields: CaptureField[] }[] {
  const byProperty = new Map<string, CaptureField[]>();
  for (const field of CAPTURE_FIELDS) {
    const id = mapping[field];
    if (typeof id === 'string') byProperty.set(id, [...(byProperty.get(id) ?? []), field]);
  }
  return [...byProperty]
    .filter(([, fields]) => fields.length > 1)
    .map(([propertyId, fields]) => ({ propertyId, fields }));
}
