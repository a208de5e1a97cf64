import { APIErrorCode, APIResponseError } from '@notionhq/client';
import { describe, expect, it } from 'vitest';
import { capabilityFor } from './capability';
import { describeError } from './describe-error';
import { toStoredError } from './errors';

describe('capabilityFor', () => {
  it.each([
    ['GET', '/v1/pages/abc', 'read_content'],
    ['POST', '/v1/search', 'read_content'],
    ['POST', '/v1/data_sources/abc/query', 'read_content'],
    ['GET', '/v1/users', 'read_users'],
    ['POST', '/v1/pages', 'insert_content'],
    ['POST', 'v1/databases', 'insert_content'],
    ['PATCH', '/v1/blocks/abc/children', 'insert_content'],
    ['POST', '/v1/file_uploads/abc/send', 'insert_content'],
    ['PATCH', '/v1/pages/abc', 'update_content'],
    ['DELETE', '/v1/blocks/abc', 'update_content'],
    ['PATCH', '/v1/data_sources/abc', 'update_content'],
  ])('%s %s needs %s', (method, path, capability) => {
    expect(capabilityFor(method, path)).toBe(capability);
  });

  it('lets a stored 403 say which capability is off', () => {
    const forbidden = new APIResponseError({
      code: APIErrorCode.RestrictedResource,
      status: 403,
      message: 'Insufficient permissions for this endpoint.',
      headers: {},
      rawBodyText: '{}',
      additional_data: undefined,
      request_id: undefined,
    });
    const stored = toStoredError(forbidden, { method: 'PATCH', path: '/v1/blocks/x/children' });
    expect(stored.params).toEqual({ capability: 'insert_content' });
    const described = describeError(JSON.parse(JSON.stringify(stored)), 'en');
    expect(described.detail).toBe('The integration lacks the “Insert content” capability.');
    expect(describeError(stored, 'ko').detail).toBe('통합에 “콘텐츠 삽입” 기능이 없습니다.');
    expect(describeError(forbidden, 'en').detail).toBe(
      'Notion refused because the integration is missing a capability.',
    );
  });
});
