/**
 * Form values → the `properties` of a page request, or a sentence per wrong field. Runs
 * before anything is queued: a capture that Notion would refuse never enters the queue.
 * Properties are keyed by id, which survives a rename in Notion; names do not.
 */
import { currentLocale, type Locale } from '../../i18n';
import type { PropertyInput, PropertyInputs } from '../types';
import { multiSelectValue, selectValue, statusValue } from './choice-values';
import { dateValue } from './date-value';
import { fieldError, fieldErrorMessage, valueOf, type FieldOutcome } from './field-error';
import { filesValue, peopleValue, relationValue } from './reference-values';
import type { PageProperties, PropertyRequest } from '../api/request-types';
import type { CachedSchema } from '../schema/schema';
import { findProperty, type SchemaProperty } from '../schema/schema-properties';
import {
  emailValue,
  numberValue,
  phoneValue,
  richTextValue,
  titleValue,
  urlValue,
} from './text-values';

export type BuildPropertiesResult =
  { properties: PageProperties } | { errors: Record<string, string> };

/** Types whose values Notion computes; the API refuses to set them. */
const COMPUTED = new Set([
  'formula',
  'rollup',
  'created_time',
  'created_by',
  'last_edited_time',
  'last_edited_by',
  'unique_id',
  'button',
  'verification',
]);

function optionsOf(property: SchemaProperty): { name: string }[] {
  if (property.type === 'select') return property.select.options;
  if (property.type === 'multi_select') return property.multi_select.options;
  if (property.type === 'status') return property.status.options;
  return [];
}

function build(input: PropertyInput, property: SchemaProperty): FieldOutcome<PropertyRequest> {
  switch (input.type) {
    case 'title':
      return titleValue(input.text);
    case 'rich_text':
      return richTextValue(input.text);
    case 'number':
      return numberValue(input.text);
    case 'url':
      return urlValue(input.text);
    case 'email':
      return emailValue(input.text);
    case 'phone_number':
      return phoneValue(input.text);
    case 'select':
      return selectValue(input.name, optionsOf(property));
    case 'multi_select':
      return multiSelectValue(input.names, optionsOf(property));
    case 'status':
      return statusValue(input.name, optionsOf(property));
    case 'date':
      return dateValue(input.start, input.end, input.timeZone);
    case 'checkbox':
      return valueOf({ checkbox: input.checked });
    case 'people':
      return peopleValue(input.ids);
    case 'relation':
      return relationValue(input.ids);
    case 'files':
      return filesValue(input.files);
  }
}

/** Checks one field against the schema and builds its value. */
export function buildProperty(
  schema: CachedSchema,
  propertyId: string,
  input: PropertyInput,
): FieldOutcome<PropertyRequest> & { propertyId: string } {
  const property = findProperty(schema, propertyId);
  if (!property) return { ...fieldError('notionFieldGone'), propertyId };
  if (input.type !== property.type) {
    const key = COMPUTED.has(property.type) ? 'notionFieldReadOnly' : 'notionFieldTypeChanged';
    return { ...fieldError(key), propertyId: property.id };
  }
  return { ...build(input, property), propertyId: property.id };
}

/**
 * Builds a page request's properties from form values keyed by property id. Empty
 * fields are left out. Any wrong field gives `errors` (property id → sentence) instead.
 */
export function buildProperties(
  schema: CachedSchema,
  inputs: PropertyInputs,
  locale: Locale = currentLocale(),
): BuildPropertiesResult {
  const properties: PageProperties = {};
  const errors: Record<string, string> = {};
  for (const [propertyId, input] of Object.entries(inputs)) {
    const outcome = buildProperty(schema, propertyId, input);
    if (!outcome.ok) errors[propertyId] = fieldErrorMessage(outcome.error, locale);
    else if (outcome.value !== undefined) properties[outcome.propertyId] = outcome.value;
  }
  return Object.keys(errors).length > 0 ? { errors } : { properties };
}
