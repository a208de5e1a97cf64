import type { PropertyInput } from '@/lib/notion/types';
import type { FormField } from '../form-fields';

/** What every field component gets: its property, its value, and its error. */
export interface FieldProps {
  field: FormField;
  /** The form's value; undefined when the capture filled nothing. */
  input: PropertyInput | undefined;
  inputId: string;
  /** Id of the error sentence, when there is one. */
  errorId: string | undefined;
  onChange: (input: PropertyInput) => void;
}

/** The value of an input of a given type, or undefined when it holds another type. */
export function valueAs<T extends PropertyInput['type']>(
  input: PropertyInput | undefined,
  type: T,
): Extract<PropertyInput, { type: T }> | undefined {
  return input?.type === type ? (input as Extract<PropertyInput, { type: T }>) : undefined;
}
