/**
 * The PDF a tab shows, fetched by the worker when its upload is sent, on the same
 * terms as a page image (`../images/fetch-image.ts`): every address and redirect hop
 * checked (`image-address.ts`), cookies left out, no more bytes read than the
 * workspace accepts. The tab's address is a web page's, so the answer is trusted for
 * nothing: it must say it is a PDF (or name no type) and begin with `%PDF-`.
 */
import {
  GENERIC,
  createCheckedFetcher,
  readCapped,
  type FetchImage,
  type ImageFetchOptions,
  type Prepared,
} from '../images/fetch-image';
import { pdfFileName } from '../../capture/pdf-tab';

/** Fetches a PDF file, reading at most `maxBytes`. Throws only while offline (to wait). */
export type FetchPdf = FetchImage;

/** The content type every PDF upload is sent with. */
export const PDF_TYPE = 'application/pdf';

/** Whether `bytes` begin as every PDF file does (`%PDF-`, ISO 32000 § 7.5.2). */
export function startsAsPdf(bytes: Uint8Array): boolean {
  return [0x25, 0x50, 0x44, 0x46, 0x2d].every((v, i) => bytes[i] === v);
}

async function readPdf(response: Response, url: string, maxBytes: number): Promise<Prepared> {
  const cancel = () => void response.body?.cancel().catch(() => undefined);
  if (!response.ok) {
    cancel();
    return { skip: 'fetch_failed' };
  }
  const declared = (response.headers.get('content-type') ?? '').split(';')[0]!.trim();
  if (declared.toLowerCase() !== PDF_TYPE && !GENERIC.test(declared)) {
    cancel();
    return { skip: 'not_pdf' };
  }
  if (Number(response.headers.get('content-length') ?? 0) > maxBytes) {
    cancel();
    return { skip: 'too_large' };
  }
  const bytes = await readCapped(response, maxBytes);
  if (!bytes) return { skip: 'too_large' };
  if (!startsAsPdf(bytes)) return { skip: 'not_pdf' };
  return { file: { filename: pdfFileName(url), contentType: PDF_TYPE, bytes } };
}

/** A `FetchPdf` on `fetch`; loopback only in the test build unless told otherwise. */
export function createPdfFetcher(options: ImageFetchOptions = {}): FetchPdf {
  return createCheckedFetcher(readPdf, options);
}

export const fetchPdf: FetchPdf = createPdfFetcher();
