/**
 * A page image fetched by the worker when its upload is sent (it holds the optional
 * host permission then; nothing is stored). The address comes from the page, so the
 * answer is trusted for nothing: it must be an image type Notion takes, and no more
 * bytes are read than the workspace accepts. Cookies are left out: the image is copied
 * as the web sees it, and a page cannot make the extension send a person's cookies to
 * a site of its choosing.
 *
 * Where it points is checked before every request (`image-address.ts`): never this
 * computer (except in the test build), the local network or link-local addresses. The
 * browser would follow redirects unchecked, so they are followed here, one hop at a time,
 * each checked the same way. In an extension's worker (Chrome and Firefox alike) a
 * `redirect: 'manual'` fetch answers a redirect with an opaque response (type
 * `opaqueredirect`, status 0, no headers): its `Location` cannot be read, so such an
 * image is skipped and its block keeps the address rather than follow blindly. Where the
 * hop can be read (a runtime without that filter), it is checked and followed.
 */
import { IS_TEST_BUILD } from '../../platform/build-mode';
import { notionImageType } from '../../notion/api/upload-types';
import { filenameFor } from './filename';
import { imageAddressRefusal, type AddressRule } from './image-address';

export interface UploadFile {
  filename: string;
  contentType: string;
  bytes: Uint8Array<ArrayBuffer>;
}

/** Why an image's upload sends nothing (its block falls back to its address). */
export type SkipReason =
  | 'fetch_failed'
  | 'not_image'
  | 'too_large'
  | 'missing'
  | 'refused'
  | 'expired'
  /** It points at this computer or the local network (`image-address.ts`). */
  | 'blocked_address'
  /** It redirects, and where to cannot be read. */
  | 'redirect_unreadable'
  /** A PDF tab's file that does not start as a PDF does (`%PDF-`). */
  | 'not_pdf';

export type Prepared = { file: UploadFile } | { skip: SkipReason };

/** Fetches `url`, reading at most `maxBytes`. Throws only while offline (to wait). */
export type FetchImage = (url: string, maxBytes: number) => Promise<Prepared>;

/**
 * A slow image must not hold a capture for long; its block keeps the address instead.
 * 25 s, as for Notion's requests (`REQUEST_TIMEOUT_MS`): Chrome stops a worker whose
 * fetch has not answered in 30 s, and the capture must be checkpointed before that.
 */
export const IMAGE_TIMEOUT_MS = 25_000;

/** Redirects followed for one image before giving up, as browsers bound them (20) but lower. */
export const MAX_REDIRECTS = 5;

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
export async function readCapped(
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

/** A content type that names nothing (servers' default for files). */
export const GENERIC = /^(application|binary)\/octet-stream\b|^$/i;

/** What a fetch of an image needs: where it may go, the clock, and `fetch` itself. */
export interface ImageFetchOptions extends Partial<AddressRule> {
  timeoutMs?: number;
  fetch?: typeof fetch;
}

/** The final answer for `url`, each redirect hop checked and followed, or why not. */
export async function fetchChecked(
  url: string,
  rule: AddressRule,
  doFetch: typeof fetch,
  signal: AbortSignal,
): Promise<{ response: Response; url: string } | { skip: SkipReason }> {
  let at = url;
  for (let hop = 0; hop <= MAX_REDIRECTS; hop++) {
    const refusal = imageAddressRefusal(at, rule);
    if (refusal) return { skip: refusal === 'not_web' ? 'fetch_failed' : 'blocked_address' };
    const response = await doFetch(at, {
      credentials: 'omit',
      redirect: 'manual',
      referrerPolicy: 'no-referrer',
      signal,
    });
    if (response.type === 'opaqueredirect') return { skip: 'redirect_unreadable' };
    if (response.status < 300 || response.status > 399) return { response, url: at };
    void response.body?.cancel().catch(() => undefined);
    const location = response.headers.get('location');
    if (!location) return { skip: 'fetch_failed' };
    try {
      at = new URL(location, at).href;
    } catch {
      return { skip: 'fetch_failed' };
    }
  }
  return { skip: 'fetch_failed' };
}

async function readImage(response: Response, url: string, maxBytes: number): Promise<Prepared> {
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
  return { file: { filename: filenameFor(url, contentType), contentType, bytes } };
}

/** Turns a checked answer into the file to upload, or why it is skipped. */
export type ReadAnswer = (response: Response, url: string, maxBytes: number) => Promise<Prepared>;

/**
 * A fetcher on `fetch` (the worker's own by default) that checks every address and
 * redirect, then hands the answer to `read`. Loopback is allowed only in the test build
 * unless `allowLoopback` says otherwise. Images and PDFs share it; only `read` differs.
 */
export function createCheckedFetcher(
  read: ReadAnswer,
  options: ImageFetchOptions = {},
): FetchImage {
  const rule: AddressRule = { allowLoopback: options.allowLoopback ?? IS_TEST_BUILD };
  const timeoutMs = options.timeoutMs ?? IMAGE_TIMEOUT_MS;
  const doFetch = options.fetch ?? ((input, init) => globalThis.fetch(input, init));
  return async (url, maxBytes) => {
    const signal = AbortSignal.timeout(timeoutMs);
    try {
      const answer = await fetchChecked(url, rule, doFetch, signal);
      if ('skip' in answer) return answer;
      return await read(answer.response, answer.url, maxBytes);
    } catch (error) {
      // Offline, the capture waits for the network rather than give up its files.
      if (isOffline()) throw error;
      return { skip: 'fetch_failed' };
    }
  };
}

/** A `FetchImage` on `fetch`; see `createCheckedFetcher`. */
export function createImageFetcher(options: ImageFetchOptions = {}): FetchImage {
  return createCheckedFetcher(readImage, options);
}

export const fetchImage: FetchImage = createImageFetcher();
