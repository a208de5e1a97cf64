import type { Capability } from './errors';

/**
 * The capability a request needs, from its method and path: what a 403
 * `restricted_resource` on it means is missing. Notion's capabilities are "read
 * content", "update content", "insert content" and "read user information".
 */
export function capabilityFor(method: string, path: string): Capability {
  const verb = method.toUpperCase();
  const route = path.replace(/^\/?(v1\/)?/, '/').replace(/\?.*$/, '');
  if (route.startsWith('/users')) return 'read_users';
  if (verb === 'GET' || route === '/search' || route.endsWith('/query')) return 'read_content';
  // Appending blocks, creating pages and databases, uploading files: new content.
  if (
    (verb === 'PATCH' && route.endsWith('/children')) ||
    (verb === 'POST' && /^\/(pages|databases|data_sources|file_uploads|comments)\b/.test(route))
  ) {
    return 'insert_content';
  }
  return 'update_content';
}
