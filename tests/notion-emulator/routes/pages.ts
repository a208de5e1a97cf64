/** `POST /v1/pages`, `GET /v1/pages/{id}`, `PATCH /v1/pages/{id}`. */
import { ApiError, semanticError } from '../errors.ts';
import { newId, normalizeId } from '../ids.ts';
import { cloneJson, type JsonObject } from '../json.ts';
import type { ParentRef, PropertySchema } from '../model.ts';
import { createPage } from '../mutations.ts';
import { renderPage } from '../render/objects.ts';
import { checkBlockCount, planChildren } from '../validate/blocks.ts';
import {
  fail,
  onlyKeysAt,
  requireBoolean,
  requireEnum,
  requireObject,
  requireString,
} from '../validate/check.ts';
import { coverFromRequest, iconFromRequest } from '../validate/files.ts';
import { propertiesFromRequest } from '../validate/properties.ts';
import { addNewOptions } from '../validate/property-values.ts';
import { checkSchemaSize, mintPropertyId } from '../validate/schema.ts';
import type { Workspace } from '../workspace.ts';
import { markUploadsAttached, propertyContext, type Route, type RouteContext } from './context.ts';
import { onlyKeys, parsePosition, requireNotTrashed } from './write-helpers.ts';

const PARENT_KINDS = ['page_id', 'data_source_id', 'database_id', 'workspace'] as const;

/** Resolves `body.parent` to where the page goes and the schema its properties follow. */
function resolveParent(
  ctx: RouteContext,
  raw: unknown,
): { parent: ParentRef; schema: PropertySchema[] | null } {
  const { ws, integration } = ctx;
  const parent = requireObject(raw, 'body.parent');
  const kind = requireEnum(
    parent.type ?? PARENT_KINDS.find((k) => parent[k] !== undefined),
    PARENT_KINDS,
    'body.parent.type',
  );
  onlyKeysAt(parent, ['type', kind], 'body.parent');
  if (kind === 'workspace')
    throw semanticError(
      'Internal integrations cannot create pages at the workspace level; choose a parent page.',
    );
  const id = normalizeId(requireString(parent[kind], `body.parent.${kind}`));
  if (!id) fail(`body.parent.${kind}`, 'a valid uuid', parent[kind]);
  if (kind === 'page_id') {
    requireNotTrashed(ws, ws.page(integration, id).id);
    return { parent: { type: 'page_id', id }, schema: null };
  }
  let dsId = id;
  if (kind === 'database_id') {
    const db = ws.database(integration, id);
    const [only, ...others] = db.dataSourceIds;
    if (only === undefined || others.length > 0) {
      throw semanticError(
        `Database with ID: ${id} has ${db.dataSourceIds.length} data sources. Use a data_source_id parent to say which one.`,
      );
    }
    dsId = only;
  }
  const ds = ws.dataSource(integration, dsId);
  requireNotTrashed(ws, ds.id);
  return { parent: { type: 'data_source_id', id: ds.id }, schema: ds.properties };
}

/**
 * Adds the options a write names for the first time to its data source's schema, unless
 * that would grow the schema past Notion's size limit (then nothing changes).
 */
function commitOptions(ws: Workspace, parent: ParentRef, values: Record<string, JsonObject>): void {
  if (parent.type !== 'data_source_id') return;
  const ds = ws.objects.get(parent.id);
  if (ds?.kind !== 'data_source') return;
  const grown = cloneJson(ds.properties);
  for (const prop of grown) {
    const value = values[prop.id];
    if (value) addNewOptions(prop, value, mintPropertyId);
  }
  checkSchemaSize(grown);
  ds.properties = grown;
}

export const pageRoutes: Route[] = [
  {
    method: 'POST',
    pattern: '/v1/pages',
    capability: 'insert',
    handler: (ctx) => {
      const { ws, integration } = ctx;
      const body = requireObject(ctx.body, 'body');
      onlyKeys(body, ['parent', 'properties', 'children', 'icon', 'cover', 'position', 'markdown']);
      if (body.markdown !== undefined) {
        throw new ApiError(
          400,
          'invalid_request',
          'The emulator does not support `markdown` page content; send `children` blocks.',
        );
      }
      if (body.parent === undefined) fail('body.parent', 'defined', undefined);
      const { parent, schema } = resolveParent(ctx, body.parent);
      const rt = propertyContext(ctx);
      const properties =
        body.properties === undefined ? {} : propertiesFromRequest(body.properties, schema, rt);
      const children =
        body.children === undefined ? [] : planChildren(body.children, 'body.children', rt);
      checkBlockCount(children);
      const icon = body.icon === undefined ? null : iconFromRequest(body.icon, 'body.icon', rt);
      const cover =
        body.cover === undefined ? null : coverFromRequest(body.cover, 'body.cover', rt);
      let position;
      if (body.position !== undefined) {
        if (parent.type !== 'page_id')
          throw semanticError('body.position applies only to pages created under a page.');
        position = parsePosition(body.position, ws.page(integration, parent.id), {
          start: 'page_start',
          end: 'page_end',
        });
      }
      commitOptions(ws, parent, properties);
      const page = createPage(
        ws,
        { parent, properties, icon, cover, children, position },
        ws.actorOf(integration),
        newId(),
      );
      markUploadsAttached(ctx, rt.usedUploads);
      return {
        body: renderPage(ws, integration, page),
        committed: { committed_resource_id: page.id },
      };
    },
  },
  {
    method: 'GET',
    pattern: '/v1/pages/:page_id',
    capability: 'read',
    handler: ({ ws, integration, params }) => ({
      body: renderPage(ws, integration, ws.page(integration, params.page_id ?? '')),
    }),
  },
  {
    method: 'PATCH',
    pattern: '/v1/pages/:page_id',
    capability: 'update',
    handler: (ctx) => {
      const { ws, integration } = ctx;
      const page = ws.page(integration, ctx.params.page_id ?? '');
      const body = requireObject(ctx.body ?? {}, 'body');
      // `archived` was renamed `in_trash` in 2026-03-11.
      onlyKeys(body, ['properties', 'icon', 'cover', 'in_trash', 'is_locked']);
      const restoring = body.in_trash === false;
      if (!restoring) requireNotTrashed(ws, page.id);
      const ds = page.parent.type === 'data_source_id' ? ws.objects.get(page.parent.id) : undefined;
      const rt = propertyContext(ctx);
      const values =
        body.properties === undefined
          ? {}
          : propertiesFromRequest(
              body.properties,
              ds?.kind === 'data_source' ? ds.properties : null,
              rt,
            );
      const icon =
        body.icon === undefined ? undefined : iconFromRequest(body.icon, 'body.icon', rt);
      const cover =
        body.cover === undefined ? undefined : coverFromRequest(body.cover, 'body.cover', rt);
      const inTrash =
        body.in_trash === undefined ? undefined : requireBoolean(body.in_trash, 'body.in_trash');
      const locked =
        body.is_locked === undefined ? undefined : requireBoolean(body.is_locked, 'body.is_locked');
      commitOptions(ws, page.parent, values);
      Object.assign(page.properties, values);
      if (icon !== undefined) page.icon = icon;
      if (cover !== undefined) page.cover = cover;
      if (inTrash !== undefined) page.inTrash = inTrash;
      if (locked !== undefined) page.isLocked = locked;
      ws.touch(page, ws.actorOf(integration));
      markUploadsAttached(ctx, rt.usedUploads);
      return { body: renderPage(ws, integration, page) };
    },
  },
];
