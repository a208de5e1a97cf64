import { APIErrorCode, APIResponseError } from '@notionhq/client';
import { describe, expect, it } from 'vitest';
import { toStoredError } from '../errors/errors';
import { FULL_SCHEMA, P, prop, schemaWith } from './testing/fixture';
import { propertiesOf, propertyNamedInValidationError } from './schema';

function validation(message: string): APIResponseError {
  return new APIResponseError({
    code: APIErrorCode.ValidationError,
    status: 400,
    message,
    headers: {},
    rawBodyText: '{}',
    additional_data: undefined,
    request_id: undefined,
  });
}

describe('propertyNamedInValidationError', () => {
  it.each([
    ['Tags is not a property that exists.', P.tags],
    ['body failed validation: body.properties.Tags.multi_select should be an array.', P.tags],
    ['Saved at is expected to be date.', P.savedAt],
    ['Name is expected to be title.', P.name],
    ['T%40gs is not a property that exists.', P.tags],
    ['body.properties.Ub%3Fz.url should be a string or `null`.', P.url],
    ['Invalid value for “Done?”: expected a boolean.', P.done],
  ])('%s', (message, property) => {
    expect(propertyNamedInValidationError(validation(message), FULL_SCHEMA)).toBe(property);
  });

  it('prefers the longest name at the same place and ignores other errors', () => {
    const schema = schemaWith(prop('a', 'Due', 'date'), prop('b', 'Due date', 'date'));
    expect(
      propertyNamedInValidationError(validation('Due date is expected to be date.'), schema)?.id,
    ).toBe('b');
    expect(
      propertyNamedInValidationError(validation('Something else entirely.'), schema),
    ).toBeNull();
    const stored = {
      ...toStoredError(validation('Tags is not a property that exists.')),
      code: 'object_not_found',
    };
    expect(propertyNamedInValidationError(stored, FULL_SCHEMA)).toBeNull();
  });

  it('works on the stored record too', () => {
    const stored = JSON.parse(
      JSON.stringify(toStoredError(validation('Notes is expected to be rich_text.'))),
    );
    expect(propertyNamedInValidationError(stored, FULL_SCHEMA)).toBe(P.notes);
  });

  it('lists the title property first', () => {
    const schema = schemaWith(P.notes, P.url, P.name);
    expect(propertiesOf(schema).map((p) => p.id)).toEqual(['title', 'N%5Bts', 'Ub%3Fz']);
  });
});
