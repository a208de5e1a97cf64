/**
 * The mapping editor's choices, computed from the schema alone: which properties each
 * capture field may go to (the same type rules automatic mapping uses), and which
 * property two fields were both sent to. Pure, so it is tested without a page.
 */
import type { CachedSchema } from '@/lib/storage';
import type { CaptureField, PropertyMapping } from '@/lib/notion/types';

/**
 * Property types each capture field can fill. The same table as `FIELD_TYPES` in
 * `lib/notion/auto-map.ts`, copied because that module loads the Notion client, which
 * only the background should carry; a unit test keeps the two equal.
 */
export const PAGE_FIELD_TYPES: Record<CaptureField, readonly string[]> = {
  title: ['title', 'rich_text'],
  url: ['url', 'rich_text'],
  tags: ['multi_select', 'select', 'rich_text'],
  capturedAt: ['date', 'rich_text'],
  publishedAt: ['date', 'rich_text'],
  notes: ['rich_text', 'title'],
  excerpt: ['rich_text', 'title'],
  site: ['rich_text', 'select', 'multi_select', 'url'],
  author: ['rich_text', 'select', 'multi_select'],
  captureType: ['select', 'multi_select', 'rich_text'],
  image: ['files', 'url'],
  screenshot: ['files'],
};

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
    .filter((p) => PAGE_FIELD_TYPES[field].includes(p.type))
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
