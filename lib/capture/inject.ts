import { browser } from 'wxt/browser';
import { Problem } from '../problems';
import { CAPTURE_GLOBAL, type CaptureRequest, type PageCapture } from './types';

/** What the page-side call answers: plain data, since it crosses `executeScript`. */
export type CaptureReply =
  { ok: true; capture: PageCapture } | { ok: false; message: string } | { ok: 'not-loaded' };

// Runs in the page, serialised by the browser: it may use only its arguments.
function callCapture(name: string, request: CaptureRequest): CaptureReply {
  const run = (globalThis as unknown as Record<string, unknown>)[name];
  if (typeof run !== 'function') return { ok: 'not-loaded' };
  try {
    return { ok: true, capture: (run as (r: CaptureRequest) => PageCapture)(request) };
  } catch (error) {
    return { ok: false, message: error instanceof Error ? error.message : String(error) };
  }
}

/**
 * Captures what `request` asks for in tab `tabId` (the frame it names, else the top
 * frame). Runs after a user gesture, which grants `activeTab`: `/capture.js` is injected
 * once per page and stays in the extension's isolated world; later captures only call it.
 * Extraction and conversion happen in the page, because the service worker has no DOM.
 *
 * Throws `Problem('PageNotCapturable')` for pages browsers keep closed to extensions
 * (settings, web stores, PDF viewers), `Problem('NothingSelected')` for a selection
 * capture without a selection, `Problem('Unexpected')` when the page-side code failed.
 */
export async function captureTab(tabId: number, request: CaptureRequest): Promise<PageCapture> {
  const target = request.frameId === undefined ? { tabId } : { tabId, frameIds: [request.frameId] };
  const call = async (): Promise<CaptureReply | undefined> => {
    const [result] = await browser.scripting.executeScript({
      target,
      func: callCapture,
      args: [CAPTURE_GLOBAL, request],
    });
    return result?.result as CaptureReply | undefined;
  };
  let reply: CaptureReply | undefined;
  try {
    reply = await call();
    if (reply?.ok === 'not-loaded') {
      await browser.scripting.executeScript({ target, files: ['/capture.js'] });
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
  const capture = reply.capture;
  if (request.mode === 'selection' && !capture.text?.trim() && capture.blocks.length === 0)
    throw new Problem('NothingSelected');
  return capture;
}
