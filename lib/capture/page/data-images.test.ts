import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../../tests/golden/corpus';
import { capturePage } from '../capture-page';
import { DATA_IMAGE_BUDGET, DataImages, dataImageIndex, dataImageRef } from './data-images';

// Extractors take a tiny base64 image for a lazy-loading placeholder: this one is bigger.
const DOT = `data:image/png;base64,iVBORw0KGgo${'A'.repeat(400)}`;

const page = (body: string) =>
  parseDocument(`<!doctype html><html><head><title>Post</title></head><body><article>
<h1>Post</h1><p>An opening paragraph long enough for the extractor to call it content.</p>
${body}
<p>A closing paragraph, also long enough to be read as the body of an article.</p>
</article></body></html>`);

const url = 'https://example.com/post';

describe('data: images in a capture', () => {
  it('are dropped and reported unless the request asks for them, as before', () => {
    const capture = capturePage(page(`<img src="${DOT}" alt="dot">`), { mode: 'article' }, { url });
    expect(capture.blocks.some((b) => b.type === 'image')).toBe(false);
    expect(capture.report.items).toContainEqual({ kind: 'image_data_url', count: 1 });
    expect(capture).not.toHaveProperty('dataImages');
  });

  it('travel with the capture, named by their image blocks in order', () => {
    const svg = 'data:image/svg+xml;utf8,<svg xmlns="http://www.w3.org/2000/svg"/>';
    const capture = capturePage(
      page(`<figure><img src="${DOT}"><figcaption>One</figcaption></figure><img src='${svg}'>`),
      { mode: 'article', dataImages: true },
      { url },
    );
    expect(capture.dataImages).toEqual([DOT, svg]);
    const ids = capture.blocks
      .filter((b) => b.type === 'image')
      .map((b) => (b as { image: { file_upload: { id: string } } }).image.file_upload.id);
    expect(ids).toEqual([dataImageRef(0), dataImageRef(1)]);
    expect(capture.report.items).toEqual([]);
  });

  it('leave out types Notion does not take, and whatever is past the budget', () => {
    const images = new DataImages();
    expect(images.keep('data:text/html;base64,PGI+')).toBeNull();
    expect(images.keep('data:image/avif;base64,AAAA')).toBeNull();
    const big = `data:image/png;base64,${'A'.repeat(DATA_IMAGE_BUDGET - 100)}`;
    expect(images.keep(big)).not.toBeNull();
    expect(images.keep(DOT)).toBeNull();
    expect(images.urls).toEqual([big]);
  });

  it('include a data: image saved from the context menu', () => {
    const capture = capturePage(
      page(''),
      { mode: 'image', image: { url: DOT, alt: 'dot' }, dataImages: true },
      { url },
    );
    expect(capture.blocks).toHaveLength(1);
    expect(capture.dataImages).toEqual([DOT]);
    expect(capture.report.items).toEqual([]);
  });

  it('are recognised only by their own ids', () => {
    expect(dataImageIndex(dataImageRef(3))).toBe(3);
    expect(dataImageIndex('data-image:x')).toBeNull();
    expect(dataImageIndex('4f2c0000-0000-4000-8000-000000000000')).toBeNull();
  });
});
