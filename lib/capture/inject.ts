import { browser } from 'wxt/browser';
import { Problem } from '../problems';
import { hostAccessGranted } from '../save/image-access';
import { isPdfAddress, pdfCapture, savesPdfFile } from './pdf-tab';
import {
  CAPTURE_GLOBAL,
  CAPTURE_LIGHT_GLOBAL,
  type CaptureRequest,
  type PageCapture,
} from './types';

/**
 * What the page-side call answers: plain data, since it crosses `executeScript`. The
 * capture travels as its JSON text: the browser copies a result value by value, and a
 * long article's blocks are millions of values (3 s for a 5 MB article's 17,000 blocks),
 * where one string crosses in a single copy and is parsed back in a fraction of that.
 */
export type CaptureReply =
  { ok: true; json: string } | { ok: false; message: string } | { ok: 'not-loaded' };

// Runs in the page, serialised by the browser: it may use only its arguments. Calls the
// first of `names` the page has. A script may answer with a promise (the full one reads
// an article in slices); the browser hands back what it resolves to.
async function callCapture(names: string[], request: CaptureRequest): Promise<CaptureReply> {
  const scope = globalThis as unknown as Record<string, unknown>;
  const run = names.map((name) => scope[name]).find((f) => typeof f === 'function');
  if (typeof run !== 'function') return { ok: 'not-loaded' };
  try {
    const capture = await (run as (r: CaptureRequest) => PageCapture | Promise<PageCapture>)(
      request,
    );
    return { ok: true, json: JSON.stringify(capture) };
  } catch (error) {
    return { ok: false, message: error instanceof Error ? error.message : String(error) };
  }
}

/**
 * Captures what `request` asks for in tab `tabId` (the frame it names, else the top
 * frame). Runs after a user gesture, which grants `activeTab`: a capture script is
 * injected once per page and stays in the extension's isolated world; later captures only
 * call it. An article needs `/capture.js` (with the article extractor); every other mode
 * takes `/capture.js` when the page already has it, else the light `/capture-light.js`.
 * Extraction and conversion happen in the page, because the service worker has no DOM.
 *
 * A tab showing a PDF (its address names a `.pdf` file) is not scripted: Chromium's
 * viewer is closed to extensions, and the file itself is what a page save keeps
 * (`pdf-tab.ts`).
 *
 * Throws `Problem('PageNotCapturable')` for pages browsers keep closed to extensions
 * (settings, web stores, a PDF viewer asked for a selection), `Problem('NothingSelected')` for a selection
 * capture without a selection, `Problem('Unexpected')` when the page-side code failed.
 */
export async function captureTab(tabId: number, request: CaptureRequest): Promise<PageCapture> {
  if (request.frameId === undefined && savesPdfFile(request.mode)) {
    const tab = await browser.tabs.get(tabId).catch(() => null);
    if (tab && isPdfAddress(tab.url)) {
      return pdfCapture(tab, request.mode, !(await hostAccessGranted()));
    }
  }
  const target = request.frameId === undefined ? { tabId } : { tabId, frameIds: [request.frameId] };
  const article = request.mode === 'article';
  const names = article ? [CAPTURE_GLOBAL] : [CAPTURE_GLOBAL, CAPTURE_LIGHT_GLOBAL];
  const call = async (): Promise<CaptureReply | undefined> => {
    const [result] = await browser.scripting.executeScript({
      target,
      func: callCapture,
      args: [names, request],
    });
    return result?.result as CaptureReply | undefined;
  };
  let reply: CaptureReply | undefined;
  try {
    reply = await call();
    if (reply?.ok === 'not-loaded') {
      const file = article ? '/capture.js' : '/capture-light.js';
      await browser.scripting.executeScript({ target, files: [file] });
      reply = await call();
    }
  } catch (error) {
    throw new Problem(
      'PageNotCapturable',
      {},
      error instanceof Error ? error.message : String(error),
    );
  }
  if (!reply || reply.ok === 'not-loaded')
    throw new Problem('PageNotCapturable', {}, 'no result from the page');
  if (reply.ok === false)
    throw new Problem('Unexpected', {}, `capture failed in the page: ${reply.message}`);
  const capture = JSON.parse(reply.json) as PageCapture;
  if (request.mode === 'selection' && !capture.text?.trim() && capture.blocks.length === 0)
    throw new Problem('NothingSelected');
  return capture;
}
