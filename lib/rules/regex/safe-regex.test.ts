import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseRegex } from './parse';
import { MAX_STATES, stateCount } from './program';
import { MAX_PATTERN_LENGTH, compileSafeRegex } from './safe-regex';

function compiled(pattern: string, ignoreCase = false) {
  const outcome = compileSafeRegex(pattern, ignoreCase);
  if (!outcome.ok) throw new Error(`refused ${pattern}: ${JSON.stringify(outcome.refusal)}`);
  return outcome.regex;
}

function parsed(pattern: string) {
  const outcome = parseRegex(pattern);
  if (!outcome.ok) throw new Error(`unsupported ${pattern}`);
  return outcome.node;
}

const refusalOf = (pattern: string) => {
  const outcome = compileSafeRegex(pattern);
  return outcome.ok ? null : outcome.refusal;
};

describe('compileSafeRegex: what it accepts, matched like RegExp', () => {
  it.each([
    [
      '^https://(www\\.)?github\\.com/[^/]+/[^/]+/issues/\\d+',
      'https://github.com/a/b/issues/7',
      true,
    ],
    [
      '^https://(www\\.)?github\\.com/[^/]+/[^/]+/issues/\\d+',
      'https://github.com/a/b/pull/7',
      false,
    ],
    ['arxiv\\.org/abs/\\d{4}\\.\\d{4,5}', 'https://arxiv.org/abs/2401.12345v2', true],
    ['arxiv\\.org/abs/\\d{4}\\.\\d{4,5}', 'https://arxiv.org/abs/241.12345', false],
    ['\\.pdf$', 'https://example.com/paper.pdf', true],
    ['\\.pdf$', 'https://example.com/paper.pdf?x=1', false],
    ['\\bnews\\b', 'https://example.com/news/1', true],
    ['\\bnews\\b', 'https://example.com/newsletter', false],
    ['(?<section>blog|news)/', 'https://example.com/blog/x', true],
    ['[\\d-z]', 'https://-', true],
    ['a{', 'https://a{', true],
    ['x{2,}y', 'https://xxy', true],
    ['x{2,}y', 'https://xy', false],
    ['\\u0041\\x42', 'https://AB', true],
    ['[^\\s\\S]|b', 'https://b', true],
  ])('%s on %s is %s', (pattern, address, expected) => {
    expect(compiled(pattern).test(address)).toBe(expected);
    expect(new RegExp(pattern).test(address)).toBe(expected);
  });

  it('folds case as the i flag does, whatever the language', () => {
    expect(compiled('GITHUB\\.com/[A-Z]+', true).test('https://github.com/abc')).toBe(true);
    expect(compiled('GITHUB', false).test('https://github.com/')).toBe(false);
    // Outside ASCII nothing folds into ASCII: the long s is not an s.
    expect(compiled('https://s', true).test('https://ſ')).toBe(
      new RegExp('https://s', 'i').test('https://ſ'),
    );
    expect(compiled('https://[µ]', true).test('https://μ')).toBe(true);
  });

  it('answers at once where the browser’s engine backtracks for seconds or forever', () => {
    const address = `https://example.com/${'a'.repeat(1980)}`;
    for (const pattern of ['(a+)+b', '(a|a)*b', '.*a.*a.*a.*b', 'a*a*a*a*a*b', '(\\w+\\.?)+#']) {
      expect(compiled(pattern).test(address), pattern).toBe(false);
    }
    expect(compiled('(a+)+$').test(address)).toBe(true);
  });
});

