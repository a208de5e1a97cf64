/** Read-only views of the workspace for tests and people: pages with their block trees. */
import type { JsonObject } from '../json.ts';
import type { Integration, PageRecord } from '../model.ts';
import { renderBlock, renderPage } from '../render/objects.ts';
import type { Workspace } from '../workspace.ts';

/** A pseudo-integration that sees everything (the admin API is not an integration). */
export function omniscient(ws: Workspace): Integration {
  return {
    kind: 'internal',
    botId: 'emulator-admin',
    name: 'emulator admin',
    secret: '',
    capabilities: { read: true, update: true, insert: true, userInfo: 'with_email' },
    shared: new Set([...ws.objects.keys()]),
    userId: null,
    revoked: false,
  };
}

/** A rendered block with its children, recursively, in order (trashed blocks left out). */
export type BlockTree = JsonObject & { children: BlockTree[] };

export function blockTree(ws: Workspace, containerId: string): BlockTree[] {
  const container = ws.objects.get(containerId);
  if (!container || (container.kind !== 'page' && container.kind !== 'block')) return [];
  return container.childIds
    .filter((id) => {
      const child = ws.objects.get(id);
      return child !== undefined && child.kind !== 'view' && !child.inTrash;
    })
    .map((id) => {
      const child = ws.objects.get(id);
      // Child pages are listed, not expanded: their content belongs to them.
      const children = child?.kind === 'block' ? blockTree(ws, id) : [];
      return { ...renderBlock(ws, id), children };
    });
}

export interface PageFilter {
  /** Pages whose parent is this page, block or data source. */
  parent?: string;
  /** Pages in this data source (same as `parent` with a data source id). */
  dataSource?: string;
  includeTrashed?: boolean;
}

export function listPages(ws: Workspace, filter: PageFilter = {}): JsonObject[] {
  const all = omniscient(ws);
  const wanted = filter.dataSource ?? filter.parent;
  return [...ws.objects.values()]
    .filter((o): o is PageRecord => o.kind === 'page')
    .filter((p) => (filter.includeTrashed ? true : !p.inTrash))
    .filter(
      (p) => wanted === undefined || (p.parent.type !== 'workspace' && p.parent.id === wanted),
    )
    .sort((a, b) => a.createdTime - b.createdTime)
    .map((p) => renderPage(ws, all, p));
}

export function pageWithTree(
  ws: Workspace,
  id: string,
): { page: JsonObject; blocks: BlockTree[] } | null {
  const page = ws.objects.get(id);
  if (page?.kind !== 'page') return null;
  return { page: renderPage(ws, omniscient(ws), page), blocks: blockTree(ws, id) };
}
