/**
 * The full capture: every mode, the article included. `/capture.js` carries it; the
 * command line and the golden fixtures call it under Node.
 */
import { captureWith, type CaptureEnvironment } from './capture-core';
import { extractArticle, extractArticleInSlices } from './page/article';
import { yieldToPage } from './page/yield-to-page';
import type { CaptureRequest, PageCapture } from './types';

export type { CaptureEnvironment } from './capture-core';

/** Captures `doc` as `request` asks, in any mode (see `captureWith`). */
export function capturePage(
  doc: Document,
  request: CaptureRequest,
  env: CaptureEnvironment,
): PageCapture {
  return captureWith(extractArticle, doc, request, env);
}

/**
 * `capturePage` for a live page: an article is read pass by pass with the page let run
 * in between (`yieldToPage`), so that a long article never holds the tab for the whole
 * capture. The result is the same capture.
 */
export async function capturePageInSlices(
  doc: Document,
  request: CaptureRequest,
  env: CaptureEnvironment,
  pause: () => Promise<void> = yieldToPage,
): Promise<PageCapture> {
  if (request.mode !== 'article') return capturePage(doc, request, env);
  const article = await extractArticleInSlices(doc, env.url, pause);
  await pause();
  return captureWith(() => article, doc, request, env);
}