describe('compileSafeRegex: refusals', () => {
  it.each([
    ['', 'emptyPattern'],
    ['[', 'regexInvalid'],
    ['a**', 'regexInvalid'],
    ['(a)\\1', 'regexUnsupported'],
    ['(?<n>a)\\k<n>', 'regexUnsupported'],
    ['a(?=b)', 'regexUnsupported'],
    ['(?<!a)b', 'regexUnsupported'],
    ['\\p{L}', 'regexUnsupported'],
    ['\\01', 'regexUnsupported'],
    ['(?i:a)', 'regexInvalid'],
    ['(a{100}){100}', 'regexTooComplex'],
    ['^www\\.example\\.com', 'regexNeverMatches'],
    ['^example\\.com', 'regexNeverMatches'],
    ['a$b', 'regexNeverMatches'],
    ['[]', 'regexNeverMatches'],
    ['x'.repeat(MAX_PATTERN_LENGTH + 1), 'patternTooLong'],
  ])('%s: %s', (pattern, code) => {
    // Some engines read `(?i:)` (ES2025 modifiers); either way it is not used.
    const refusal = refusalOf(pattern);
    if (pattern === '(?i:a)') expect(refusal?.code).toMatch(/^regex(Invalid|Unsupported)$/);
    else expect(refusal?.code).toBe(code);
    expect(refusal?.field).toBe('pattern');
  });

  it('names the unsupported feature as written, and the browser’s reading of bad syntax', () => {
    expect(refusalOf('a(?=b)')?.params).toEqual({ feature: '(?=' });
    expect(refusalOf('(a)\\1')?.params).toEqual({ feature: '\\1' });
    expect(String(refusalOf('[')?.params.detail)).toContain('/[/');
  });

  it('keeps patterns anchored at an address start that can still match', () => {
    for (const pattern of [
      '^https?://',
      '^http',
      '^file:///.*\\.pdf$',
      '^(https|ftp)://x',
      '^\\w+://',
      '\\bx',
    ]) {
      expect(refusalOf(pattern), pattern).toBeNull();
    }
  });
});

/** Random patterns of every supported construct, over a small alphabet. */
const alphabet = ['a', 'b', 'A', '/', '.', '-', '1', ' ', '_'];
const atom = fc.constantFrom(
  'a',
  'b',
  'A',
  '/',
  '\\.',
  '-',
  '1',
  '.',
  '\\d',
  '\\D',
  '\\w',
  '\\W',
  '\\s',
  '\\S',
  '[ab]',
  '[^a]',
  '[a-b1]',
  '[\\w-]',
  '[^/.]',
  '\\/',
  '_',
  '[A-Z]',
);
const assertion = fc.constantFrom('^', '$', '\\b', '\\B');
const quantifier = fc.constantFrom(
  '',
  '',
  '*',
  '+',
  '?',
  '{0,2}',
  '{1}',
  '{2,}',
  '*?',
  '+?',
  '{1,3}?',
);
const { pattern } = fc.letrec<{ pattern: string; term: string; group: string }>((tie) => ({
  pattern: fc.oneof(
    // Shallow: the browser's engine, the reference here, backtracks exponentially in
    // the nesting of quantified groups, even on ten characters.
    { maxDepth: 3, withCrossShrink: true },
    fc.array(tie('term'), { minLength: 0, maxLength: 4 }).map((terms) => terms.join('')),
    fc.tuple(tie('pattern'), tie('pattern')).map(([a, b]) => `${a}|${b}`),
  ),
  term: fc.oneof(
    { maxDepth: 3 },
    fc.tuple(atom, quantifier).map(([a, q]) => a + q),
    assertion,
    fc.tuple(tie('group'), quantifier).map(([g, q]) => g + q),
  ),
  group: fc
    .tuple(fc.constantFrom('(', '(?:', '(?<g>'), tie('pattern'))
    .map(([open, inner]) => `${open}${inner})`),
}));

describe('the linear-time matcher agrees with RegExp', () => {
  it('on random patterns and texts, with and without the i flag', () => {
    fc.assert(
      fc.property(
        pattern,
        fc.array(fc.constantFrom(...alphabet), { maxLength: 10 }).map((c) => c.join('')),
        fc.boolean(),
        (source, text, ignoreCase) => {
          let native: RegExp;
          try {
            native = new RegExp(source, ignoreCase ? 'i' : '');
          } catch {
            return; // `(?<g>` twice: a duplicate name, refused by the browser as by us
          }
          const outcome = compileSafeRegex(source, ignoreCase);
          if (!outcome.ok && source === '') {
            expect(outcome.refusal.code).toBe('emptyPattern');
          } else if (!outcome.ok && outcome.refusal.code === 'regexTooComplex') {
            expect(stateCount(parsed(source))).toBeGreaterThan(MAX_STATES);
          } else if (!outcome.ok) {
            // Otherwise only the never-matching check may refuse what the browser reads;
            // then no address can match: no text after any scheme does.
            expect(outcome.refusal.code).toBe('regexNeverMatches');
            for (const scheme of ['https://', 'http://', 'file://']) {
              expect(native.test(scheme + text)).toBe(false);
            }
          } else expect(outcome.regex.test(text)).toBe(native.test(text));
        },
      ),
      { numRuns: 3000, seed: 20260311 },
    );
  });
});
