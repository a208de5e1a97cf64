/**
 * Renders a template in a context. Never throws, whatever the template and the capture:
 * it returns the value together with the template's problems (a value with any is for
 * the preview only) and the notes about this page.
 */
import { NOTION_LIMITS, isTimeZone, quoted } from '../notion-checks';
import type { TemplateContext } from './context';
import { applyFilter, type FilterEnv } from './filters';
import { parseTemplate, type TemplatePart } from './parse';
import type { TemplateNote, TemplateProblem } from './problems';
import { variableValue } from './variables';

export interface RenderResult {
  value: string;
  problems: TemplateProblem[];
  notes: TemplateNote[];
}

/**
 * The most text a property can hold (100 rich text items of 2000 characters): no value
 * is worth computing past it, and the bound keeps `replace` chains and long selections
 * from filling the worker's memory.
 */
export const MAX_RENDERED_LENGTH = NOTION_LIMITS.array * NOTION_LIMITS.textContent;

/** `text` cut to `max` code units, never between the halves of a surrogate pair. */
function cut(text: string, max: number): string {
  if (text.length <= max) return text;
  const high = text.charCodeAt(max - 1);
  return text.slice(0, high >= 0xd800 && high <= 0xdbff ? max - 1 : max);
}

/** The problems a template has on every page (for the rule editor and imports). */
export function checkTemplate(template: string): TemplateProblem[] {
  return parseTemplate(template).problems;
}

function renderTag(
  part: Extract<TemplatePart, { kind: 'tag' }>,
  context: TemplateContext,
  env: FilterEnv,
  notes: TemplateNote[],
): string {
  const tag = quoted(part.source);
  const found = variableValue(part.variable, context, env.timeZone);
  if (found.kind === 'none') notes.push({ code: 'noValue', params: { tag } });
  if (found.kind === 'notRead') notes.push({ code: 'notRead', params: { tag } });
  if (found.kind === 'badDate') notes.push({ code: 'notADate', params: { value: found.text } });
  if (found.kind !== 'value') return '';
  let value = cut(found.text, env.maxLength);
  for (const filter of part.filters) {
    const result = applyFilter(filter, value, env);
    if (result.note) notes.push(result.note);
    value = cut(result.value, env.maxLength);
  }
  return value;
}

/** Renders `template`; the time zone is the context's (UTC, with a problem, if invalid). */
export function renderTemplate(template: string, context: TemplateContext): RenderResult {
  const { parts, problems } = parseTemplate(template);
  const notes: TemplateNote[] = [];
  // `Intl` reads a missing zone as the machine's: only a named, known zone is used.
  const zoneKnown = typeof context.timeZone === 'string' && isTimeZone(context.timeZone);
  if (!zoneKnown) {
    problems.push({
      code: 'badTimeZone',
      at: 0,
      params: { zone: quoted(String(context.timeZone)) },
    });
  }
  const env: FilterEnv = {
    timeZone: zoneKnown ? context.timeZone : 'UTC',
    maxLength: MAX_RENDERED_LENGTH,
  };
  let value = '';
  for (const part of parts) {
    value +=
      part.kind === 'text'
        ? part.text
        : part.kind === 'broken'
          ? part.source
          : renderTag(part, context, env, notes);
    if (value.length > env.maxLength) {
      value = cut(value, env.maxLength);
      notes.push({ code: 'cut', params: { max: env.maxLength } });
      break;
    }
  }
  return { value, problems, notes };
}
