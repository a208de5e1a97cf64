import { describe, expect, it } from 'vitest';
import type { BlockObjectRequest } from '@notionhq/client';
import { DATA_IMAGE_BUDGET, dataImageRef } from '../../capture/page/data-images';
import { bullet, para } from '../../notion/plan/testing/fixtures';
import { attachmentRef } from '../../notion/plan/uploads';
import { decodeImageDataUrl } from './data-url';
import { sniffImageType } from './fetch-image';
import { filenameFor } from './filename';
import { MAX_IMAGE_UPLOADS, captureImages, withoutDataImages } from './job-images';

const image = (url: string): BlockObjectRequest => ({
  type: 'image',
  image: { type: 'external', external: { url } },
});
const marked = (i: number): BlockObjectRequest => ({
  type: 'image',
  image: { type: 'file_upload', file_upload: { id: dataImageRef(i) } },
});
const png = (bytes: number) => `data:image/png;base64,${'A'.repeat(Math.ceil(bytes / 3) * 4)}`;

const uploadIds = (blocks: unknown): string[] =>
  JSON.stringify(blocks).match(/\{\{attachment\d+\}\}/g) ?? [];

describe('captureImages', () => {
  it('plans every web image as an upload, in document order, after the screenshot', () => {
    const blocks = [
      image('https://a.example/1.png'),
      bullet('list', [para('x'), image('https://a.example/2.jpg')]),
      image('ftp://a.example/3.png'),
    ];
    const result = captureImages(blocks, [], null, 1);
    expect(result.attachments.map((a) => a.source)).toEqual([
      { kind: 'url', url: 'https://a.example/1.png' },
      { kind: 'url', url: 'https://a.example/2.jpg' },
    ]);
    expect(uploadIds(result.blocks)).toEqual([attachmentRef(1), attachmentRef(2)]);
    // Its address stays beside the upload, for when the upload is skipped.
    expect(result.blocks[0]).toMatchObject({
      image: { external: { url: 'https://a.example/1.png' } },
    });
    expect(result.blocks[2]).toEqual(blocks[2]);
  });

  it(`copies at most ${MAX_IMAGE_UPLOADS} images; the rest stay linked`, () => {
    const blocks = Array.from({ length: MAX_IMAGE_UPLOADS + 1 }, (_, i) =>
      image(`https://a.example/${i}.png`),
    );
    const result = captureImages(blocks, [], null);
    expect(result.attachments).toHaveLength(MAX_IMAGE_UPLOADS);
    expect(result.blocks.at(-1)).toEqual(blocks.at(-1));
  });

  it('keeps data: images that fit, and leaves out the others', () => {
    const data = [png(300), 'data:text/html,<b>hi</b>', png(2_000), png(100)];
    const blocks = [marked(0), marked(1), marked(2), marked(3), marked(9)];
    const result = captureImages(blocks, data, 1_000);
    expect(result.attachments.map((a) => [a.contentType, a.source])).toEqual([
      ['image/png', { kind: 'data', index: 0 }],
      ['image/png', { kind: 'data', index: 1 }],
    ]);
    expect(result.data).toHaveLength(2);
    expect(result.blocks).toHaveLength(2);
    expect(result.dropped).toBe(3);
  });

  it('stores no more data: images than the budget of one capture', () => {
    // A little over half the budget each: one fits, the second would not.
    const half = png(((DATA_IMAGE_BUDGET / 4) * 3) / 2 + 3);
    const result = captureImages([marked(0), marked(1), marked(2)], [half, half, half], null);
    expect(result.data).toHaveLength(1);
    expect(result.dropped).toBe(2);
  });

  it('takes data: images out when copying is off', () => {
    expect(
      withoutDataImages([para('a'), bullet('b', [marked(0)]), image('https://x/1.png')]),
    ).toEqual([para('a'), bullet('b'), image('https://x/1.png')]);
  });
});

describe('the bytes of a data: image', () => {
  it('are read from base64 (spaces and escapes allowed) or from text', () => {
    expect(decodeImageDataUrl('data:image/png;base64,iVBO%0Aw0K')).toEqual({
      contentType: 'image/png',
      base64: 'iVBOw0K=',
      size: 5,
    });
    const svg = decodeImageDataUrl('data:image/svg+xml,%3Csvg%2F%3E');
    expect(svg?.contentType).toBe('image/svg+xml');
    expect(atob(svg?.base64 ?? '')).toBe('<svg/>');
  });

  it('are refused when they are not an image Notion takes, or not base64', () => {
    expect(decodeImageDataUrl('data:image/bmp;base64,Qk0=')).toBeNull();
    expect(decodeImageDataUrl('data:image/png;base64,***')).toBeNull();
    expect(decodeImageDataUrl('https://example.com/a.png')).toBeNull();
  });
});

describe('names and types of fetched images', () => {
  it('names the file after its address, with the extension of its real type', () => {
    expect(filenameFor('https://a.example/photos/cat%20one.jpeg?w=200', 'image/png')).toBe(
      'cat_one.png',
    );
    expect(filenameFor('https://a.example/', 'image/webp')).toBe('image.webp');
    expect(filenameFor(`https://a.example/${'x'.repeat(300)}.gif`, null)).toHaveLength(104);
  });

  it('recognises an image by its first bytes when the server does not say', () => {
    expect(sniffImageType(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0]))).toBe('image/png');
    expect(sniffImageType(new Uint8Array([0xff, 0xd8, 0xff, 0xe0]))).toBe('image/jpeg');
    expect(sniffImageType(new TextEncoder().encode('<html>'))).toBeNull();
  });
});
