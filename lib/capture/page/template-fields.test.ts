import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../../tests/golden/corpus';
import { captureWith } from '../capture-core';
import { FIELD_LIMITS, readTemplateFields } from './template-fields';

const PAGE = `<!doctype html><html><head><title>T</title>
<meta property="og:site_name" content=" Example   News ">
<meta property="OG:Type" content="article">
<meta name="description" content="About it.">
<meta property="article:tag" content="rivers"><meta property="article:tag" content="cities">
<meta property="article:tag" content="rivers">
<meta name="csrf-token" content="secret-ish">
<meta name="google-site-verification" content="abc">
<meta name="__proto__" content="x">
<meta itemprop="name" content="not a name or property">
<script type="application/ld+json">{ broken json </script>
<script type="application/ld+json">{"@context":"https://schema.org","@graph":[{"@type":"WebSite","name":"Ex"},
 {"@type":"NewsArticle","headline":"LD headline","author":[{"@type":"Person","name":"Ada"},{"name":"Alan"}],
  "__proto__":{"polluted":true},"datePublished":"2024-05-01T10:00:00Z"}]}</script>
<script type="application/json">{"not":"json-ld"}</script>
</head><body><script type="application/ld+json">{"@type":"BlogPosting","keywords":["a","b"]}</script></body></html>`;

describe('readTemplateFields', () => {
  const fields = readTemplateFields(parseDocument(PAGE));

  it('reads describing meta tags by lower-case name or property, repeated ones joined', () => {
    expect(fields.meta).toEqual({
      'og:site_name': 'Example News',
      'og:type': 'article',
      description: 'About it.',
      'article:tag': 'rivers, cities',
    });
  });

  it('parses JSON-LD as data in page order, skipping what is not JSON', () => {
    expect(fields.jsonLd).toHaveLength(2);
    const graph = (fields.jsonLd[0] as { '@graph': Record<string, unknown>[] })['@graph'];
    expect(graph[1]!.headline).toBe('LD headline');
    // A key named `__proto__` stays an own key and changes no prototype.
    expect(Object.hasOwn(graph[1]!, '__proto__')).toBe(true);
    expect(Object.getPrototypeOf(graph[1])).toBe(Object.prototype);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(fields.jsonLd[1]).toEqual({ '@type': 'BlogPosting', keywords: ['a', 'b'] });
  });

  it('keeps within its bounds whatever the page holds', () => {
    const deep = '['.repeat(5000) + ']'.repeat(5000);
    const wide = JSON.stringify(Array.from({ length: 5000 }, (_, i) => ({ n: i })));
    const long = JSON.stringify({ headline: 'x'.repeat(50_000) });
    const many = Array.from(
      { length: 400 },
      (_, i) => `<meta property="og:k${i}" content="${'v'.repeat(3000)}">`,
    ).join('');
    const scripts = [deep, wide, long]
      .map((json) => `<script type="application/ld+json">${json}</script>`)
      .join('');
    const read = readTemplateFields(parseDocument(`<html><head>${many}${scripts}</head></html>`));
    expect(Object.keys(read.meta).length).toBeLessThanOrEqual(FIELD_LIMITS.metaKeys);
    for (const value of Object.values(read.meta)) {
      expect(value.length).toBeLessThanOrEqual(FIELD_LIMITS.textLength);
    }
    expect(JSON.stringify(read.jsonLd).length).toBeLessThan(200_000);
    const [, wideRead, longRead] = read.jsonLd as [unknown, unknown[], { headline: string }];
    expect(wideRead.length).toBe(FIELD_LIMITS.items);
    expect(longRead.headline.length).toBe(FIELD_LIMITS.textLength);
  });

  it('is carried by every capture of a read page, the light one included', () => {
    const doc = parseDocument(PAGE);
    const capture = captureWith(null, doc, { mode: 'bookmark' }, { url: 'https://example.com/' });
    expect(capture.meta?.['og:site_name']).toBe('Example News');
    expect(capture.jsonLd).toHaveLength(2);
    // Structured-cloneable: it crosses `executeScript`.
    expect(structuredClone(capture.jsonLd)).toEqual(capture.jsonLd);
  });
});

describe('readTemplateFields on any page', () => {
  const text = fc.oneof(
    fc.string({ unit: 'binary', maxLength: 60 }),
    fc.constantFrom('</script>', '<!--', '{"a":', '"__proto__"', '\u0000', '😀', '&quot;'),
  );
  const json = fc.oneof(fc.json({ maxDepth: 8 }), text);
  const page = fc
    .record({
      meta: fc.array(fc.tuple(fc.constantFrom('og:type', 'keywords', 'og:x', 'article:tag'), text)),
      scripts: fc.array(json, { maxLength: 4 }),
      noise: text,
    })
    .map(({ meta, scripts, noise }) => {
      const tags = meta.map(
        ([n, c]) => `<meta property="${n}" content="${c.replace(/"/g, '&quot;')}">`,
      );
      const lds = scripts.map((s) => `<script type="application/ld+json">${s}</script>`);
      return `<html><head>${tags.join('')}${lds.join('')}</head><body>${noise}</body></html>`;
    });

  it('never throws, keeps its bounds and gives plain, cloneable data', () => {
    fc.assert(
      fc.property(page, (html) => {
        const read = readTemplateFields(parseDocument(html));
        expect(Object.getPrototypeOf(read.meta)).toBe(Object.prototype);
        for (const [key, value] of Object.entries(read.meta)) {
          expect(key.length).toBeLessThanOrEqual(FIELD_LIMITS.keyLength);
          expect(value.length).toBeLessThanOrEqual(FIELD_LIMITS.textLength);
        }
        expect(structuredClone(read)).toEqual(read);
      }),
      { numRuns: 300, seed: 20260311 },
    );
  });
});
