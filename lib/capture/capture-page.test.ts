import { describe, expect, it } from 'vitest';
import { describeLoss } from '../convert/describe-loss';
import { CORPUS_URL, parseDocument, readCorpusFile } from '../../tests/golden/corpus';
import { capturePage, capturePageInSlices } from './capture-page';
import { wholeDocumentAsSelection } from './page/selection';

const ARTICLE = `<!doctype html><html lang="en"><head><title>Post</title></head><body>
<nav><a href="/">Home</a> <a href="/about">About</a></nav>
<article><h1>Post</h1>
<p>First paragraph with enough words to read like an article body, which it is, of course.</p>
<p>Second paragraph, also written out at length so extraction keeps it as content.</p>
<pre><code class="language-python">print("hi")</code></pre>
</article><footer>© Someone</footer></body></html>`;

describe('capturePage', () => {
  it('captures the article as blocks with its plain text, leaving the page as it was', () => {
    const doc = parseDocument(ARTICLE);
    const before = doc.body.textContent;
    const capture = capturePage(doc, { mode: 'article' }, { url: 'https://example.com/post' });
    expect(capture.mode).toBe('article');
    expect(capture.metadata.title).toBe('Post');
    expect(capture.blocks.map((b) => b.type)).toEqual(['paragraph', 'paragraph', 'code']);
    expect(capture.text).toContain('Second paragraph');
    expect(capture.text).not.toContain('About');
    expect(doc.body.textContent).toBe(before);
  });

  it('hands the extractor a copy: srcset and noscript images on the page stay as they were', () => {
    const html = ARTICLE.replace(
      '</article>',
      '<figure><img src="data:image/gif;base64,R0lGOD" alt="cat"><noscript><img src="/cat.jpg" alt="cat"></noscript></figure><img src="/a.jpg" srcset="/a.jpg 1x, /a2.jpg 2x" width="400" height="300"></article>',
    );
    const doc = parseDocument(html);
    // linkedom serialises a document with String(); browsers would use XMLSerializer.
    const before = String(doc);
    const capture = capturePage(doc, { mode: 'article' }, { url: 'https://example.com/post' });
    expect(String(doc)).toBe(before);
    expect(capture.blocks.some((b) => b.type === 'image')).toBe(true);
  });

  it('captures a bookmark as metadata only', () => {
    const capture = capturePage(
      parseDocument(ARTICLE),
      { mode: 'bookmark' },
      { url: 'https://example.com/post' },
    );
    expect(capture.blocks).toEqual([]);
    expect(capture.text).toBeNull();
  });

  it('captures a selection given by the environment', () => {
    const doc = parseDocument('<p>Hello <b>you</b></p>');
    const capture = capturePage(
      doc,
      { mode: 'selection' },
      { url: CORPUS_URL, selection: wholeDocumentAsSelection(doc) },
    );
    expect(capture.text).toBe('Hello you');
    expect(capture.blocks).toHaveLength(1);
  });

  it('captures a link as a bookmark block with an absolute address', () => {
    const capture = capturePage(
      parseDocument('<p>x</p>'),
      { mode: 'link', link: { url: '/next', text: ' Next ' } },
      { url: 'https://example.com/a/b' },
    );
    expect(capture.link).toEqual({ url: 'https://example.com/next', text: 'Next' });
    expect(capture.blocks).toEqual([
      { type: 'bookmark', bookmark: { url: 'https://example.com/next' } },
    ]);
  });

  it('captures an image, keeping a data: address for a later upload but reporting it', () => {
    const doc = parseDocument('<p>x</p>');
    const external = capturePage(
      doc,
      { mode: 'image', image: { url: 'pic.png', alt: 'A' } },
      { url: 'https://example.com/' },
    );
    expect(external.blocks).toEqual([
      {
        type: 'image',
        image: { type: 'external', external: { url: 'https://example.com/pic.png' } },
      },
    ]);
    const data = capturePage(
      doc,
      { mode: 'image', image: { url: 'data:image/png;base64,AA==', alt: '' } },
      { url: 'https://example.com/' },
    );
    expect(data.image?.url).toBe('data:image/png;base64,AA==');
    expect(data.blocks).toEqual([]);
    expect(data.report.items).toEqual([{ kind: 'image_data_url', count: 1 }]);
  });

  it('upgrades lazy placeholders from the page in an extracted corpus article', () => {
    const doc = parseDocument(readCorpusFile('lazy-image-1', 'source.html'));
    const capture = capturePage(doc, { mode: 'article' }, { url: CORPUS_URL });
    const urls = capture.blocks.flatMap((b) =>
      'image' in b && 'external' in b.image ? [b.image.external.url] : [],
    );
    expect(urls.length).toBeGreaterThan(3);
    expect(urls.filter((url) => url.includes('?q=20'))).toEqual([]);
  });

  it('reads an article in slices, the page let run between passes, into the same capture', async () => {
    for (const name of ['dropbox-blog', 'wikipedia', 'table-style-attributes']) {
      const html = readCorpusFile(name, 'source.html');
      const whole = capturePage(parseDocument(html), { mode: 'article' }, { url: CORPUS_URL });
      let pauses = 0;
      const sliced = await capturePageInSlices(
        parseDocument(html),
        { mode: 'article' },
        { url: CORPUS_URL },
        async () => {
          pauses += 1;
        },
      );
      expect(sliced).toEqual(whole);
      // After defuddle, before the conversion, and after Readability where it runs.
      expect(pauses).toBeGreaterThanOrEqual(2);
    }
  });

  it('takes no pause for what is not an article', async () => {
    let pauses = 0;
    const capture = await capturePageInSlices(
      parseDocument(ARTICLE),
      { mode: 'bookmark' },
      { url: 'https://example.com/post' },
      async () => {
        pauses += 1;
      },
    );
    expect(capture.metadata.title).toBe('Post');
    expect(pauses).toBe(0);
  });

  it('says in the report when a “Read more” part of the page was never opened', () => {
    const doc = parseDocument(
      `<!doctype html><html><head><title>Post</title></head><body><article><h1>Post</h1>
<p>First paragraph with enough words to read like an article body, which it is, of course.</p>
<p>Second paragraph, cut short by the site until the reader asks for the rest of it.</p>
<button class="more">Read more</button></article></body></html>`,
    );
    const capture = capturePage(doc, { mode: 'article' }, { url: 'https://example.com/post' });
    expect(capture.report.items).toContainEqual({ kind: 'more_not_loaded', count: 1 });
    expect(describeLoss(capture.report, 'en')).toContain('1 “Read more” part not opened');
  });
});
