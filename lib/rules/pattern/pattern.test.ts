import { describe, expect, it } from 'vitest';
import type { RulePattern } from '../model';
import { compilePattern } from './compile';
import { readHostPattern } from './host';
import { readPathGlob } from './path';

function matches(pattern: RulePattern, address: string): boolean {
  const outcome = compilePattern(pattern);
  if (!outcome.ok) throw new Error(JSON.stringify(outcome.refusal));
  return outcome.matcher.test(new URL(address));
}

const site = (host: string, path?: string): RulePattern => ({ kind: 'site', host, path });

describe('hosts', () => {
  it.each([
    ['example.com', 'https://example.com/a', true],
    ['example.com', 'https://www.example.com/a', true],
    ['www.example.com', 'https://example.com/', true],
    ['example.com', 'https://blog.example.com/', false],
    ['example.com', 'https://notexample.com/', false],
    ['Example.COM', 'https://example.com/', true],
    ['example.com.', 'https://example.com./', true],
    ['*.example.com', 'https://example.com/', true],
    ['*.example.com', 'https://a.b.example.com/', true],
    ['*.example.com', 'https://badexample.com/', false],
    ['*', 'https://anything.org/', true],
    ['*', 'file:///tmp/a.pdf', false],
    ['뉴스.kr', 'https://xn--vg1b002a.kr/', true],
    ['xn--vg1b002a.kr', 'https://뉴스.kr/', true],
    ['127.0.0.1', 'http://127.0.0.1:8080/x', true],
  ])('%s for %s: %s', (host, address, expected) => {
    expect(matches(site(host), address)).toBe(expected);
  });

  it.each([
    ['', 'emptyPattern', {}],
    ['   ', 'emptyPattern', {}],
    ['https://example.com/a', 'hostHasScheme', { host: 'example.com' }],
    ['example.com/blog', 'hostHasPath', { host: 'example.com', path: '/blog' }],
    ['example.com:8080', 'hostHasPort', { host: 'example.com' }],
    ['www.*.com', 'hostWildcard', { host: 'www.*.com' }],
    ['*example.com', 'hostWildcard', { host: '*example.com' }],
    ['user@example.com', 'hostInvalid', { host: 'user@example.com' }],
    ['exa mple.com', 'hostInvalid', { host: 'exa mple.com' }],
    ['a'.repeat(254), 'patternTooLong', { max: 253, length: 254 }],
  ])('refuses %j: %s', (host, code, params) => {
    const outcome = readHostPattern(host);
    expect(outcome.ok ? null : outcome.refusal).toEqual({ code, field: 'host', params });
  });
});

describe('path globs', () => {
  it.each([
    ['/blog/*', 'https://e.com/blog/post', true],
    ['/blog/*', 'https://e.com/blog/', true],
    ['/blog/*', 'https://e.com/blog/a/b', false],
    ['/blog/**', 'https://e.com/blog/a/b', true],
    ['/blog/*', 'https://e.com/blog/post?utm_source=x', true],
    ['/blog/*', 'https://e.com/blogs/post', false],
    ['**/amp', 'https://e.com/news/2024/amp', true],
    ['/watch?v=*', 'https://youtube.com/watch?v=abc&t=9', true],
    ['/watch?v=*', 'https://youtube.com/watch', false],
    ['/search?q=*', 'https://e.com/search?q=a/b', true],
    ['/a b/*', 'https://e.com/a%20b/x', true],
    ['/뉴스/*', 'https://e.com/%EB%89%B4%EC%8A%A4/1', true],
    ['/Blog', 'https://e.com/blog', false],
    ['/x', 'https://e.com/x#section', true],
  ])('%s for %s: %s', (path, address, expected) => {
    expect(matches(site('*', path), address)).toBe(expected);
  });

  it('a blank path means every page of the host', () => {
    expect(matches(site('e.com', '  '), 'https://e.com/anything/at/all')).toBe(true);
    expect(matches(site('e.com'), 'https://e.com/')).toBe(true);
  });

  it('refuses a path that cannot start an address, suggesting the one that can', () => {
    const outcome = readPathGlob('blog/*');
    expect(outcome.ok ? null : outcome.refusal).toEqual({
      code: 'pathNotAbsolute',
      field: 'path',
      params: { path: '/blog/*' },
    });
    const long = readPathGlob(`/${'a'.repeat(600)}`);
    expect(long.ok ? null : long.refusal.code).toBe('patternTooLong');
  });

  it('matches a glob of many stars on a long path at once', () => {
    const path = `/${'*a'.repeat(200)}b`;
    expect(matches(site('*', path), `https://e.com/${'a'.repeat(1900)}`)).toBe(false);
  });
});

describe('regular expressions against the address', () => {
  it('tries the address as stored and as shown', () => {
    const regex = (pattern: string): RulePattern => ({ kind: 'regex', pattern });
    expect(matches(regex('/뉴스/'), 'https://e.com/뉴스/1')).toBe(true);
    expect(matches(regex('%EB%89%B4'), 'https://e.com/뉴스/1')).toBe(true);
    expect(matches(regex('a%ZZ'), 'https://e.com/a%ZZ')).toBe(true);
  });

  it('honours ignoreCase', () => {
    const pattern: RulePattern = { kind: 'regex', pattern: 'GITHUB', ignoreCase: true };
    expect(matches(pattern, 'https://github.com/')).toBe(true);
    expect(matches({ ...pattern, ignoreCase: false }, 'https://github.com/')).toBe(false);
  });
});
