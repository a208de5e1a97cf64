import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { splitText, toRichText } from '../api/rich-text';
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

describe('splitText and toRichText', () => {
  it('never splits a surrogate pair and loses nothing', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: 'binary', maxLength: 600 }),
        fc.integer({ min: 2, max: 50 }),
        (text, size) => {
          const pieces = splitText(text, size);
          expect(pieces.join('')).toBe(text);
          for (const piece of pieces) {
            expect(piece.length).toBeLessThanOrEqual(size);
            expect(piece.length).toBeGreaterThan(0);
            const last = piece.charCodeAt(piece.length - 1);
            if (piece !== pieces[pieces.length - 1])
              expect(last >= 0xd800 && last <= 0xdbff).toBe(false);
          }
        },
      ),
    );
  });

  it('cuts at 2000 code units, emoji included', () => {
    const text = `${'a'.repeat(1999)}😀b`;
    expect(splitText(text).map((p) => p.length)).toEqual([1999, 3]);
  });

  it('stays within 100 items', () => {
    const items = toRichText('x'.repeat(250_000));
    expect(items).toHaveLength(100);
    expect(items.every((i) => 'text' in i && i.text.content.length <= 2000)).toBe(true);
  });
});
