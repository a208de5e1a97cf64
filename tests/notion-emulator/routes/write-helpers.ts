/** Checks shared by the write endpoints. */
import { semanticError } from '../errors.ts';
import type { PageRecord, BlockRecord } from '../model.ts';
import { normalizeId } from '../ids.ts';
import type { Workspace } from '../workspace.ts';
import { fail, requireEnum, onlyKeysAt, requireObject, requireString } from '../validate/check.ts';
import type { Position } from '../mutations.ts';

/** Rejects body keys the endpoint does not take (Notion answers "should be not present"). */
export function onlyKeys(body: Record<string, unknown>, allowed: readonly string[]): void {
  onlyKeysAt(body, allowed, 'body');
}

/** Notion refuses to write under something in the trash. */
export function requireNotTrashed(ws: Workspace, id: string): void {
  if (ws.isTrashed(id)) {
    throw semanticError(
      "Can't edit block that is archived. You must unarchive the block before editing.",
    );
  }
}

/**
 * `position` of an append (2026-03-11): `{type:'end'}`, `{type:'start'}` or
 * `{type:'after_block', after_block:{id}}` naming a current child of the container.
 * `startName`/`endName` differ for page creation (`page_start` / `page_end`).
 */
export function parsePosition(
  raw: unknown,
  container: PageRecord | BlockRecord,
  names: { start: string; end: string } = { start: 'start', end: 'end' },
): Position {
  if (raw === undefined) return { type: 'end' };
  const obj = requireObject(raw, 'body.position');
  const type = requireEnum(
    obj.type,
    [names.end, names.start, 'after_block'] as const,
    'body.position.type',
  );
  onlyKeysAt(obj, type === 'after_block' ? ['type', 'after_block'] : ['type'], 'body.position');
  if (type === names.end) return { type: 'end' };
  if (type === names.start) return { type: 'start' };
  const after = requireObject(obj.after_block, 'body.position.after_block');
  onlyKeysAt(after, ['id'], 'body.position.after_block');
  const id = normalizeId(requireString(after.id, 'body.position.after_block.id'));
  if (!id) fail('body.position.after_block.id', 'a valid uuid', after.id);
  if (!container.childIds.includes(id)) {
    throw semanticError(
      `Block with ID: ${id} is not a child of ${container.id}, so nothing can be placed after it.`,
    );
  }
  return { type: 'after_block', id };
}
