/** `GET/POST /v1/databases`, `GET /v1/views/{id}`. */
import { semanticError } from '../errors.ts';
import { newId } from '../ids.ts';
import { createDatabase } from '../mutations.ts';
import { renderDatabase, renderView } from '../render/objects.ts';
import {
  onlyKeysAt,
  requireBoolean,
  requireEnum,
  requireObject,
  requireString,
} from '../validate/check.ts';
import { coverFromRequest, iconFromRequest } from '../validate/files.ts';
import { plainRichText, richTextFromRequest } from '../validate/rich-text.ts';
import { mintPropertyId, schemaFromRequest } from '../validate/schema.ts';
import { normalizeId } from '../ids.ts';
import { markUploadsAttached, propertyContext, type Route } from './context.ts';
import { onlyKeys } from './write-helpers.ts';

export const databaseRoutes: Route[] = [
  {
    method: 'GET',
    pattern: '/v1/databases/:database_id',
    capability: 'read',
    handler: ({ ws, integration, params }) => ({
      body: renderDatabase(ws, ws.database(integration, params.database_id ?? '')),
    }),
  },
  {
    method: 'POST',
    pattern: '/v1/databases',
    capability: 'insert',
    handler: (ctx) => {
      const { ws, integration } = ctx;
      const body = requireObject(ctx.body, 'body');
      onlyKeys(body, [
        'parent',
        'title',
        'description',
        'is_inline',
        'initial_data_source',
        'icon',
        'cover',
      ]);
      const parent = requireObject(body.parent, 'body.parent');
      const kind = requireEnum(
        parent.type ?? (parent.page_id !== undefined ? 'page_id' : 'workspace'),
        ['page_id', 'workspace'] as const,
        'body.parent.type',
      );
      onlyKeysAt(parent, ['type', kind], 'body.parent');
      if (kind === 'workspace')
        throw semanticError(
          'Internal integrations cannot create databases at the workspace level; choose a parent page.',
        );
      const pageId = normalizeId(requireString(parent.page_id, 'body.parent.page_id'));
      if (!pageId) throw semanticError(`body.parent.page_id should be a valid uuid.`);
      const page = ws.page(integration, pageId);
      const rt = propertyContext(ctx);
      const title =
        body.title === undefined ? [] : richTextFromRequest(body.title, 'body.title', rt);
      const description =
        body.description === undefined
          ? []
          : richTextFromRequest(body.description, 'body.description', rt);
      const initial =
        body.initial_data_source === undefined
          ? { properties: { Name: { title: {} } } }
          : requireObject(body.initial_data_source, 'body.initial_data_source');
      onlyKeysAt(initial, ['properties'], 'body.initial_data_source');
      const properties = schemaFromRequest(
        initial.properties ?? { Name: { title: {} } },
        'body.initial_data_source.properties',
        {
          mintId: mintPropertyId,
          relationTarget: (id) => {
            const ds = ws.dataSource(integration, id);
            return { databaseId: ds.databaseId, dataSourceId: ds.id };
          },
        },
      );
      const db = createDatabase(
        ws,
        {
          parent: { type: 'page_id', id: page.id },
          title,
          description,
          icon: body.icon === undefined ? null : iconFromRequest(body.icon, 'body.icon', rt),
          cover: body.cover === undefined ? null : coverFromRequest(body.cover, 'body.cover', rt),
          isInline:
            body.is_inline === undefined ? false : requireBoolean(body.is_inline, 'body.is_inline'),
          dataSources: [{ title: title.length ? title : plainRichText(''), properties }],
        },
        ws.actorOf(integration),
        newId(),
      );
      markUploadsAttached(ctx, rt.usedUploads);
      return { body: renderDatabase(ws, db), committed: { committed_resource_id: db.id } };
    },
  },
  {
    method: 'GET',
    pattern: '/v1/views/:view_id',
    capability: 'read',
    handler: ({ ws, integration, params }) => ({
      body: renderView(ws, ws.view(integration, params.view_id ?? '')),
    }),
  },
];
