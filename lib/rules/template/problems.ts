/**
 * What can be wrong with a template, as data for a sentence (`describe.ts`).
 *
 * A **problem** is the template's: it reads the same on every page, and a value from a
 * template with one is shown in the preview but never sent. A **note** is about this
 * page: the variable has nothing here, the page's date cannot be read, the value was
 * too long. The value is still good; the note explains why it looks as it does.
 */

export type TemplateProblemCode =
  | 'unclosedTag'
  | 'emptyTag'
  | 'unknownVariable'
  | 'unknownFilter'
  | 'filterArguments'
  | 'emptyMetaName'
  | 'badSchemaPath'
  | 'templateTooLong'
  | 'badTimeZone';

export type TemplateNoteCode = 'noValue' | 'notRead' | 'notADate' | 'cut';

export interface TemplateProblem {
  code: TemplateProblemCode;
  /** Where in the template (UTF-16 offset), for the editor to point at. */
  at: number;
  params: Record<string, string | number>;
}

export interface TemplateNote {
  code: TemplateNoteCode;
  params: Record<string, string | number>;
}
