/**
 * Values that point at other things: people (user ids), relations (page ids of the
 * related data source) and files (a web address, or an upload made beforehand).
 */
import type { FileInput } from '../types';
import { fieldError, quoted, valueOf, type FieldOutcome } from './field-error';
import { toDashedId } from '../api/ids';
import { parseNotionInput } from '../targets/parse-input';
import type { PropertyRequest } from '../api/request-types';
import { NOTION_LIMITS } from '../api/limits';
import { parseWebUrl } from './text-values';

// Notion does not document a limit for file names; long ones make unreadable cells.
const MAX_FILE_NAME = 100;

function tooMany<V>(count: number): FieldOutcome<V> | null {
  return count > NOTION_LIMITS.array
    ? fieldError('notionFieldTooMany', { max: NOTION_LIMITS.array, count })
    : null;
}

function distinctIds(
  raw: readonly string[],
  read: (text: string) => string | null,
): { ids: string[] } | { bad: string } {
  const ids: string[] = [];
  for (const text of raw) {
    if (text.trim() === '') continue;
    const id = read(text.trim());
    if (!id) return { bad: text };
    if (!ids.includes(id)) ids.push(id);
  }
  return { ids };
}

export function peopleValue(raw: readonly string[]): FieldOutcome<PropertyRequest> {
  const result = distinctIds(raw, toDashedId);
  if ('bad' in result) return fieldError('notionFieldId', { value: quoted(result.bad) });
  if (result.ids.length === 0) return valueOf(undefined);
  return tooMany(result.ids.length) ?? valueOf({ people: result.ids.map((id) => ({ id })) });
}

// People paste related pages as ids or as links copied from Notion.
function pageIdOf(text: string): string | null {
  const [parsed] = parseNotionInput(text);
  return parsed?.ok ? parsed.id : null;
}

export function relationValue(raw: readonly string[]): FieldOutcome<PropertyRequest> {
  const result = distinctIds(raw, pageIdOf);
  if ('bad' in result) return fieldError('notionFieldId', { value: quoted(result.bad) });
  if (result.ids.length === 0) return valueOf(undefined);
  return tooMany(result.ids.length) ?? valueOf({ relation: result.ids.map((id) => ({ id })) });
}

/** A readable name for a linked file: the last part of its path, or its host. */
export function fileNameOf(url: string): string {
  try {
    const parsed = new URL(url);
    const last = parsed.pathname.split('/').filter(Boolean).pop();
    const name = last ? decodeURIComponent(last) : parsed.hostname;
    return name.slice(0, MAX_FILE_NAME) || 'file';
  } catch {
    return 'file';
  }
}

type FileRequest = Extract<PropertyRequest, { files: unknown }>['files'][number];

function fileRequest(file: FileInput): FileRequest | { bad: string } {
  const name = file.name?.trim().slice(0, MAX_FILE_NAME);
  if (file.kind === 'file_upload') {
    const id = toDashedId(file.id.trim());
    if (!id) return { bad: file.id };
    return { type: 'file_upload', file_upload: { id }, ...(name ? { name } : {}) };
  }
  const url = parseWebUrl(file.url);
  if (!url || url.length > NOTION_LIMITS.url) return { bad: file.url };
  return { type: 'external', external: { url }, name: name || fileNameOf(url) };
}

export function filesValue(files: readonly FileInput[]): FieldOutcome<PropertyRequest> {
  const requests: FileRequest[] = [];
  for (const file of files) {
    if (file.kind === 'external' && file.url.trim() === '') continue;
    const request = fileRequest(file);
    if ('bad' in request) {
      const key = file.kind === 'external' ? 'notionFieldFileUrl' : 'notionFieldId';
      return fieldError(key, { value: quoted(request.bad) });
    }
    requests.push(request);
  }
  if (requests.length === 0) return valueOf(undefined);
  return tooMany(requests.length) ?? valueOf({ files: requests });
}
