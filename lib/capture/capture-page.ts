/**
 * The full capture: every mode, the article included. `/capture.js` carries it; the
 * command line and the golden fixtures call it under Node.
 */
import { captureWith, type CaptureEnvironment } from './capture-core';
import { extractArticle } from './page/article';
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
