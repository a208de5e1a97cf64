/**
 * Why a rule's pattern cannot be used, as data: a code, the field it is about and the
 * values its sentence needs (`describe.ts` puts it into words). Patterns come from a
 * person or an imported file; a bad one is refused when the rule is checked and skipped
 * when a page is matched, never thrown at capture time.
 */

export type PatternRefusalCode =
  | 'emptyPattern'
  | 'patternTooLong'
  | 'hostHasScheme'
  | 'hostHasPath'
  | 'hostHasPort'
  | 'hostWildcard'
  | 'hostInvalid'
  | 'pathNotAbsolute'
  | 'regexInvalid'
  | 'regexUnsupported'
  | 'regexTooComplex'
  | 'regexNeverMatches';

/** The part of a pattern a refusal is about. */
export type PatternField = 'host' | 'path' | 'pattern';

export interface PatternRefusal {
  code: PatternRefusalCode;
  field: PatternField;
  params: Record<string, string | number>;
}

export function refusal(
  code: PatternRefusalCode,
  field: PatternField,
  params: Record<string, string | number> = {},
): PatternRefusal {
  return { code, field, params };
}
