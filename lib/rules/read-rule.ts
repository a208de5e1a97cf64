/**
 * A rule from outside the worker — a settings file, a page's message — read field by
 * field into a `SiteRule`, or the sentence that says why it cannot be one. Nothing from
 * the input is kept that was not checked: unknown fields are dropped, every string is
 * bounded, and a pattern or template that cannot be used refuses the rule, so a stored
 * rule always compiles and always renders.
 */
import { translate, type Locale, type MessageKey, type MessageParams } from '../i18n';
import { describePatternRefusal, describeTemplateProblem, ruleName } from './describe';
import { RULE_CAPTURE_MODES, type RuleActions, type RulePattern, type SiteRule } from './model';
import { NOTION_LIMITS } from './notion-checks';
import { compilePattern } from './pattern/compile';
import { checkTemplate } from './template/render';

/** More rules than anyone keeps; a file with more was not written by hand. */
export const MAX_RULES = 500;
/** Ids are ours (random UUIDs); a name is a line a person reads. */
const MAX_ID = 100;
const MAX_NAME = 200;
/** Notion's property names are at most a few hundred characters; ids are short. */
const MAX_PROPERTY_KEY = 500;

export type ReadRuleOutcome =
  | { ok: true; rule: SiteRule }
  /** `rule` names it for a sentence; `reason` is a sentence in the locale asked for. */
  | { ok: false; rule: string; reason: string };

type Obj = Record<string, unknown>;

const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Thrown inside the reader with the sentence that ends up in the outcome. */
class Refused extends Error {}

function reader(locale: Locale) {
  const fail = (key: MessageKey, params?: MessageParams): never => {
    throw new Refused(translate(locale, key, params));
  };
  const field = (field: string): never => fail('ruleCheckField', { field });
  const text = (o: Obj, key: string, max: number): string => {
    const v = o[key];
    return typeof v === 'string' && v.length <= max ? v : field(key);
  };
  const textOrNull = (o: Obj, key: string, max: number): string | null =>
    o[key] === null || o[key] === undefined ? null : text(o, key, max);
  const template = (value: string): string => {
    const [problem] = checkTemplate(value);
    if (problem) throw new Refused(describeTemplateProblem(problem, locale));
    return value;
  };
  return { fail, field, text, textOrNull, template };
}

function readPattern(raw: unknown, locale: Locale): RulePattern {
  const { field, text, textOrNull } = reader(locale);
  if (!isObj(raw)) return field('match');
  let pattern: RulePattern;
  if (raw.kind === 'site') {
    const host = text(raw, 'host', 1000);
    const path = textOrNull(raw, 'path', 1000);
    pattern = path === null ? { kind: 'site', host } : { kind: 'site', host, path };
  } else if (raw.kind === 'regex') {
    if (raw.ignoreCase !== undefined && typeof raw.ignoreCase !== 'boolean') field('ignoreCase');
    pattern = { kind: 'regex', pattern: text(raw, 'pattern', 1000) };
    if (raw.ignoreCase === true) pattern.ignoreCase = true;
  } else return field('match');
  const compiled = compilePattern(pattern);
  if (!compiled.ok) throw new Refused(describePatternRefusal(compiled.refusal, locale));
  return pattern;
}

function readActions(raw: unknown, locale: Locale): RuleActions {
  const { field, textOrNull, template } = reader(locale);
  if (!isObj(raw)) return field('set');
  const mode = raw.mode ?? null;
  if (mode !== null && !(RULE_CAPTURE_MODES as readonly unknown[]).includes(mode)) field('mode');
  const title = textOrNull(raw, 'title', Infinity);
  const tags = raw.tags ?? [];
  if (!Array.isArray(tags) || tags.length > NOTION_LIMITS.array) return field('tags');
  const properties = raw.properties ?? {};
  if (!isObj(properties)) return field('properties');
  const entries = Object.entries(properties);
  if (entries.length > NOTION_LIMITS.array) return field('properties');
  return {
    targetId: textOrNull(raw, 'targetId', MAX_ID),
    mode: mode as RuleActions['mode'],
    title: title === null ? null : template(title),
    // `fromEntries` makes own keys: a property named `__proto__` stays a name.
    properties: Object.fromEntries(
      entries.map(([key, value]) => {
        if (key === '' || key.length > MAX_PROPERTY_KEY || typeof value !== 'string') {
          return field('properties');
        }
        return [key, template(value)];
      }),
    ),
    tags: tags.map((tag) => (typeof tag === 'string' ? template(tag) : field('tags'))),
  };
}

/**
 * Reads one rule; `index` is its place in its list (for the name of a rule without
 * one). Never throws.
 */
export function readRule(raw: unknown, index: number, locale: Locale): ReadRuleOutcome {
  const unnamed = translate(locale, 'ruleUnnamed', { n: index + 1 });
  const name = isObj(raw) && typeof raw.name === 'string' ? raw.name : '';
  const label = name.trim() ? ruleName({ name }, index, locale) : unnamed;
  try {
    const { fail, field, text } = reader(locale);
    if (!isObj(raw)) return fail('ruleCheckShape');
    const id = text(raw, 'id', MAX_ID);
    if (id.trim() === '') field('id');
    if (typeof raw.enabled !== 'boolean') field('enabled');
    return {
      ok: true,
      rule: {
        id,
        name: text(raw, 'name', MAX_NAME),
        enabled: raw.enabled as boolean,
        match: readPattern(raw.match, locale),
        set: readActions(raw.set, locale),
      },
    };
  } catch (error) {
    if (error instanceof Refused) return { ok: false, rule: label, reason: error.message };
    throw error;
  }
}
