/** `GET /v1/data_sources/{id}` and `POST /v1/data_sources/{id}/query`. */
import type { PageRecord } from '../model.ts';
import { renderDataSource, renderList, renderPage } from '../render/objects.ts';
import { requireBoolean, requireObject } from '../validate/check.ts';
import type { Route } from './context.ts';
import { pageRequest, paginate } from './pagination.ts';
import { buildFilter, buildSort } from './query-filter.ts';
import { onlyKeys } from './write-helpers.ts';

export const dataSourceRoutes: Route[] = [
  {
    method: 'GET',
    pattern: '/v1/data_sources/:data_source_id',
    capability: 'read',
    handler: ({ ws, integration, params }) => ({
      body: renderDataSource(ws, ws.dataSource(integration, params.data_source_id ?? '')),
    }),
  },
  {
    method: 'POST',
    pattern: '/v1/data_sources/:data_source_id/query',
    capability: 'read',
    handler: ({ ws, integration, params, body, cursors }) => {
      const ds = ws.dataSource(integration, params.data_source_id ?? '');
      const req = body === undefined ? {} : requireObject(body, 'body');
      // 2026-03-11 takes `in_trash` only: `archived` is refused like any unknown key.
      onlyKeys(req, ['sorts', 'filter', 'start_cursor', 'page_size', 'in_trash', 'result_type']);
      const inTrash =
        req.in_trash === undefined ? false : requireBoolean(req.in_trash, 'body.in_trash');
      const filter =
        req.filter === undefined
          ? () => true
          : buildFilter(req.filter, 'body.filter', ws, integration, ds);
      const rows = [...ws.objects.values()].filter(
        (o): o is PageRecord =>
          o.kind === 'page' &&
          o.parent.type === 'data_source_id' &&
          o.parent.id === ds.id &&
          o.inTrash === inTrash,
      );
      // Without sorts, newest rows first (Notion's default for API queries is not documented).
      rows.sort(
        req.sorts === undefined
          ? (a, b) => b.createdTime - a.createdTime
          : buildSort(req.sorts, ws, integration, ds),
      );
      const { page, next } = paginate(rows.filter(filter), pageRequest(req, 'body'), (p) => p.id, {
        book: cursors,
        listing: 'query',
        scope: ds.id,
      });
      return {
        body: renderList(
          page.map((p) => renderPage(ws, integration, p)),
          next,
          'page_or_data_source',
        ),
      };
    },
  },
];
