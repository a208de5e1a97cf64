import { browser } from 'wxt/browser';
import { Problem } from '../problems';
import { hostAccessGranted } from '../save/image-access';
import { isPdfAddress, pdfCapture, savesPdfFile } from './pdf-tab';
import { pageHasMath } from './page/math-signal';
import {
  CAPTURE_GLOBAL,
  CAPTURE_LIGHT_GLOBAL,
  CAPTURE_MATH_GLOBAL,
  NEEDS_MATH_BUILD,
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
  | { ok: true; json: string }
  | { ok: false; message: string }
  | { ok: 'not-loaded' }
  | { ok: 'needs-math' };

// Runs in the page, serialised by the browser: it may use only its arguments. Calls the
// first of `names` the page has. A script may answer with a promise (an article script reads
// an article in slices); the browser hands back what it resolves to. `/capture.js`
// answers `needsMath` instead of an article when the page has math by then.
async function callCapture(
  names: string[],
  request: CaptureRequest,
  needsMath: string,
): Promise<CaptureReply> {
  const scope = globalThis as unknown as Record<string, unknown>;
  const run = names.map((name) => scope[name]).find((f) => typeof f === 'function');
  if (typeof run !== 'function') return { ok: 'not-loaded' };
  try {
    const capture = await (
      run as (r: CaptureRequest) => PageCapture | string | Promise<PageCapture | string>
    )(request);
    if (capture === needsMath) return { ok: 'needs-math' };
    if (typeof capture === 'string') throw new Error(`unexpected answer ${capture}`);
    return { ok: true, json: JSON.stringify(capture) };
  } catch (error) {
    return { ok: false, message: error instanceof Error ? error.message : String(error) };
  }
}

/**
 * Captures what `request` asks for in tab `tabId` (the frame it names, else the top
 * frame). Runs after a user gesture, which grants `activeTab`: a capture script is
 * injected once per page and stays in the extension's isolated world; later captures only
 * call it. An article needs `/capture.js` (with the article extractor, defuddle's core
 * build), or `/capture-math.js` (its full build) on a page with math (`pageHasMath`, run
 * in the page beside the first call, so a cold tab waits for no extra round trip); every
 * other mode takes either when the page already has it, else the light
 * `/capture-light.js`. A page that gains math after `/capture.js` is in (a formula
 * rendered later) gets `/capture-math.js` at its next article capture: `/capture.js`
 * checks and declines, and from then on the page uses the math one.
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
  const names = article
    ? [CAPTURE_MATH_GLOBAL, CAPTURE_GLOBAL]
    : [CAPTURE_MATH_GLOBAL, CAPTURE_GLOBAL, CAPTURE_LIGHT_GLOBAL];
  const call = async (): Promise<CaptureReply | undefined> => {
    const [result] = await browser.scripting.executeScript({
      target,
      func: callCapture,
      args: [names, request, NEEDS_MATH_BUILD],
    });
    return result?.result as CaptureReply | undefined;
  };
  // Asked beside the first call: a cold tab needs the answer as soon as that call says
  // no script is in; a warm one never waits for it. A failure reads as no math (the
  // core script then checks again itself).
  const hasMath = article
    ? browser.scripting
        .executeScript({ target, func: pageHasMath })
        .then(([result]) => result?.result === true)
        .catch(() => false)
    : null;
  let reply: CaptureReply | undefined;
  try {
    const inject = (file: '/capture.js' | '/capture-math.js' | '/capture-light.js') =>
      browser.scripting.executeScript({ target, files: [file] });
    reply = await call();
    if (reply?.ok === 'not-loaded') {
      const math = (await hasMath) === true;
      await inject(!article ? '/capture-light.js' : math ? '/capture-math.js' : '/capture.js');
      reply = await call();
    }
    if (reply?.ok === 'needs-math') {
      await inject('/capture-math.js');
      reply = await call();
    }
  } catch (error) {
    throw new Problem(
      'PageNotCapturable',
      {},
      error instanceof Error ? error.message : String(error),
    );
  }
  if (!reply || reply.ok === 'not-loaded' || reply.ok === 'needs-math')
    throw new Problem('PageNotCapturable', {}, 'no result from the page');
  if (reply.ok === false)
    throw new Problem('Unexpected', {}, `capture failed in the page: ${reply.message}`);
  const capture = JSON.parse(reply.json) as PageCapture;
  if (request.mode === 'selection' && !capture.text?.trim() && capture.blocks.length === 0)
    throw new Problem('NothingSelected');
  return capture;
}
