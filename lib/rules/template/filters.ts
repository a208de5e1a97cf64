/**
 * Template filters, applied left to right: `{{title|lower|slice:0,50}}`.
 *
 * | filter | does |
 * | --- | --- |
 * | `lower`, `upper` | changes case, the same in every language setting |
 * | `trim` | removes white space at both ends |
 * | `slice:start,end` | characters from `start` to before `end` (negative: from the end; `end` optional), never splitting an emoji |
 * | `date:FORMAT` | reads the value as a date and writes it in `FORMAT` (`dates.ts`); `date` alone is `YYYY-MM-DD` |
 * | `replace:"old","new"` | replaces every `old` with `new`, as plain text (not a pattern) |
 *
 * Arguments are separated by commas; quote one (`"…"` or `'…'`, with `\"` and `\\`) to
 * hold a comma, a `|` or a `}}`.
 */
import { quoted } from '../notion-checks';
import { formatMoment, isDateFormat, readMoment } from './dates';
import type { TemplateNote } from './problems';

export const FILTER_NAMES = ['lower', 'upper', 'trim', 'slice', 'date', 'replace'] as const;
export type FilterName = (typeof FILTER_NAMES)[number];

export interface FilterCall {
  name: FilterName;
  args: string[];
}

export interface FilterEnv {
  /** A valid IANA zone (the renderer checks it). */
  timeZone: string;
  /** Longest value worth computing: more could never be sent. */
  maxLength: number;
}

export interface FilterResult {
  value: string;
  note?: TemplateNote;
}

const INTEGER = /^[+-]?\d{1,9}$/;

interface FilterSpec {
  /** How the filter is written, for the sentence when it is written otherwise. */
  usage: string;
  accepts(args: readonly string[]): boolean;
  apply(value: string, args: readonly string[], env: FilterEnv): FilterResult;
}

/** `value` with every `search` replaced, stopping once the result passes `cap`. */
function replaceBounded(value: string, search: string, replacement: string, cap: number): string {
  let out = '';
  let from = 0;
  for (let at = value.indexOf(search); at >= 0; at = value.indexOf(search, from)) {
    out += value.slice(from, at) + replacement;
    from = at + search.length;
    if (out.length > cap) return out;
  }
  return out + value.slice(from);
}

const none = (args: readonly string[]) => args.length === 0;

const SPECS: Record<FilterName, FilterSpec> = {
  lower: { usage: 'lower', accepts: none, apply: (v) => ({ value: v.toLowerCase() }) },
  upper: { usage: 'upper', accepts: none, apply: (v) => ({ value: v.toUpperCase() }) },
  trim: { usage: 'trim', accepts: none, apply: (v) => ({ value: v.trim() }) },
  slice: {
    usage: 'slice:start,end',
    accepts: (args) => args.length >= 1 && args.length <= 2 && args.every((a) => INTEGER.test(a)),
    apply: (value, args) => {
      // By code point, not UTF-16 unit: half an emoji is a character Notion shows as "?".
      const chars = Array.from(value);
      const [start, end] = args.map(Number);
      return { value: chars.slice(start, end).join('') };
    },
  },
  date: {
    usage: 'date:"YYYY-MM-DD"',
    accepts: (args) => args.length === 0 || (args.length === 1 && isDateFormat(args[0]!)),
    apply: (value, args, env) => {
      const moment = readMoment(value, env.timeZone);
      if (!moment)
        return { value: '', note: { code: 'notADate', params: { value: quoted(value) } } };
      return { value: formatMoment(moment, args[0] ?? 'YYYY-MM-DD') };
    },
  },
  replace: {
    usage: 'replace:"old","new"',
    accepts: (args) => args.length === 2 && args[0] !== '',
    apply: (value, args, env) => ({
      value: replaceBounded(value, args[0]!, args[1]!, env.maxLength),
    }),
  },
};

export function isFilterName(name: string): name is FilterName {
  return (FILTER_NAMES as readonly string[]).includes(name);
}

/** How a filter is written (`slice:start,end`). */
export function filterUsage(name: FilterName): string {
  return SPECS[name].usage;
}

/** Whether a filter's arguments are ones it takes. */
export function filterAccepts(call: FilterCall): boolean {
  return SPECS[call.name].accepts(call.args);
}

/** Applies a filter whose arguments were accepted. */
export function applyFilter(call: FilterCall, value: string, env: FilterEnv): FilterResult {
  return SPECS[call.name].apply(value, call.args, env);
}
