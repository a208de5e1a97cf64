/**
 * A rendered template as the form input of one property: the same `PropertyInput` a
 * person's typing gives, so that the form's own check (`buildProperty`) decides whether
 * Notion would take it. Only what text cannot say is decided here: how a text becomes
 * a check box, a list of ids or of files.
 */
import type { FileInput, PropertyInput, SchemaProperty } from '../notion-checks';

/**
 * `propertyUnsupported`: a type no form input exists for — computed ones (formula,
 * rollup, created time…), which Notion refuses to set, and ones a text cannot give.
 */
export type InputIssueCode = 'propertyUnsupported' | 'notABoolean';

export type InputOutcome =
  | { ok: true; input: PropertyInput | null }
  | { ok: false; code: InputIssueCode; params: Record<string, string> };

// A fixed vocabulary: the same rule must tick the same box for every person.
const TRUE_WORDS = new Set(['true', 'yes', 'on', '1', 'checked', 'x', '✓', '✔']);
const FALSE_WORDS = new Set(['false', 'no', 'off', '0', 'unchecked']);

/** Ids and addresses are separated by commas or white space; none contains either. */
const listOf = (text: string) => text.split(/[\s,]+/).filter(Boolean);

/**
 * The input for `property` from `text` (already rendered); `input: null` when the text
 * is blank and the form's own default should stay. `timeZone` is where a wall time is.
 */
export function inputFor(property: SchemaProperty, text: string, timeZone: string): InputOutcome {
  const type = property.type;
  const blank = text.trim() === '';
  switch (type) {
    case 'title':
    case 'rich_text':
    case 'number':
    case 'url':
    case 'email':
    case 'phone_number':
      return { ok: true, input: blank ? null : { type, text } };
    case 'select':
    case 'status':
      return { ok: true, input: blank ? null : { type, name: text } };
    case 'multi_select':
      // A comma separates names, as in the form's tag input.
      return { ok: true, input: blank ? null : { type, names: [text] } };
    case 'date':
      return { ok: true, input: blank ? null : { type, start: text.trim(), timeZone } };
    case 'checkbox': {
      if (blank) return { ok: true, input: null };
      const word = text.trim().toLowerCase();
      if (TRUE_WORDS.has(word)) return { ok: true, input: { type, checked: true } };
      if (FALSE_WORDS.has(word)) return { ok: true, input: { type, checked: false } };
      return { ok: false, code: 'notABoolean', params: { value: text.trim().slice(0, 60) } };
    }
    case 'people':
    case 'relation':
      return { ok: true, input: blank ? null : { type, ids: listOf(text) } };
    case 'files': {
      const files: FileInput[] = listOf(text).map((url) => ({ kind: 'external', url }));
      return { ok: true, input: blank ? null : { type, files } };
    }
    default:
      return { ok: false, code: 'propertyUnsupported', params: { type, name: property.name } };
  }
}
