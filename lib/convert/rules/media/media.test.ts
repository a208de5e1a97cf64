import type { BlockObjectRequest } from '@notionhq/client';
import { describe, expect, it } from 'vitest';
import { parseSrcset } from './image-source';
import { blocksOf, convertHtml, lossCount } from '../../testing/dom';

const image = (url: string, caption?: string): BlockObjectRequest => ({
  type: 'image',
  image: {
    type: 'external',
    external: { url },
    ...(caption ? { caption: [{ type: 'text', text: { content: caption } }] } : {}),
  },
});

describe('images', () => {
  it('makes an image block with an absolute address', () => {
    expect(blocksOf('<p>before <img src="img/a.png"> after</p>')).toEqual([
      {
        type: 'paragraph',
        paragraph: { rich_text: [{ type: 'text', text: { content: 'before' } }] },
      },
      image('https://example.com/articles/img/a.png'),
      {
        type: 'paragraph',
        paragraph: { rich_text: [{ type: 'text', text: { content: 'after' } }] },
      },
    ]);
  });

  it('reads lazy images from data-src, srcset and <picture>', () => {
    expect(blocksOf('<img src="data:image/gif;base64,R0lGOD" data-src="/real.jpg">')).toEqual([
      image('https://example.com/real.jpg'),
    ]);
    expect(
      blocksOf('<img src="/small.jpg" srcset="/s.jpg 300w, /l.jpg 1200w, /m.jpg 800w">'),
    ).toEqual([image('https://example.com/l.jpg')]);
    expect(blocksOf('<picture><source srcset="/p.webp 1x, /p2.webp 2x"><img></picture>')).toEqual([
      image('https://example.com/p2.webp'),
    ]);
  });

  it('parses srcset addresses that contain commas', () => {
    expect(
      parseSrcset('https://x.org/a,b.jpg 1x, https://x.org/c.jpg 2x').map((c) => c.url),
    ).toEqual(['https://x.org/a,b.jpg', 'https://x.org/c.jpg']);
  });

  it('keeps the figure caption on the image', () => {
    expect(
      blocksOf('<figure><img src="/a.png"><figcaption>A <b>cat</b></figcaption></figure>'),
    ).toEqual([
      {
        type: 'image',
        image: {
          type: 'external',
          external: { url: 'https://example.com/a.png' },
          caption: [
            { type: 'text', text: { content: 'A ' } },
            { type: 'text', text: { content: 'cat' }, annotations: { bold: true } },
          ],
        },
      },
    ]);
  });

  it('reports data: images and hands them to the upload hook when there is one', () => {
    const html = '<img src="data:image/png;base64,iVBORw0KGgo=" alt="dot">';
    const plain = convertHtml(html);
    expect(plain.blocks).toEqual([]);
    expect(lossCount(plain, 'image_data_url')).toBe(1);
    const seen: string[] = [];
    const hooked = convertHtml(html, {
      onDataImage: (url, alt) => {
        seen.push(alt);
        return {
          type: 'image',
          image: { type: 'file_upload', file_upload: { id: `upload-${url.length}` } },
        };
      },
    });
    expect(seen).toEqual(['dot']);
    expect(hooked.blocks.map((b) => b.type)).toEqual(['image']);
    expect(hooked.report.items).toEqual([]);
  });

  it('drops images with over-long or unusable addresses, reported', () => {
    const long = convertHtml(`<img src="https://example.com/${'x'.repeat(2100)}.png">`);
    expect(long.blocks).toEqual([]);
    expect(lossCount(long, 'image_url_too_long')).toBe(1);
    expect(
      lossCount(convertHtml('<img src="blob:https://example.com/1">'), 'image_unsupported'),
    ).toBe(1);
  });

  it('keeps emoji drawn as images inline and skips tracking pixels', () => {
    expect(
      blocksOf(
        '<p>hi <img class="emoji" alt="😀" src="/e.png"><img src="/t.gif" width="1" height="1"></p>',
      ),
    ).toEqual([
      {
        type: 'paragraph',
        paragraph: { rich_text: [{ type: 'text', text: { content: 'hi 😀' } }] },
      },
    ]);
  });
});

describe('video, embeds and frames', () => {
  it('plays YouTube and Vimeo players as video blocks', () => {
    expect(
      blocksOf(
        '<iframe src="https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ?rel=0"></iframe><iframe src="https://player.vimeo.com/video/76979871"></iframe>',
      ),
    ).toEqual([
      {
        type: 'video',
        video: {
          type: 'external',
          external: { url: 'https://www.youtube.com/watch?v=dQw4w9WgXcQ' },
        },
      },
      {
        type: 'video',
        video: { type: 'external', external: { url: 'https://vimeo.com/76979871' } },
      },
    ]);
  });

  it('embeds services Notion supports and bookmarks other frames', () => {
    expect(
      blocksOf(
        '<iframe src="https://codepen.io/a/embed/b"></iframe><iframe src="https://widgets.example.net/w"></iframe>',
      ),
    ).toEqual([
      { type: 'embed', embed: { url: 'https://codepen.io/a/embed/b' } },
      { type: 'bookmark', bookmark: { url: 'https://widgets.example.net/w' } },
    ]);
  });

  it('keeps video files as video blocks and reports media without an address', () => {
    expect(blocksOf('<video><source src="/clip.mp4"></video>')).toEqual([
      {
        type: 'video',
        video: { type: 'external', external: { url: 'https://example.com/clip.mp4' } },
      },
    ]);
    expect(lossCount(convertHtml('<video></video>'), 'media_unsupported')).toBe(1);
    expect(lossCount(convertHtml('<iframe srcdoc="<p>x</p>"></iframe>'), 'frame_dropped')).toBe(1);
  });

  it('reports inline SVG, canvas and plugin objects it drops', () => {
    const result = convertHtml(
      '<p>a<svg><text>t</text></svg></p><canvas></canvas><object data="x.swf"></object>',
    );
    expect(result.report.items).toEqual([
      { kind: 'svg_dropped', count: 1 },
      { kind: 'canvas_dropped', count: 1 },
      { kind: 'embed_dropped', count: 1 },
    ]);
  });

  it('reports images a lazy loader had not given an address yet as not loaded', () => {
    const pending = convertHtml(
      '<p>a</p><img class="lazyload" src="data:image/gif;base64,R0lGODlhAQABAAAAACw="><img alt="x">',
    );
    expect(pending.blocks.map((b) => b.type)).toEqual(['paragraph']);
    expect(lossCount(pending, 'image_not_loaded')).toBe(2);
    expect(lossCount(pending, 'image_data_url')).toBe(0);
    // Once the loader has set the real address, the image is kept.
    const loaded = convertHtml(
      '<img class="lazyload" src="data:image/gif;base64,R0lGODlhAQABAAAAACw=" data-src="https://example.com/real.jpg">',
    );
    expect(loaded.blocks.map((b) => b.type)).toEqual(['image']);
  });
});
