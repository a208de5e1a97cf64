import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { blocksOf } from '../../convert/testing/dom';
import { findLimitViolations } from './limit-check';
import { splitText, toRichText } from './text';

const graphemes = new Intl.Segmenter(undefined, { granularity: 'grapheme' });

/** Offsets where a grapheme cluster starts (and the end), in UTF-16 units. */
function graphemeBoundaries(text: string): Set<number> {
  const out = new Set<number>([text.length]);
  for (const { index } of graphemes.segment(text)) out.add(index);
  return out;
}

// Pieces of text that stress the cut: emoji (surrogate pairs, ZWJ sequences, flags,
// skin tones), CJK without spaces, Arabic and Hebrew (RTL), combining marks, Hangul jamo.
const atoms = fc.constantFrom(
  'a',
  'word',
  ' ',
  '  ',
  '\n',
  'e\u0301',
  'n\u0303\u0323',
  '😀',
  '👩‍👩‍👧‍👦',
  '🇰🇷',
  '👍🏽',
  '漢字',
  '日本語の文章',
  '한국어',
  '\u1100\u1161\u11a8',
  'مرحبا',
  'שלום',
  ' بالعالم ',
  'Z\u0351\u0352\u0353\u0354',
  '\u200d',
  '\ud83d\ude00\ud83d\ude00',
  'x'.repeat(50),
);
const unicodeText = fc
  .array(
    fc.oneof(
      atoms,
      fc.string({ unit: 'grapheme', maxLength: 30 }),
      fc.string({ unit: 'binary', maxLength: 20 }),
    ),
    { maxLength: 400 },
  )
  .map((parts) => parts.join(''));

describe('splitText', () => {
  it('returns short text whole, and nothing for empty text', () => {
    expect(splitText('hello')).toEqual(['hello']);
    expect(splitText('')).toEqual([]);
  });

  it('cuts long prose at a word boundary within the limit', () => {
    const text = 'lorem ipsum dolor '.repeat(300);
    const pieces = splitText(text);
    expect(pieces.join('')).toBe(text);
    for (const piece of pieces.slice(0, -1)) {
      expect(piece.length).toBeLessThanOrEqual(2000);
      expect(piece).toMatch(/\s$/);
    }
  });

  it('never separates a surrogate pair, even in a run of emoji with no spaces', () => {
    const text = '😀'.repeat(1500);
    const pieces = splitText(text);
    expect(pieces.join('')).toBe(text);
    for (const piece of pieces) {
      expect(piece.length).toBeLessThanOrEqual(2000);
      expect(piece).not.toMatch(/^[\uDC00-\uDFFF]|[\uD800-\uDBFF]$/);
    }
  });

  it('keeps a family emoji (a ZWJ sequence) in one piece', () => {
    const family = '👩‍👩‍👧‍👦';
    const text = 'a'.repeat(1995) + family + 'b'.repeat(10);
    const [first, second] = splitText(text);
    expect(first).toBe('a'.repeat(1995));
    expect(second?.startsWith(family)).toBe(true);
  });

  it('cuts a grapheme only when a single one is longer than the limit', () => {
    const zalgo = 'Z' + '\u0301'.repeat(30);
    const pieces = splitText(zalgo, 10);
    expect(pieces.join('')).toBe(zalgo);
    expect(pieces.every((p) => p.length <= 10)).toBe(true);
  });

  it('property: pieces join back to the input and each fits the limit', () => {
    fc.assert(
      fc.property(unicodeText, fc.integer({ min: 2, max: 120 }), (text, max) => {
        const pieces = splitText(text, max);
        expect(pieces.join('')).toBe(text);
        for (const piece of pieces) {
          expect(piece.length).toBeGreaterThan(0);
          expect(piece.length).toBeLessThanOrEqual(max);
        }
      }),
      { numRuns: 400 },
    );
  });

  it('property: no cut inside a surrogate pair, nor inside a grapheme that fits', () => {
    fc.assert(
      fc.property(unicodeText, fc.integer({ min: 12, max: 120 }), (text, max) => {
        const pieces = splitText(text, max);
        const boundaries = graphemeBoundaries(text);
        const longest = Math.max(0, ...[...graphemes.segment(text)].map((g) => g.segment.length));
        let at = 0;
        for (const piece of pieces.slice(0, -1)) {
          at += piece.length;
          const code = text.charCodeAt(at);
          expect(code >= 0xdc00 && code <= 0xdfff && /[\uD800-\uDBFF]$/.test(piece)).toBe(false);
          if (longest <= max) expect(boundaries.has(at)).toBe(true);
        }
      }),
      { numRuns: 400 },
    );
  });

  it('property: long paragraphs and code convert to items within Notion limits', () => {
    fc.assert(
      fc.property(fc.array(unicodeText, { minLength: 1, maxLength: 12 }), (parts) => {
        const text = escapeHtml(parts.join(' ').repeat(8));
        const blocks = blocksOf(`<p>${text}</p><pre>${text}</pre><ul><li>${text}</li></ul>`);
        expect(findLimitViolations(blocks)).toEqual([]);
      }),
      { numRuns: 40 },
    );
  });
});

describe('splitText at code points, and toRichText', () => {
  it('never splits a surrogate pair and loses nothing', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: 'binary', maxLength: 600 }),
        fc.integer({ min: 2, max: 50 }),
        (text, size) => {
          const pieces = splitText(text, size, 'code point');
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
    expect(splitText(text, 2000, 'code point').map((p) => p.length)).toEqual([1999, 3]);
  });

  it('stays within 100 items', () => {
    const items = toRichText('x'.repeat(250_000));
    expect(items).toHaveLength(100);
    expect(items.every((i) => 'text' in i && i.text.content.length <= 2000)).toBe(true);
  });
});

function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;');
}
