/** Writes to the workspace, applied only after a request has passed validation. */
import { newId } from './ids.ts';
import type { Json, JsonObject } from './json.ts';
import type {
  BlockRecord,
  DataSourceRecord,
  DatabaseRecord,
  PageRecord,
  ParentRef,
  PropertySchema,
} from './model.ts';
import type { PlannedBlock } from './validate/blocks.ts';
import type { Workspace } from './workspace.ts';

export type Position = { type: 'start' } | { type: 'end' } | { type: 'after_block'; id: string };

function stamp(ws: Workspace, botId: string) {
  const now = ws.now();
  return {
    createdTime: now,
    lastEditedTime: now,
    createdBy: botId,
    lastEditedBy: botId,
    inTrash: false,
  };
}

function parentRefFor(ws: Workspace, containerId: string): ParentRef {
  return ws.objects.get(containerId)?.kind === 'page'
    ? { type: 'page_id', id: containerId }
    : { type: 'block_id', id: containerId };
}

function insertAt(list: string[], ids: string[], position: Position): void {
  if (position.type === 'start') list.unshift(...ids);
  else if (position.type === 'end') list.push(...ids);
  else list.splice(list.indexOf(position.id) + 1, 0, ...ids);
}

function createBlock(
  ws: Workspace,
  containerId: string,
  planned: PlannedBlock,
  botId: string,
): string {
  const block: BlockRecord = {
    kind: 'block',
    id: newId(),
    parent: parentRefFor(ws, containerId),
    type: planned.type,
    content: planned.content,
    childIds: [],
    ...stamp(ws, botId),
  };
  ws.add(block);
  block.childIds = planned.children.map((child) => createBlock(ws, block.id, child, botId));
  return block.id;
}

/** Stores planned blocks under a page or block; returns the new top-level ids in order. */
export function insertBlocks(
  ws: Workspace,
  containerId: string,
  planned: PlannedBlock[],
  position: Position,
  botId: string,
): string[] {
  const container = ws.objects.get(containerId);
  if (!container || (container.kind !== 'page' && container.kind !== 'block'))
    throw new Error(`emulator bug: ${containerId}`);
  const ids = planned.map((p) => createBlock(ws, containerId, p, botId));
  insertAt(container.childIds, ids, position);
  ws.touch(container, botId);
  return ids;
}

export interface NewPage {
  parent: ParentRef;
  properties: Record<string, JsonObject>;
  icon: Json;
  cover: Json;
  children: PlannedBlock[];
  position?: Position;
}

export function createPage(ws: Workspace, spec: NewPage, botId: string, id = newId()): PageRecord {
  const page: PageRecord = {
    kind: 'page',
    id,
    parent: spec.parent,
    properties: spec.properties,
    icon: spec.icon,
    cover: spec.cover,
    childIds: [],
    isLocked: false,
    ...stamp(ws, botId),
  };
  ws.add(page);
  // A page under a page or block is also a child_page block in its parent's content.
  if (spec.parent.type === 'page_id' || spec.parent.type === 'block_id') {
    const container = ws.objects.get(spec.parent.id);
    if (container && (container.kind === 'page' || container.kind === 'block')) {
      insertAt(container.childIds, [page.id], spec.position ?? { type: 'end' });
    }
  }
  page.childIds = spec.children.map((child) => createBlock(ws, page.id, child, botId));
  return page;
}

export interface NewDatabase {
  parent: ParentRef;
  title: Json[];
  description: Json[];
  icon: Json;
  cover: Json;
  isInline: boolean;
  dataSources: Array<{ id?: string; title: Json[]; properties: PropertySchema[] }>;
}

export function createDatabase(
  ws: Workspace,
  spec: NewDatabase,
  botId: string,
  id = newId(),
): DatabaseRecord {
  const db: DatabaseRecord = {
    kind: 'database',
    id,
    parent: spec.parent,
    title: spec.title,
    description: spec.description,
    icon: spec.icon,
    cover: spec.cover,
    isInline: spec.isInline,
    isLocked: false,
    dataSourceIds: [],
    ...stamp(ws, botId),
  };
  ws.add(db);
  for (const source of spec.dataSources) {
    const ds: DataSourceRecord = {
      kind: 'data_source',
      id: source.id ?? newId(),
      databaseId: db.id,
      title: source.title,
      description: [],
      properties: source.properties,
      ...stamp(ws, botId),
    };
    ws.add(ds);
    db.dataSourceIds.push(ds.id);
  }
  if (spec.parent.type === 'page_id') {
    const container = ws.objects.get(spec.parent.id);
    if (container?.kind === 'page') container.childIds.push(db.id);
  }
  return db;
}
