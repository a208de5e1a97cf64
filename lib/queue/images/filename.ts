/**
 * The filename an uploaded image carries in Notion: the last part of its address, made
 * safe, with the extension of the type it really has. Notion caps filenames at 900
 * bytes; a name from a page is cut well before that.
 */
import { imageExtension } from '../../notion/api/upload-types';

const MAX_NAME = 100;

function lastSegment(url: string): string {
  try {
    const path = new URL(url).pathname;
    const segment = path.slice(path.lastIndexOf('/') + 1);
    return decodeURIComponent(segment);
  } catch {
    return '';
  }
}

/** A filename for the image at `url`, of `contentType` when known. */
export function filenameFor(url: string, contentType: string | null): string {
  const raw = lastSegment(url)
    .replace(/[^\p{L}\p{N}._-]+/gu, '_')
    .replace(/^[._]+/, '');
  const stem = raw.replace(/\.[^.]*$/, '').slice(0, MAX_NAME) || 'image';
  const found = /\.([A-Za-z0-9]{1,5})$/.exec(raw)?.[1]?.toLowerCase();
  const extension = contentType ? imageExtension(contentType) : (found ?? 'img');
  return `${stem}.${extension}`;
}
