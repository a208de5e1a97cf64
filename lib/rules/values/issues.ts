/**
 * Why one value of a rule is not used, and which of the rule's fields it belongs to.
 */
import type { FieldError } from '../notion-checks';
import type { TemplateNote, TemplateProblem } from '../template/problems';
import type { InputIssueCode } from './to-input';

/** A field a rule fills: its title, one of its tags, or a property of a database target. */
export type RuleField =
  { kind: 'title' } | { kind: 'tag'; index: number } | { kind: 'property'; propertyId: string };

export type ValueIssueCode =
  | InputIssueCode
  /** The target's database no longer has the property. */
  | 'propertyGone'
  /** The target is a page: it has a title and no other properties. */
  | 'notADatabase'
  /** A value for the title property, where the rule's title already fills it. */
  | 'titleTwice'
  /** A second value for one property (named once by id and once by name). */
  | 'propertyTwice'
  | 'tagTooLong'
  | 'tooManyTags'
  /** The rule's values together would take more of the request than they may. */
  | 'valuesTooLarge';

export type RuleIssue =
  /** The template is wrong on every page. */
  | { kind: 'template'; problem: TemplateProblem }
  | { kind: 'value'; code: ValueIssueCode; params: Record<string, string | number> }
  /** The form's own check refused the value, as it would refuse it typed by hand. */
  | { kind: 'refused'; error: FieldError };

/** What a rule made of one field, for the preview and the explanation. */
export interface RuleFieldResult {
  field: RuleField;
  template: string;
  /** What the template gave here, shown in the preview even when it is not used. */
  rendered: string;
  /** The property the value fills, for database targets. */
  property: { id: string; name: string; type: string } | null;
  /** Empty when the value is used. */
  issues: RuleIssue[];
  notes: TemplateNote[];
}
