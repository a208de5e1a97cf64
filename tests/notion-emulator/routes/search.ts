/** `POST /v1/search`: pages and data sources shared with the integration, by title. */
import type { JsonObject } from '../json.ts';
import type { DataSourceRecord, PageRecord } from '../model.ts';
import { isObject } from '../json.ts';
import { renderDataSource, renderList, renderPage } from '../render/objects.ts';
import { titleOfObject } from '../render/common.ts';
import {
  onlyKeysAt,
  requireBoolean,
  requireEnum,
  requireObject,
  requireString,
} from '../validate/check.ts';
import type { Route } from './context.ts';
import { pageRequest, paginate } from './pagination.ts';
import { onlyKeys } from './write-helpers.ts';

export const searchRoutes: Route[] = [
  {
    method: 'POST',
    pattern: '/v1/search',
    capability: 'read',
    handler: ({ ws, integration, body, cursors }) => {
      const req = body === undefined ? {} : requireObject(body, 'body');
      onlyKeys(req, ['query', 'sort', 'filter', 'start_cursor', 'page_size']);
      const query =
        req.query === undefined ? '' : requireString(req.query, 'body.query').toLowerCase();
      let only: 'page' | 'data_source' | undefined;
      let inTrash = false;
      if (req.filter !== undefined) {
        const filter = requireObject(req.filter, 'body.filter');
        onlyKeysAt(filter, ['property', 'value', 'in_trash'], 'body.filter');
        if (filter.property !== undefined || filter.value !== undefined) {
          requireEnum(filter.property, ['object'] as const, 'body.filter.property');
          // Since 2025-09-03 the filter value is `data_source`; `database` is rejected.
          only = requireEnum(filter.value, ['page', 'data_source'] as const, 'body.filter.value');
        }
        if (filter.in_trash !== undefined)
          inTrash = requireBoolean(filter.in_trash, 'body.filter.in_trash');
      }
      let direction: 'ascending' | 'descending' = 'descending';
      if (req.sort !== undefined) {
        const sort = requireObject(req.sort, 'body.sort');
        if (sort.timestamp !== undefined) {
          requireEnum(sort.timestamp, ['last_edited_time'] as const, 'body.sort.timestamp');
          direction = requireEnum(
            sort.direction,
            ['ascending', 'descending'] as const,
            'body.sort.direction',
          );
        }
      }
      const matches = [...ws.objects.values()].filter(
        (obj): obj is PageRecord | DataSourceRecord => {
          if (obj.kind !== 'page' && obj.kind !== 'data_source') return false;
          if (only && obj.kind !== only) return false;
          if (ws.isTrashed(obj.id) !== inTrash || !ws.isVisible(integration, obj.id)) return false;
          return titleOfObject(ws, obj).toLowerCase().includes(query);
        },
      );
      matches.sort((a, b) =>
        direction === 'descending'
          ? b.lastEditedTime - a.lastEditedTime
          : a.lastEditedTime - b.lastEditedTime,
      );
      const { page, next } = paginate(
        matches,
        pageRequest(isObject(req) ? req : {}, 'body'),
        (o) => o.id,
        { book: cursors, listing: 'search', scope: integration.botId },
      );
      const results: JsonObject[] = page.map((obj) =>
        obj.kind === 'page' ? renderPage(ws, integration, obj) : renderDataSource(ws, obj),
      );
      return { body: renderList(results, next, 'page_or_data_source') };
    },
  },
];
