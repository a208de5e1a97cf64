import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkFileType } from '../../../tests/notion-emulator/validate/file-types';
import { filenameFor } from '../../queue/images/filename';
import { imageExtension, notionImageType } from './upload-types';

// Content types servers send for images, accepted or not, with parameters and odd cases.
const SERVED = [
  'image/png',
  'image/jpeg',
  'image/jpg',
  'image/pjpeg',
  'IMAGE/GIF',
  'image/webp; charset=binary',
  'image/svg+xml',
  'image/tiff',
  'image/heic',
  'image/x-icon',
  'image/vnd.microsoft.icon',
  'image/avif',
  'image/bmp',
  'text/html',
];

const address = fc
  .tuple(
    fc.constantFrom('photo', 'cat one', 'IMG_2041', '', '.hidden', 'archive.tar', 'x'.repeat(300)),
    fc.constantFrom('', '.png', '.JPG', '.jpeg', '.gif', '.webp', '.bmp', '.exe', '.svg', '.php'),
    fc.constantFrom('', '?w=200', '#frag'),
  )
  .map(([stem, ext, tail]) => `https://img.example/a/${encodeURIComponent(stem)}${ext}${tail}`);

describe('uploaded images are named as Notion requires', () => {
  it('every type the extension uploads gets a filename whose extension matches it', () => {
    fc.assert(
      fc.property(fc.constantFrom(...SERVED), address, (served, url) => {
        const type = notionImageType(served);
        if (type === null) return; // not uploaded: the image stays linked
        const filename = filenameFor(url, type);
        expect(filename.endsWith(`.${imageExtension(type)}`)).toBe(true);
        // The emulator's rule, as Notion documents it: a listed type, a matching extension.
        expect(() =>
          checkFileType(filename, type, { filename: 'filename', contentType: 'content_type' }),
        ).not.toThrow();
      }),
      { numRuns: 300 },
    );
  });

  it('types Notion does not list are not uploaded at all', () => {
    for (const served of ['image/avif', 'image/bmp', 'text/html', ''])
      expect(notionImageType(served)).toBeNull();
  });
});
