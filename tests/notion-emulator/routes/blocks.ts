/**
 * `GET|PATCH|DELETE /v1/blocks/{id}`, `GET|PATCH /v1/blocks/{id}/children`.
 */
import { semanticError, validationError } from '../errors.ts';
import type { BlockRecord, PageRecord } from '../model.ts';
import { insertBlocks } from '../mutations.ts';
import { renderBlock, renderList } from '../render/objects.ts';
import {
  checkBlockCount,
  checkRowWidth,
  planChildren,
  type PlannedBlock,
} from '../validate/blocks.ts';
import { TAKES_CHILDREN } from '../validate/block-types.ts';
import { requireObject } from '../validate/check.ts';
import { markUploadsAttached, propertyContext, type Route } from './context.ts';
import { pageRequest, paginate } from './pagination.ts';
import { onlyKeys, parsePosition, requireNotTrashed } from './write-helpers.ts';

/** What an existing container accepts: rows into tables, columns into column lists. */
function checkFits(container: PageRecord | BlockRecord, planned: PlannedBlock[]): void {
  if (container.kind === 'page') {
    if (planned.some((b) => b.type === 'table_row' || b.type === 'column')) {
      throw semanticError(
        'Table rows and columns can only be appended to a table or a column list.',
      );
    }
    return;
  }
  const width = container.type === 'table' ? Number(container.content.table_width) : 0;
  planned.forEach((block, i) => {
    const wanted =
      container.type === 'table' ? 'table_row' : container.type === 'column_list' ? 'column' : null;
    if (wanted !== null && block.type !== wanted)
      throw semanticError(
        `A ${container.type} block only takes ${wanted} children; body.children[${i}] is a ${block.type}.`,
      );
    if (wanted === null && (block.type === 'table_row' || block.type === 'column')) {
      throw semanticError(
        `body.children[${i}] is a ${block.type}, which only a ${block.type === 'table_row' ? 'table' : 'column_list'} can hold.`,
      );
    }
    if (wanted === 'table_row') checkRowWidth(block, width, `body.children[${i}].table_row.cells`);
  });
  if (
    !['table', 'column_list', 'column'].includes(container.type) &&
    !TAKES_CHILDREN.has(container.type)
  ) {
    throw semanticError(`Block type ${container.type} does not support children.`);
  }
}

export const blockRoutes: Route[] = [
  {
    method: 'GET',
    pattern: '/v1/blocks/:block_id',
    capability: 'read',
    handler: ({ ws, integration, params }) => ({
      body: renderBlock(ws, ws.blockOrPage(integration, params.block_id ?? '').id),
    }),
  },
  {
    method: 'GET',
    pattern: '/v1/blocks/:block_id/children',
    capability: 'read',
    handler: ({ ws, integration, params, query, cursors }) => {
      const container = ws.blockOrPage(integration, params.block_id ?? '');
      const live = container.childIds.filter((id) => {
        const child = ws.objects.get(id);
        return child !== undefined && child.kind !== 'view' && !child.inTrash;
      });
      const { page, next } = paginate(live, pageRequest(query, 'query'), (id) => id, {
        book: cursors,
        listing: 'children',
        scope: container.id,
      });
      return {
        body: renderList(
          page.map((id) => renderBlock(ws, id)),
          next,
          'block',
        ),
      };
    },
  },
  {
    method: 'PATCH',
    pattern: '/v1/blocks/:block_id/children',
    capability: 'insert',
    handler: (ctx) => {
      const { ws, integration } = ctx;
      const container = ws.blockOrPage(integration, ctx.params.block_id ?? '');
      requireNotTrashed(ws, container.id);
      const body = requireObject(ctx.body, 'body');
      // `after` was replaced by `position` in 2026-03-11.
      onlyKeys(body, ['children', 'position']);
      const rt = propertyContext(ctx);
      const planned = planChildren(body.children, 'body.children', rt);
      checkBlockCount(planned);
      checkFits(container, planned);
      const position = parsePosition(body.position, container);
      const ids = insertBlocks(ws, container.id, planned, position, ws.actorOf(integration));
      markUploadsAttached(ctx, rt.usedUploads);
      return {
        body: renderList(
          ids.map((id) => renderBlock(ws, id)),
          null,
          'block',
        ),
        committed: { committed_child_ids: ids },
      };
    },
  },
  {
    // Update a block: its type's object (what is given replaces what was; `children`
    // is refused, they are appended instead), or `in_trash`. Its type cannot change.
    method: 'PATCH',
    pattern: '/v1/blocks/:block_id',
    capability: 'update',
    handler: (ctx) => {
      const { ws, integration } = ctx;
      const target = ws.blockOrPage(integration, ctx.params.block_id ?? '');
      if (target.kind !== 'block') {
        throw validationError(
          `Provided ID ${target.id} is a page, not a block. Use the update page API instead.`,
        );
      }
      const body = requireObject(ctx.body, 'body');
      onlyKeys(body, [target.type, 'in_trash']);
      if (body.in_trash === true || body.in_trash === false) {
        target.inTrash = body.in_trash;
        ws.touch(target, ws.actorOf(integration));
        return { body: renderBlock(ws, target.id) };
      }
      requireNotTrashed(ws, target.id);
      const given = requireObject(body[target.type], `body.${target.type}`);
      if ('children' in given) {
        throw validationError(`body.${target.type}.children should be not present.`);
      }
      const [planned] = planChildren(
        [{ type: target.type, [target.type]: given }],
        'body',
        propertyContext(ctx),
      );
      const updated: Record<string, unknown> = { ...target.content };
      for (const key of Object.keys(given)) updated[key] = planned!.content[key];
      target.content = updated as typeof target.content;
      ws.touch(target, ws.actorOf(integration));
      return { body: renderBlock(ws, target.id), committed: { committed_resource_id: target.id } };
    },
  },
  {
    method: 'DELETE',
    pattern: '/v1/blocks/:block_id',
    capability: 'update',
    handler: ({ ws, integration, params }) => {
      const target = ws.blockOrPage(integration, params.block_id ?? '');
      target.inTrash = true;
      ws.touch(target, ws.actorOf(integration));
      return { body: renderBlock(ws, target.id) };
    },
  },
];
