/**
 * What the rules take from `lib/notion`: Notion's limits, the capture form's own value
 * checks and the types they speak. One file, so that rules never restate a limit or a
 * check, and a move of those definitions changes only the paths below.
 */
export { MAX_ARRAY_ITEMS, MAX_TEXT_CONTENT } from '../notion/rich-text';
export { MAX_URL, titleValue } from '../notion/text-values';
export { MAX_OPTION_NAME } from '../notion/choice-values';
export { buildProperty, buildProperties } from '../notion/build-properties';
export { isTimeZone, wallTimeIn } from '../notion/date-value';
export { LIMITS, jsonBytes } from '../notion/plan-tree';
export {
  fieldErrorMessage,
  quoted,
  type FieldError,
  type FieldOutcome,
} from '../notion/field-error';
export type { PropertyRequest } from '../notion/request-types';
export { findProperty, propertiesOf, type SchemaProperty } from '../notion/schema-properties';
export type { FileInput, PropertyInput, PropertyInputs } from '../notion/types';
export type { CachedSchema } from '../storage';
