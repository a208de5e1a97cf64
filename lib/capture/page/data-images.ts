/**
 * `data:` images of a page, carried in the capture so that the background can upload
 * their bytes (Notion cannot fetch a `data:` address). Runs in the page: it only reads
 * strings the page already holds and asks nothing of the network.
 */
import type { BlockObjectRequest } from '@notionhq/client';
import { notionImageType } from '../../notion/api/upload-types';

const MARK = 'data-image:';

/**
 * Characters of `data:` addresses one capture may carry. They travel to the background
 * in the capture's one message and wait in its stored body until uploaded; images past
 * the budget are dropped and reported as before. (Pages put their large images at an
 * address; `data:` images are mostly icons and thumbnails.)
 */
export const DATA_IMAGE_BUDGET = 2 * 1024 * 1024;

/** The id an image block carries for the `index`-th `data:` image of its capture. */
export function dataImageRef(index: number): string {
  return `${MARK}${index}`;
}

/** The index a `dataImageRef` names, or null for any other id. */
export function dataImageIndex(id: unknown): number | null {
  if (typeof id !== 'string' || !id.startsWith(MARK)) return null;
  const index = Number(id.slice(MARK.length));
  return Number.isInteger(index) && index >= 0 ? index : null;
}

/** The image type a `data:` address declares, when Notion accepts it as an upload. */
export function dataUrlImageType(url: string): string | null {
  const match = /^data:([^,;]*)[^,]*,/i.exec(url);
  return match ? notionImageType(match[1]) : null;
}

/** Collects a capture's `data:` images (the converter's `onDataImage` hook). */
export class DataImages {
  readonly urls: string[] = [];
  private used = 0;

  /** An image block standing for `url`, or null when it cannot be carried (reported). */
  readonly keep = (url: string): BlockObjectRequest | null => {
    if (!dataUrlImageType(url) || this.used + url.length > DATA_IMAGE_BUDGET) return null;
    this.used += url.length;
    const id = dataImageRef(this.urls.push(url) - 1);
    return { type: 'image', image: { type: 'file_upload', file_upload: { id } } };
  };
}
