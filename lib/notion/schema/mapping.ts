/**
 * Keeping a target's mapping in step with its schema. An automatic mapping follows the
 * schema; a mapping the user edited is kept, except where its property vanished or
 * changed to a type the field cannot fill: that entry is repaired (or cleared) and the
 * change reported, so the user learns why a field moved.
 */
import { translate, type Locale } from '../../i18n';
import type { CaptureField, PropertyMapping } from '../types';
import { autoMap } from './auto-map';
import { FIELD_TYPES, captureFieldLabel } from './capture-fields';

export { captureFieldLabel };
import type { CachedSchema } from '../../storage';
import { findProperty } from './schema-properties';

export interface MappingChange {
  field: CaptureField;
  /** The property id the field went to. */
  from: string;
  /** Where it goes now; null when no property fits. */
  to: string | null;
}

function fits(schema: CachedSchema, field: CaptureField, propertyId: string): boolean {
  const property = findProperty(schema, propertyId);
  return (
    property !== null && property.id === propertyId && FIELD_TYPES[field].includes(property.type)
  );
}

/**
 * The mapping to use with `schema`, and the repairs made. A field left out of an
 * edited mapping (`undefined`, never decided) is filled automatically; a field set to
 * null (the user chose "don't save") stays null.
 */
export function reconcileMapping(
  current: { mapping: PropertyMapping; mappingEdited: boolean },
  schema: CachedSchema,
): { mapping: PropertyMapping; changes: MappingChange[] } {
  const auto = autoMap(schema);
  const changes: MappingChange[] = [];
  const broken = (
    Object.entries(current.mapping) as [CaptureField, string | null | undefined][]
  ).filter(([field, id]) => typeof id === 'string' && !fits(schema, field, id));
  if (!current.mappingEdited) {
    for (const [field, from] of broken)
      changes.push({ field, from: from!, to: auto[field] ?? null });
    return { mapping: auto, changes };
  }
  const mapping: PropertyMapping = { ...current.mapping };
  for (const [field] of broken) mapping[field] = undefined;
  const used = new Set(Object.values(mapping).filter((id): id is string => typeof id === 'string'));
  const fill = (field: CaptureField): string | null => {
    const candidate = auto[field];
    if (!candidate || used.has(candidate)) return null;
    used.add(candidate);
    return candidate;
  };
  for (const [field, from] of broken) {
    const to = fill(field);
    mapping[field] = to;
    changes.push({ field, from: from!, to });
  }
  for (const field of Object.keys(FIELD_TYPES) as CaptureField[]) {
    if (!(field in current.mapping) || current.mapping[field] === undefined) {
      if (mapping[field] === undefined) mapping[field] = fill(field);
    }
  }
  return { mapping, changes };
}

/** A repair, in words. */
export function describeMappingChange(
  change: MappingChange,
  schema: CachedSchema,
  locale: Locale,
): string {
  const field = captureFieldLabel(change.field, locale);
  const property = change.to ? findProperty(schema, change.to) : null;
  return property
    ? translate(locale, 'notionMappingRepaired', { field, property: property.name })
    : translate(locale, 'notionMappingDropped', { field });
}
