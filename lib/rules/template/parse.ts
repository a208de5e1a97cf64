/**
 * Reads a template into text and tags. A tag is `{{variable|filter|filter:args}}`, with
 * spaces allowed around its parts; `\{{` is a literal `{{`. Variables:
 *
 * | variable | is |
 * | --- | --- |
 * | `title`, `url`, `description`, `author` | the page's own, as the capture read them |
 * | `site` | the site's name, or its domain when it names none |
 * | `domain` | the host without `www.` |
 * | `published` | the publication date as the page wrote it (use `date:` to reformat) |
 * | `selection` | the selected text, in a selection capture |
 * | `date` | when the capture was made, ISO 8601 in the person's time zone |
 * | `meta:NAME` | a `<meta>` tag by `name` or `property` (`meta:og:type`) |
 * | `schema:PATH` | a JSON-LD field (`schema:author.name`, `schema:@Recipe:recipeYield`) |
 *
 * Everything that can be wrong with a template is found here, without a page: an
 * unknown variable or filter, arguments a filter does not take, a tag left open.
 */
import { NOTION_LIMITS, quoted } from '../notion-checks';
import { filterAccepts, filterUsage, isFilterName, FILTER_NAMES, type FilterCall } from './filters';
import type { TemplateProblem } from './problems';
import { parseSchemaPath, type SchemaPath } from './schema-path';

export const PRESET_VARIABLES = [
  'title',
  'url',
  'site',
  'domain',
  'author',
  'published',
  'description',
  'selection',
  'date',
] as const;

export type PresetVariable = (typeof PRESET_VARIABLES)[number];

export type VariableRef =
  | { kind: 'preset'; name: PresetVariable }
  | { kind: 'meta'; name: string }
  | { kind: 'schema'; path: SchemaPath };

export type TemplatePart =
  | { kind: 'text'; text: string }
  | { kind: 'tag'; source: string; variable: VariableRef; filters: FilterCall[] }
  /** A tag with a problem: kept as written, so that a preview shows it where it is. */
  | { kind: 'broken'; source: string };

export interface ParsedTemplate {
  parts: TemplatePart[];
  problems: TemplateProblem[];
}

/**
 * A template is at most one Notion text item long: longer is not a template a person
 * reads, and it bounds the work of rendering one.
 */
export const MAX_TEMPLATE_LENGTH = NOTION_LIMITS.textContent;

/** Where the `}}` closing the tag opened at `open` is, skipping quoted text; -1 if none. */
function closingOf(template: string, open: number): number {
  let quote: string | null = null;
  for (let i = open + 2; i < template.length; i++) {
    const c = template[i];
    if (quote) {
      if (c === '\\') i += 1;
      else if (c === quote) quote = null;
    } else if (c === '"' || c === "'") quote = c;
    else if (c === '}' && template[i + 1] === '}') return i;
  }
  return -1;
}

/** Splits at `separator` where it is not inside quotes. */
function splitOutsideQuotes(text: string, separator: string): string[] {
  const out: string[] = [];
  let quote: string | null = null;
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quote) {
      if (c === '\\') i += 1;
      else if (c === quote) quote = null;
    } else if (c === '"' || c === "'") quote = c;
    else if (c === separator) {
      out.push(text.slice(start, i));
      start = i + 1;
    }
  }
  out.push(text.slice(start));
  return out;
}

/** One argument: quoted (escapes read) or bare (trimmed); null when quoted badly. */
function readArgument(raw: string): string | null {
  const text = raw.trim();
  const quote = text[0];
  if (quote !== '"' && quote !== "'") return text;
  if (text.length < 2 || text[text.length - 1] !== quote) return null;
  let out = '';
  for (let i = 1; i < text.length - 1; i++) {
    const c = text[i]!;
    if (c === '\\' && i + 1 < text.length - 1) out += text[++i];
    else if (c === quote)
      return null; // `"a"b"`: a quote that ends nothing
    else out += c;
  }
  return out;
}

