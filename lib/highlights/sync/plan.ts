/**
 * The sync's pure core: from what the person has (the page's highlights) and what
 * Notion has (the synced blocks), the requests that make Notion match — a new highlight
 * is appended, a changed colour or note updates its block, a deleted highlight deletes
 * its block. New highlights waiting together go in one append.
 */
import { NOTION_LIMITS } from '../../notion/api/limits';
import type { Highlight } from '../model';
import type { AppendItem, SyncedBlock, SyncOp } from './model';

/**
 * Characters of passage and note one append carries at most: Notion takes 500 KB a
 * request, and a highlight's passage and note are each up to a few thousand characters.
 */
export const APPEND_CHARACTERS = 200_000;

const noteOf = (h: Highlight) => h.note ?? null;

/** The requests, in the order they are sent; empty when Notion already matches. */
export function planSync(
  desired: readonly Highlight[],
  synced: Readonly<Record<string, SyncedBlock>>,
): SyncOp[] {
  const ops: SyncOp[] = [];
  let batch: AppendItem[] = [];
  let size = 0;
  for (const highlight of desired) {
    if (synced[highlight.id]) continue;
    const weight = highlight.target.quote.exact.length + (highlight.note?.length ?? 0);
    if (
      batch.length === NOTION_LIMITS.array ||
      (batch.length > 0 && size + weight > APPEND_CHARACTERS)
    ) {
      ops.push({ kind: 'append', items: batch });
      batch = [];
      size = 0;
    }
    batch.push({ id: highlight.id, color: highlight.color, note: noteOf(highlight) });
    size += weight;
  }
  if (batch.length > 0) ops.push({ kind: 'append', items: batch });
  for (const highlight of desired) {
    const block = synced[highlight.id];
    if (!block) continue;
    if (block.color === highlight.color && block.note === noteOf(highlight)) continue;
    ops.push({
      kind: 'update',
      id: highlight.id,
      blockId: block.blockId,
      color: highlight.color,
      note: noteOf(highlight),
    });
  }
  const kept = new Set(desired.map((h) => h.id));
  for (const [id, block] of Object.entries(synced)) {
    if (!kept.has(id)) ops.push({ kind: 'delete', id, blockId: block.blockId });
  }
  return ops;
}

/** How many highlights wait for Notion (new, changed or deleted), for the popup. */
export function pendingCount(
  desired: readonly Highlight[],
  synced: Readonly<Record<string, SyncedBlock>>,
): number {
  return planSync(desired, synced).reduce(
    (sum, op) => sum + (op.kind === 'append' ? op.items.length : 1),
    0,
  );
}
