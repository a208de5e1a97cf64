/**
 * The value of one template variable in a context (`parse.ts` lists the variables).
 */
import type { TemplateContext } from './context';
import { ISO_FORMAT, formatMoment, momentAt } from './dates';
import type { VariableRef } from './parse';
import { readSchemaPath } from './schema-path';

export type VariableValue =
  | { kind: 'value'; text: string }
  /** The page has nothing for it. */
  | { kind: 'none' }
  /** The shell did not read what it comes from (`<meta>` or JSON-LD). */
  | { kind: 'notRead' }
  /** `{{date}}` of a capture whose time is not a time. */
  | { kind: 'badDate'; text: string };

/** The host without `www.`, or null when the address has none. */
export function domainOf(address: string): string | null {
  try {
    return new URL(address).hostname.replace(/^www\./, '') || null;
  } catch {
    return null;
  }
}

const valueOf = (text: string | null | undefined): VariableValue =>
  text && text.trim() !== '' ? { kind: 'value', text } : { kind: 'none' };

/** `timeZone` must be valid (`isTimeZone`): the renderer checks it once. */
export function variableValue(
  variable: VariableRef,
  context: TemplateContext,
  timeZone: string,
): VariableValue {
  const { metadata } = context;
  switch (variable.kind) {
    case 'meta': {
      const meta = context.meta;
      if (!meta) return { kind: 'notRead' };
      return valueOf(Object.hasOwn(meta, variable.name) ? meta[variable.name] : null);
    }
    case 'schema':
      return context.jsonLd
        ? valueOf(readSchemaPath(context.jsonLd, variable.path))
        : { kind: 'notRead' };
    case 'preset':
      break;
  }
  switch (variable.name) {
    case 'title':
      return valueOf(metadata.title);
    case 'url':
      return valueOf(metadata.url);
    case 'site':
      return valueOf(metadata.siteName?.trim() ? metadata.siteName : domainOf(metadata.url));
    case 'domain':
      return valueOf(domainOf(metadata.url));
    case 'author':
      return valueOf(metadata.author);
    case 'published':
      return valueOf(metadata.publishedTime);
    case 'description':
      return valueOf(metadata.description);
    case 'selection':
      return valueOf(context.selection);
    case 'date': {
      const moment = momentAt(context.now, timeZone);
      return moment
        ? { kind: 'value', text: formatMoment(moment, ISO_FORMAT) }
        : { kind: 'badDate', text: String(context.now) };
    }
  }
}
