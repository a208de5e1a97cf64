import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseNumber, parseWebUrl } from './text-values';

describe('parseNumber', () => {
  it.each([
    ['42', 42],
    [' -3.5 ', -3.5],
    ['1,234,567.25', 1234567.25],
    ['1 000', 1000],
    ['.5', 0.5],
    ['50%', 0.5],
    ['2e3', 2000],
    ['+7', 7],
  ])('reads %j as %d', (text, value) => {
    expect(parseNumber(text)).toBe(value);
  });

  it.each(['', 'abc', '1,2', '12abc', '1.2.3', 'NaN', 'Infinity', '1e999', '--1'])(
    'refuses %j',
    (text) => {
      expect(parseNumber(text)).toBeNull();
    },
  );

  it('reads back any finite number JavaScript prints', () => {
    fc.assert(
      fc.property(fc.double({ noNaN: true, noDefaultInfinity: true }), (n) => {
        expect(parseNumber(String(n))).toBe(Object.is(n, -0) ? 0 : n);
      }),
    );
  });
});

describe('parseWebUrl', () => {
  it.each([
    ['https://example.com', 'https://example.com'],
    ['http://example.com/a b'.replace(' ', '%20'), 'http://example.com/a%20b'],
    ['example.com/x', 'https://example.com/x'],
    ['  https://sub.example.co.kr/?q=1  ', 'https://sub.example.co.kr/?q=1'],
  ])('accepts %j', (text, url) => {
    expect(parseWebUrl(text)).toBe(url);
  });

  it.each([
    'not a url',
    'javascript:alert(1)',
    'mailto:a@b.c',
    'https://',
    'http://intranet',
    'https://exa mple.com',
  ])('refuses %j', (text) => {
    expect(parseWebUrl(text)).toBeNull();
  });
});
