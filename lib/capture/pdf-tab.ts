/**
 * A tab showing a PDF. Chromium shows a PDF in its own viewer, a page no extension may
 * script, so such a tab is captured from what the browser tells of it: its address and
 * title. The capture carries one `pdf` block of the file's address; the queue uploads
 * the file itself when the person granted access to websites (`lib/queue/pdf/`), and
 * the block keeps the address when it cannot. Pure.
 */
import type { BlockObjectRequest } from '@notionhq/client';
import { NOTION_LIMITS } from '../notion/api/limits';
import { tabCapture, type TabFacts } from './tab-capture';
import type { CaptureMode, PageCapture } from './types';

/** Whether `url` is a web address whose path names a PDF file (`…/paper.pdf`). */
export function isPdfAddress(url: string | null | undefined): boolean {
  if (!url || url.length > NOTION_LIMITS.url) return false;
  try {
    const parsed = new URL(url);
    if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return false;
    return parsed.pathname.toLowerCase().endsWith('.pdf');
  } catch {
    return false;
  }
}

/** The file name an address ends in (`paper.pdf`), decoded; `document.pdf` for none. */
export function pdfFileName(url: string): string {
  let last = '';
  try {
    last = decodeURIComponent(new URL(url).pathname.split('/').pop() ?? '');
  } catch {
    last = '';
  }
  // A name travels in a header and a filename: no path parts, no control characters.
  const clean = [...last]
    .filter((c) => c.charCodeAt(0) > 0x1f && c.charCodeAt(0) !== 0x7f && !'/\\"'.includes(c))
    .join('')
    .trim();
  if (!clean) return 'document.pdf';
  return /\.pdf$/i.test(clean) ? clean : `${clean}.pdf`;
}

/** A `pdf` block showing the file at `url` (its upload is planned by the queue). */
export function pdfLinkBlock(url: string): BlockObjectRequest {
  return { type: 'pdf', pdf: { type: 'external', external: { url } } } as BlockObjectRequest;
}

/** Modes that save the page as such, and so save a PDF tab as its file. */
export function savesPdfFile(mode: CaptureMode): boolean {
  return mode === 'bookmark' || mode === 'article';
}

/**
 * The capture of a PDF tab: the tab's title (Chromium's viewer shows the document's
 * own title, or its file name), else the file name, and one `pdf` block. `linkedOnly`:
 * the file cannot be copied (no access to websites), which the loss report says.
 */
export function pdfCapture(tab: TabFacts, mode: CaptureMode, linkedOnly: boolean): PageCapture {
  const url = tab.url ?? '';
  const base = tabCapture(tab, mode);
  const title = tab.title?.trim();
  return {
    ...base,
    metadata: { ...base.metadata, title: title && title !== url ? title : pdfFileName(url) },
    blocks: [pdfLinkBlock(url)],
    report: { items: linkedOnly ? [{ kind: 'pdf_linked', count: 1 }] : [] },
    pdf: { url },
  };
}
