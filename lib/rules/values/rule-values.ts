/**
 * What a rule fills in for a capture: its title, tags and property values, each rendered
 * from its template and turned into the form's input for its property. Every input
 * passes the form's own check (`buildProperty`) before it is returned, so a rule never
 * produces a capture Notion would refuse: a value that cannot be used is reported in
 * `fields` and left out, and the form keeps its own value there.
 */
import {
  NOTION_LIMITS,
  buildProperty,
  findProperty,
  jsonBytes,
  propertiesOf,
  quoted,
  titleValue,
  type CachedSchema,
  type FieldOutcome,
  type PropertyInput,
  type PropertyRequest,
  type PropertyInputs,
} from '../notion-checks';
import type { RuleActions } from '../model';
import type { TemplateContext } from '../template/context';
import { renderTemplate } from '../template/render';
import type { RuleField, RuleFieldResult, RuleIssue } from './issues';
import { inputFor } from './to-input';

export interface RuleValues {
  /** The rendered title (one line); null when the rule sets none or it cannot be used. */
  title: string | null;
  /** Distinct tag names, each one a multi-select option Notion takes. */
  tags: string[];
  /** Form inputs by property id (database targets), each accepted by the form's check. */
  inputs: PropertyInputs;
  /** Every field the rule fills, with what it gave and why it is not used if it is not. */
  fields: RuleFieldResult[];
}

type Rendered = Pick<RuleFieldResult, 'template' | 'rendered' | 'notes'> & { issues: RuleIssue[] };

function rendered(template: string, context: TemplateContext): Rendered {
  const result = renderTemplate(template, context);
  return {
    template,
    rendered: result.value,
    notes: result.notes,
    issues: result.problems.map((problem) => ({ kind: 'template', problem })),
  };
}

const oneLine = (text: string) => text.replace(/\s+/g, ' ').trim();

/**
 * The share of one request's 500 KB that a rule's values may take together. The rest
 * is for the form's own fields (a long excerpt) and the first blocks of the page: a
 * title and a note from `{{selection}}` could otherwise make the page request alone too
 * large to send.
 */
export const MAX_RULE_VALUE_BYTES = NOTION_LIMITS.requestBytes / 2;

/**
 * A value the form's own check built, if it fits in what is left of the byte budget;
 * the issue otherwise.
 */
function admit(
  outcome: FieldOutcome<PropertyRequest>,
  key: string,
  budget: { used: number },
): RuleIssue | null {
  if (!outcome.ok) return { kind: 'refused', error: outcome.error };
  const bytes = jsonBytes({ [key]: outcome.value ?? null });
  if (budget.used + bytes > MAX_RULE_VALUE_BYTES) {
    return { kind: 'value', code: 'valuesTooLarge', params: { max: MAX_RULE_VALUE_BYTES } };
  }
  budget.used += bytes;
  return null;
}

type Describe = RuleFieldResult['property'];

const describe = (p: { id: string; name: string; type: string } | null): Describe =>
  p ? { id: p.id, name: p.name, type: p.type } : null;

/** What the values built so far have in common: the result and the byte budget. */
interface Building {
  out: RuleValues;
  budget: { used: number };
  context: TemplateContext;
  schema: CachedSchema | null;
}

function titleField(template: string, b: Building): RuleFieldResult {
  const title = rendered(template, b.context);
  const titleProperty = b.schema
    ? (propertiesOf(b.schema).find((p) => p.type === 'title') ?? null)
    : null;
  const line = oneLine(title.rendered);
  if (title.issues.length === 0 && line !== '') {
    const input: PropertyInput = { type: 'title', text: line };
    // A page target's title is its one property: the same check, without a schema.
    const built =
      b.schema && titleProperty
        ? buildProperty(b.schema, titleProperty.id, input)
        : titleValue(line);
    const refused = admit(built, titleProperty?.id ?? 'title', b.budget);
    if (refused) title.issues.push(refused);
    else {
      b.out.title = line;
      if (titleProperty) b.out.inputs[titleProperty.id] = input;
    }
  }
  return { field: { kind: 'title' }, property: describe(titleProperty), ...title };
}

function tagField(
  template: string,
  index: number,
  b: Building,
  seen: Set<string>,
): RuleFieldResult {
  const tag = rendered(template, b.context);
  // A comma separates tags, as in the form's tag input.
  const names = tag.issues.length === 0 ? tag.rendered.split(',').map(oneLine) : [];
  for (const name of names) {
    if (name === '' || seen.has(name.toLowerCase())) continue;
    if (name.length > NOTION_LIMITS.optionName) {
      const params = { tag: quoted(name), max: NOTION_LIMITS.optionName };
      tag.issues.push({ kind: 'value', code: 'tagTooLong', params });
    } else if (b.out.tags.length >= NOTION_LIMITS.array) {
      tag.issues.push({ kind: 'value', code: 'tooManyTags', params: { max: NOTION_LIMITS.array } });
      break;
    } else {
      seen.add(name.toLowerCase());
      b.out.tags.push(name);
    }
  }
  return { field: { kind: 'tag', index }, property: null, ...tag };
}

function propertyField(
  key: string,
  template: string,
  titleSet: boolean,
  b: Building,
): RuleFieldResult {
  const value = rendered(template, b.context);
  const field: RuleField = { kind: 'property', propertyId: key };
  const { schema } = b;
  const property = schema ? findProperty(schema, key) : null;
  const issue = (code: 'notADatabase' | 'propertyGone' | 'titleTwice' | 'propertyTwice') =>
    value.issues.unshift({ kind: 'value', code, params: { property: property?.name ?? key } });
  if (!schema) issue('notADatabase');
  else if (!property) issue('propertyGone');
  else if (property.type === 'title' && titleSet) issue('titleTwice');
  else if (b.out.inputs[property.id]) issue('propertyTwice');
  else if (value.issues.length === 0) {
    const made = inputFor(property, value.rendered, b.context.timeZone);
    if (!made.ok) value.issues.push({ kind: 'value', code: made.code, params: made.params });
    else if (made.input) {
      const refused = admit(buildProperty(schema, property.id, made.input), property.id, b.budget);
      if (refused) value.issues.push(refused);
      else b.out.inputs[property.id] = made.input;
    }
  }
  return { field, property: describe(property), ...value };
}

/**
 * The values `actions` give for a capture in `context`. `schema` is the target's
 * data source schema, or null when the target is a page.
 */
export function ruleValues(
  actions: RuleActions,
  context: TemplateContext,
  schema: CachedSchema | null,
): RuleValues {
  const out: RuleValues = { title: null, tags: [], inputs: {}, fields: [] };
  const building: Building = { out, budget: { used: 0 }, context, schema };
  if (actions.title !== null) out.fields.push(titleField(actions.title, building));
  const seen = new Set<string>();
  actions.tags.forEach((template, index) => {
    out.fields.push(tagField(template, index, building, seen));
  });
  for (const [key, template] of Object.entries(actions.properties)) {
    out.fields.push(propertyField(key, template, actions.title !== null, building));
  }
  return out;
}
