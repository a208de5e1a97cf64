/**
 * What the rules take from `lib/notion`: Notion's limits, the capture form's own value
 * checks and the types they speak. One file, so that rules never restate a limit or a
 * check, and a move of those definitions changes only the paths below.
 */
export { NOTION_LIMITS, jsonBytes } from '../notion/api/limits';
export type { PropertyRequest } from '../notion/api/request-types';
export { titleValue } from '../notion/properties/text-values';
export { buildProperty, buildProperties } from '../notion/properties/build-properties';
export { isTimeZone, wallTimeIn } from '../notion/properties/date-value';
export {
  fieldErrorMessage,
  quoted,
  type FieldError,
  type FieldOutcome,
} from '../notion/properties/field-error';
export {
  findProperty,
  propertiesOf,
  type SchemaProperty,
} from '../notion/schema/schema-properties';
export type { FileInput, PropertyInput, PropertyInputs } from '../notion/types';
export type { CachedSchema } from '../storage';
