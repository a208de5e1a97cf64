/** The API route table and path matching (ids in paths accepted dashed or bare). */
import { ApiError } from '../errors.ts';
import { normalizeId } from '../ids.ts';
import { preview } from '../validate/check.ts';
import { blockRoutes } from './blocks.ts';
import type { Route } from './context.ts';
import { dataSourceRoutes } from './data-sources.ts';
import { databaseRoutes } from './databases.ts';
import { fileUploadRoutes } from './file-uploads.ts';
import { pageRoutes } from './pages.ts';
import { searchRoutes } from './search.ts';
import { userRoutes } from './users.ts';

/** Order matters: `/v1/users/me` before `/v1/users/:user_id`. */
export const ROUTES: Route[] = [
  ...userRoutes,
  ...searchRoutes,
  ...databaseRoutes,
  ...dataSourceRoutes,
  ...pageRoutes,
  ...blockRoutes,
  ...fileUploadRoutes,
];

export interface Match {
  route: Route;
  params: Record<string, string>;
}

/** Finds the route; a malformed id in a path answers Notion's `path failed validation`. */
export function matchRoute(method: string, pathname: string): Match | null {
  const segments = pathname.replace(/\/+$/, '').split('/');
  for (const route of ROUTES) {
    if (route.method !== method) continue;
    const pattern = route.pattern.split('/');
    if (pattern.length !== segments.length) continue;
    const params: Record<string, string> = {};
    let ok = true;
    for (let i = 0; i < pattern.length && ok; i++) {
      const want = pattern[i] ?? '';
      const got = decodeURIComponent(segments[i] ?? '');
      if (want.startsWith(':')) params[want.slice(1)] = got;
      else ok = want === got;
    }
    if (!ok) continue;
    for (const [name, raw] of Object.entries(params)) {
      const id = normalizeId(raw);
      if (!id) {
        throw new ApiError(
          400,
          'validation_error',
          `path failed validation: path.${name} should be a valid uuid, instead was \`${preview(raw)}\`.`,
        );
      }
      params[name] = id;
    }
    return { route, params };
  }
  return null;
}
