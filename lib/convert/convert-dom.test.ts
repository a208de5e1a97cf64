import fc from 'fast-check';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { readableText } from '../capture/page/readable-text';
import { wordCoverage } from '../capture/page/word-coverage';
import { blocksText } from './testing/block-text';
import { convertDom } from './convert-dom';
import { findLimitViolations } from '../notion/api/limit-check';
import { TEST_BASE } from './testing/dom';

// Random pages built from the elements articles are made of, nested at random, with
// text in any script and hostile attributes (bad links, huge spans, long addresses).
const word = fc.oneof(
  fc.constantFrom(
    'lorem',
    'ipsum',
    '日本語',
    '한국어',
    'مرحبا',
    'e\u0301te',
    '😀👍🏽',
    'x'.repeat(300),
  ),
  fc
    .string({ unit: 'grapheme-ascii', minLength: 1, maxLength: 12 })
    .map((s) => s.replace(/[<&]/g, '')),
);
const text = fc.array(word, { minLength: 1, maxLength: 40 }).map((w) => w.join(' '));
const href = fc.constantFrom(
  '/rel',
  'https://example.org/a',
  'javascript:alert(1)',
  'mailto:a@b.c',
  '#x',
  '',
  `https://example.org/${'p'.repeat(2100)}`,
);
const src = fc.constantFrom(
  '/i.png',
  'data:image/png;base64,AA==',
  '',
  `https://x.org/${'q'.repeat(2100)}`,
);

const html: fc.Arbitrary<string> = fc.letrec((tie) => ({
  node: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    text,
    fc
      .tuple(
        fc.constantFrom(
          'p',
          'div',
          'blockquote',
          'h2',
          'h5',
          'b',
          'i',
          'code',
          'span',
          'section',
          'aside',
        ),
        tie('nodes'),
      )
      .map(([tag, inner]) => `<${tag}>${inner}</${tag}>`),
    fc
      .tuple(fc.constantFrom('ul', 'ol'), fc.array(tie('nodes'), { minLength: 1, maxLength: 4 }))
      .map(([tag, items]) => `<${tag}>${items.map((i) => `<li>${i}</li>`).join('')}</${tag}>`),
    fc.tuple(href, tie('nodes')).map(([h, inner]) => `<a href="${h}">${inner}</a>`),
    src.map((s) => `<img src="${s}" alt="pic">`),
    text.map((t) => `<pre><code class="language-js">${t}</code></pre>`),
    text.map((t) => `<details><summary>${t}</summary><p>${t}</p></details>`),
    fc.constantFrom('<br>', '<hr>', '<math display="block"><mi>x</mi><mo>+</mo><mn>1</mn></math>'),
    fc
      .tuple(fc.integer({ min: 1, max: 4 }), fc.integer({ min: 1, max: 3 }), text)
      .map(
        ([cols, span, t]) =>
          `<table><tr>${'<th>h</th>'.repeat(cols)}</tr><tr><td colspan="${span}" rowspan="${span}">${t}</td><td>${t}</td></tr></table>`,
      ),
  ),
  nodes: fc.array(tie('node'), { maxLength: 4 }).map((parts) => parts.join(' ')),
})).nodes;

describe('convertDom on random pages', () => {
  it('never throws, never breaks a Notion limit, and keeps the visible words', () => {
    fc.assert(
      fc.property(html, (body) => {
        const { document } = parseHTML(`<!doctype html><html><body>${body}</body></html>`);
        const doc = document as unknown as Document;
        const { blocks } = convertDom(doc, { baseUrl: TEST_BASE });
        expect(findLimitViolations(blocks)).toEqual([]);
        expect(wordCoverage(readableText(doc.body), blocksText(blocks))).toBeGreaterThanOrEqual(
          0.99,
        );
      }),
      { numRuns: 300 },
    );
  });

  it('never changes the DOM it reads', () => {
    fc.assert(
      fc.property(html, (body) => {
        const { document } = parseHTML(`<!doctype html><html><body>${body}</body></html>`);
        // linkedom adds a missing <head> the first time `body` is read; read it first.
        void document.body;
        const before = String(document);
        convertDom(document as unknown as Document, { baseUrl: TEST_BASE });
        expect(String(document)).toBe(before);
      }),
      { numRuns: 100 },
    );
  });
});