type Read<T> =
  | { ok: true; value: T }
  | { ok: false; code: TemplateProblem['code']; params: TemplateProblem['params'] };

function readVariable(text: string): Read<VariableRef> {
  if ((PRESET_VARIABLES as readonly string[]).includes(text)) {
    return { ok: true, value: { kind: 'preset', name: text as PresetVariable } };
  }
  if (text.startsWith('meta:')) {
    const name = text.slice(5).trim().toLowerCase();
    return name === ''
      ? { ok: false, code: 'emptyMetaName', params: {} }
      : { ok: true, value: { kind: 'meta', name } };
  }
  if (text.startsWith('schema:')) {
    const path = parseSchemaPath(text.slice(7));
    return path
      ? { ok: true, value: { kind: 'schema', path } }
      : { ok: false, code: 'badSchemaPath', params: { path: text.slice(7) } };
  }
  return {
    ok: false,
    code: 'unknownVariable',
    params: { variable: text, known: PRESET_VARIABLES.join(', ') },
  };
}

function readFilter(text: string): Read<FilterCall> {
  const colon = text.indexOf(':');
  const name = (colon < 0 ? text : text.slice(0, colon)).trim();
  if (!isFilterName(name)) {
    return {
      ok: false,
      code: 'unknownFilter',
      params: { filter: name, known: FILTER_NAMES.join(', ') },
    };
  }
  const args = colon < 0 ? [] : splitOutsideQuotes(text.slice(colon + 1), ',').map(readArgument);
  const call = { name, args: args.filter((a): a is string => a !== null) };
  if (args.includes(null) || !filterAccepts(call)) {
    return {
      ok: false,
      code: 'filterArguments',
      params: { filter: name, usage: filterUsage(name) },
    };
  }
  return { ok: true, value: call };
}

/** The variable and filters of a tag's inside. */
function readTag(inside: string): Read<{ variable: VariableRef; filters: FilterCall[] }> {
  const [head = '', ...rest] = splitOutsideQuotes(inside, '|');
  if (head.trim() === '') return { ok: false, code: 'emptyTag', params: {} };
  const variable = readVariable(head.trim());
  if (!variable.ok) return variable;
  const filters: FilterCall[] = [];
  for (const text of rest) {
    const filter = readFilter(text);
    if (!filter.ok) return filter;
    filters.push(filter.value);
  }
  return { ok: true, value: { variable: variable.value, filters } };
}

/** Reads a template; never throws. Problems say where they are (`at`). */
export function parseTemplate(template: string): ParsedTemplate {
  if (template.length > MAX_TEMPLATE_LENGTH) {
    const params = { max: MAX_TEMPLATE_LENGTH, length: template.length };
    return { parts: [], problems: [{ code: 'templateTooLong', at: 0, params }] };
  }
  const parts: TemplatePart[] = [];
  const problems: TemplateProblem[] = [];
  let text = '';
  let i = 0;
  while (i < template.length) {
    if (template.startsWith('\\{{', i)) {
      text += '{{';
      i += 3;
      continue;
    }
    if (!template.startsWith('{{', i)) {
      text += template[i];
      i += 1;
      continue;
    }
    if (text) parts.push({ kind: 'text', text });
    text = '';
    const close = closingOf(template, i);
    if (close < 0) {
      problems.push({ code: 'unclosedTag', at: i, params: { tag: quoted(template.slice(i)) } });
      parts.push({ kind: 'broken', source: template.slice(i) });
      break;
    }
    const source = template.slice(i, close + 2);
    const tag = readTag(template.slice(i + 2, close));
    if (tag.ok) parts.push({ kind: 'tag', source, ...tag.value });
    else {
      problems.push({ code: tag.code, at: i, params: { tag: quoted(source), ...tag.params } });
      parts.push({ kind: 'broken', source });
    }
    i = close + 2;
  }
  if (text) parts.push({ kind: 'text', text });
  return { parts, problems };
}
