import { describe, expect, it } from 'vitest';
import {
  CORPUS_URL,
  corpusPages,
  parseDocument,
  readCorpusFile,
} from '../../../tests/golden/corpus';
import { readMetadata } from './metadata';

const PAGE = `<!doctype html><html lang="en_GB"><head>
<title>Plain title | Site</title>
<base href="https://cdn.example.com/root/">
<meta property="og:title" content="  The  Title ">
<meta property="og:image" content="img/cover.jpg">
<meta name="description" content="About it.">
<meta property="og:site_name" content="Example News">
<link rel="canonical" href="/articles/1">
<link rel="icon" href="/favicon-16.png" sizes="16x16"><link rel="icon" href="/favicon-64.png" sizes="64x64">
<script type="application/ld+json">{ broken json </script>
<script type="application/ld+json">{"@context":"https://schema.org","@graph":[{"@type":"WebSite","name":"Ex"},
 {"@type":"NewsArticle","headline":"LD headline","author":[{"@type":"Person","name":"Ada Lovelace"},{"name":"Alan Turing"}],
  "datePublished":"2024-05-01T10:00:00Z"}]}</script>
</head><body><h1>Heading</h1></body></html>`;

describe('readMetadata', () => {
  it('reads Open Graph, JSON-LD, links and the document, resolving URLs against <base>', () => {
    expect(readMetadata(parseDocument(PAGE), 'https://example.com/a?b=1')).toEqual({
      title: 'The Title',
      url: 'https://example.com/a?b=1',
      canonicalUrl: 'https://cdn.example.com/articles/1',
      description: 'About it.',
      image: 'https://cdn.example.com/root/img/cover.jpg',
      favicon: 'https://cdn.example.com/favicon-64.png',
      siteName: 'Example News',
      author: 'Ada Lovelace, Alan Turing',
      publishedTime: '2024-05-01T10:00:00Z',
      language: 'en-GB',
    });
  });

  it('falls back to <title> and then <h1>, and leaves unknown facts null', () => {
    const bare = readMetadata(
      parseDocument('<html><head><title> T </title></head></html>'),
      CORPUS_URL,
    );
    expect(bare.title).toBe('T');
    expect(bare.author).toBeNull();
    expect(bare.image).toBeNull();
    expect(readMetadata(parseDocument('<body><h1>Only h1</h1></body>'), CORPUS_URL).title).toBe(
      'Only h1',
    );
  });

  it('never takes a javascript: or data: address for an image', () => {
    const doc = parseDocument('<meta property="og:image" content="javascript:alert(1)">');
    expect(readMetadata(doc, CORPUS_URL).image).toBeNull();
  });

  it('agrees with the corpus metadata on title and language for most real pages', () => {
    const pages = corpusPages();
    let titles = 0;
    let languages = 0;
    for (const page of pages) {
      const got = readMetadata(parseDocument(readCorpusFile(page, 'source.html')), CORPUS_URL);
      const want = JSON.parse(readCorpusFile(page, 'expected-metadata.json')) as {
        title: string | null;
        lang: string | null;
      };
      const norm = (s: string | null) => (s ?? '').replace(/\s+/g, ' ').trim().toLowerCase();
      if (norm(got.title).includes(norm(want.title)) || norm(want.title).includes(norm(got.title)))
        titles += 1;
      if ((got.language ?? null) === (want.lang ?? null)) languages += 1;
    }
    expect(titles / pages.length).toBeGreaterThanOrEqual(0.85);
    expect(languages / pages.length).toBeGreaterThanOrEqual(0.95);
  });
});
