/**
 * A page's `data:` image as bytes to upload. The address comes from the page, so it is
 * checked here again whatever the capture script said: an image type Notion takes and
 * well-formed base64 (or percent-encoded text, as inline SVG often is).
 */
import { notionImageType } from '../../notion/api/upload-types';
import { base64FromBytes, base64Size } from './base64';

export interface DataImage {
  contentType: string;
  base64: string;
  /** Decoded size in bytes. */
  size: number;
}

const BASE64 = /^[A-Za-z0-9+/]*={0,2}$/;

function decodePercent(text: string): string | null {
  try {
    return decodeURIComponent(text);
  } catch {
    return null;
  }
}

/** The image in a `data:` address, or null when it is not one Notion takes. */
export function decodeImageDataUrl(url: string): DataImage | null {
  const comma = url.indexOf(',');
  if (!/^data:/i.test(url) || comma === -1) return null;
  const [type, ...params] = url.slice(5, comma).split(';');
  const contentType = notionImageType(type);
  if (!contentType) return null;
  const payload = url.slice(comma + 1);
  let base64: string | null;
  if (params.some((p) => p.trim().toLowerCase() === 'base64')) {
    base64 = decodePercent(payload)?.replace(/\s+/g, '') ?? null;
    if (base64 !== null && base64.length % 4 !== 0) base64 += '='.repeat(4 - (base64.length % 4));
    if (base64 === null || !BASE64.test(base64) || base64.length % 4 !== 0) return null;
  } else {
    const text = decodePercent(payload);
    base64 = text === null ? null : base64FromBytes(new TextEncoder().encode(text));
  }
  if (!base64) return null;
  return { contentType, base64, size: base64Size(base64) };
}
