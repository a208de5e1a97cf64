/**
 * What Notion takes as an uploaded image: its content types (developers.notion.com,
 * "Working with files and media" → supported file types) and the size of one
 * single-part upload (`NOTION_LIMITS.singlePartUploadBytes`). A type outside the list
 * would only earn a 400 after the upload was created, so such an image stays linked
 * instead.
 */
import { NOTION_LIMITS } from './limits';

/** Content type → the extension its filename carries. */
const IMAGE_TYPES: Record<string, string> = {
  'image/gif': 'gif',
  'image/heic': 'heic',
  'image/jpeg': 'jpg',
  'image/png': 'png',
  'image/svg+xml': 'svg',
  'image/tiff': 'tiff',
  'image/webp': 'webp',
  'image/vnd.microsoft.icon': 'ico',
};

// Names servers use for the same types.
const ALIASES: Record<string, string> = {
  'image/jpg': 'image/jpeg',
  'image/pjpeg': 'image/jpeg',
  'image/x-icon': 'image/vnd.microsoft.icon',
};

/** The content type Notion accepts for an image with this `Content-Type`, or null. */
export function notionImageType(contentType: string | null | undefined): string | null {
  const bare = (contentType ?? '').split(';')[0]?.trim().toLowerCase() ?? '';
  const type = ALIASES[bare] ?? bare;
  return type in IMAGE_TYPES ? type : null;
}

/** The usual extension of an accepted image type. */
export function imageExtension(contentType: string): string {
  return IMAGE_TYPES[contentType] ?? 'img';
}

/** The largest file one upload may carry to a workspace (its cap unknown: Notion's). */
export function uploadCap(maxUploadBytes: number | null | undefined): number {
  return maxUploadBytes && maxUploadBytes > 0
    ? Math.min(maxUploadBytes, NOTION_LIMITS.singlePartUploadBytes)
    : NOTION_LIMITS.singlePartUploadBytes;
}
