/**
 * A page image fetched by the worker when its upload is sent (it holds the optional
 * host permission then; nothing is stored). The address comes from the page, so the
 * answer is trusted for nothing: it must be an image type Notion takes, and no more
 * bytes are read than the workspace accepts. Cookies are left out: the image is copied
 * as the web sees it, and a page cannot make the extension send a person's cookies to
 * a site of its choosing.
 */
import { notionImageType } from '../notion/upload-types';
import { filenameFor } from './filename';

export interface UploadFile {
  filename: string;
  contentType: string;
  bytes: Uint8Array<ArrayBuffer>;
}

/** Why an image's upload sends nothing (its block falls back to its address). */
export type SkipReason =
  'fetch_failed' | 'not_image' | 'too_large' | 'missing' | 'refused' | 'expired';

export type Prepared = { file: UploadFile } | { skip: SkipReason };

/** Fetches `url`, reading at most `maxBytes`. Throws only while offline (to wait). */
export type FetchImage = (url: string, maxBytes: number) => Promise<Prepared>;

// A slow image must not hold a capture for long; its block keeps the address instead.
const TIMEOUT_MS = 30_000;

const isOffline = () => typeof navigator !== 'undefined' && navigator.onLine === false;

/** The image type of the first bytes, for servers that say `application/octet-stream`. */
export function sniffImageType(bytes: Uint8Array): string | null {
  const starts = (...values: number[]) => values.every((v, i) => bytes[i] === v);
  if (starts(0x89, 0x50, 0x4e, 0x47)) return 'image/png';
  if (starts(0xff, 0xd8, 0xff)) return 'image/jpeg';
  if (starts(0x47, 0x49, 0x46, 0x38)) return 'image/gif';
  const webp = [0x57, 0x45, 0x42, 0x50].every((v, i) => bytes[8 + i] === v);
  if (starts(0x52, 0x49, 0x46, 0x46) && webp) return 'image/webp';
  return null;
}

/** The body, or null as soon as it grows past `maxBytes` (the rest is never read). */
async function readCapped(
  response: Response,
  maxBytes: number,
): Promise<Uint8Array<ArrayBuffer> | null> {
  const reader = response.body?.getReader();
  if (!reader) {
    const whole = new Uint8Array(await response.arrayBuffer());
    return whole.length > maxBytes ? null : whole;
  }
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.length;
    if (total > maxBytes) {
      await reader.cancel().catch(() => undefined);
      return null;
    }
    chunks.push(value);
  }
  const bytes = new Uint8Array(total);
  let at = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, at);
    at += chunk.length;
  }
  return bytes;
}

const GENERIC = /^(application|binary)\/octet-stream\b|^$/i;

async function fetchOnce(url: string, maxBytes: number, signal: AbortSignal): Promise<Prepared> {
  const response = await fetch(url, {
    credentials: 'omit',
    redirect: 'follow',
    referrerPolicy: 'no-referrer',
    signal,
  });
  const cancel = () => void response.body?.cancel().catch(() => undefined);
  if (!response.ok) {
    cancel();
    return { skip: 'fetch_failed' };
  }
  const declared = response.headers.get('content-type') ?? '';
  const named = notionImageType(declared);
  if (!named && !GENERIC.test(declared.trim())) {
    cancel();
    return { skip: 'not_image' };
  }
  if (Number(response.headers.get('content-length') ?? 0) > maxBytes) {
    cancel();
    return { skip: 'too_large' };
  }
  const bytes = await readCapped(response, maxBytes);
  if (!bytes) return { skip: 'too_large' };
  const contentType = named ?? sniffImageType(bytes);
  if (!contentType) return { skip: 'not_image' };
  return { file: { filename: filenameFor(response.url || url, contentType), contentType, bytes } };
}

/** The default `FetchImage`: the worker's own `fetch`. */
export const fetchImage: FetchImage = async (url, maxBytes) => {
  if (!/^https?:\/\//i.test(url)) return { skip: 'fetch_failed' };
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), TIMEOUT_MS);
  try {
    return await fetchOnce(url, maxBytes, controller.signal);
  } catch (error) {
    // Offline, the capture waits for the network rather than give up its images.
    if (isOffline()) throw error;
    return { skip: 'fetch_failed' };
  } finally {
    clearTimeout(timer);
  }
};
