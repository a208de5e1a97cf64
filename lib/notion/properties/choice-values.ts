/**
 * Select, multi-select and status values. Notion refuses option names with commas or over
 * 100 characters; a
 * multi-select field reads a comma as a separator between names (as Notion's own tag
 * input does), a single select refuses it. Existing options are matched without regard
 * to case so that "article" lands on the existing "Article" instead of a near-twin.
 */
import { fieldError, quoted, valueOf, type FieldOutcome } from './field-error';
import type { PropertyRequest } from '../api/request-types';
import { NOTION_LIMITS } from '../api/limits';

export interface OptionLike {
  name: string;
}

function tooLong<V>(names: readonly string[]): FieldOutcome<V> | null {
  const long = names.find((n) => n.length > NOTION_LIMITS.optionName);
  return long === undefined
    ? null
    : fieldError('notionFieldTooLong', { max: NOTION_LIMITS.optionName, length: long.length });
}

function existing(options: readonly OptionLike[], name: string): OptionLike | undefined {
  const wanted = name.toLocaleLowerCase();
  return (
    options.find((o) => o.name === name) ??
    options.find((o) => o.name.toLocaleLowerCase() === wanted)
  );
}

/** Names as typed → distinct option names (split at commas, trimmed, matched to options). */
export function optionNames(names: readonly string[], options: readonly OptionLike[]): string[] {
  const out: string[] = [];
  const seen = new Set<string>();
  for (const name of names.flatMap((n) => n.split(','))) {
    const trimmed = name.replace(/\s+/g, ' ').trim();
    if (trimmed === '') continue;
    const chosen = existing(options, trimmed)?.name ?? trimmed;
    if (seen.has(chosen.toLocaleLowerCase())) continue;
    seen.add(chosen.toLocaleLowerCase());
    out.push(chosen);
  }
  return out;
}

export function selectValue(
  name: string | null,
  options: readonly OptionLike[],
): FieldOutcome<PropertyRequest> {
  const trimmed = (name ?? '').replace(/\s+/g, ' ').trim();
  if (trimmed === '') return valueOf(undefined);
  if (trimmed.includes(',')) return fieldError('notionFieldComma');
  const chosen = existing(options, trimmed)?.name ?? trimmed;
  return tooLong([chosen]) ?? valueOf({ select: { name: chosen } });
}

export function multiSelectValue(
  names: readonly string[],
  options: readonly OptionLike[],
): FieldOutcome<PropertyRequest> {
  const chosen = optionNames(names, options);
  if (chosen.length === 0) return valueOf(undefined);
  if (chosen.length > NOTION_LIMITS.array) {
    return fieldError('notionFieldTooMany', { max: NOTION_LIMITS.array, count: chosen.length });
  }
  return tooLong(chosen) ?? valueOf({ multi_select: chosen.map((n) => ({ name: n })) });
}

/** Status options cannot be created through the API: only existing ones are accepted. */
export function statusValue(
  name: string | null,
  options: readonly OptionLike[],
): FieldOutcome<PropertyRequest> {
  const trimmed = (name ?? '').trim();
  if (trimmed === '') return valueOf(undefined);
  const match = existing(options, trimmed);
  if (!match) {
    return fieldError('notionFieldStatus', {
      value: quoted(trimmed),
      options: options.map((o) => o.name).join(', '),
    });
  }
  return valueOf({ status: { name: match.name } });
}
