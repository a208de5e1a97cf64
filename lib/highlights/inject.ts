/**
 * The background's side of the highlighter script: injects `/highlighter.js` (and the
 * stylesheet that paints highlights) into a tab's frame the first time it is needed,
 * then calls it. Like the capture scripts (`lib/capture/inject.ts`) it runs after a
 * gesture — a menu click, a shortcut, the toolbar button — which grants `activeTab`; no
 * content script is declared.
 */
import { browser } from 'wxt/browser';
import { Problem } from '../problems';
import { highlightStyles } from './page/colors';
import { HIGHLIGHTER_GLOBAL, type Highlighter } from './page/highlighter';

type Verb = keyof Highlighter;

type CallReply =
  { ok: true; value: unknown } | { ok: false; message: string } | { ok: 'not-loaded' };

// Runs in the page, serialised by the browser: it may use only its arguments.
function callHighlighter(name: string, verb: string, args: unknown[]): CallReply {
  const api = (globalThis as unknown as Record<string, Record<string, unknown> | undefined>)[name];
  const run = api?.[verb];
  if (typeof run !== 'function') return { ok: 'not-loaded' };
  try {
    return { ok: true, value: (run as (...a: unknown[]) => unknown).apply(api, args) };
  } catch (error) {
    return { ok: false, message: error instanceof Error ? error.message : String(error) };
  }
}

/** Where in a tab: the top frame unless a frame is named. */
export interface FrameRef {
  tabId: number;
  frameId?: number;
}

/**
 * Calls the highlighter's `verb` in the frame, injecting it first when the document
 * does not have it yet.
 * @throws Problem('PageNotCapturable') for pages browsers keep closed to extensions,
 *   Problem('Unexpected') when the page-side code failed
 */
export async function askHighlighter<V extends Verb>(
  where: FrameRef,
  verb: V,
  ...args: Parameters<Highlighter[V]>
): Promise<ReturnType<Highlighter[V]>> {
  const target =
    where.frameId === undefined
      ? { tabId: where.tabId }
      : { tabId: where.tabId, frameIds: [where.frameId] };
  const call = async (): Promise<CallReply | undefined> => {
    const [result] = await browser.scripting.executeScript({
      target,
      func: callHighlighter,
      args: [HIGHLIGHTER_GLOBAL, verb, args],
    });
    return result?.result as CallReply | undefined;
  };
  let reply: CallReply | undefined;
  try {
    reply = await call();
    if (reply?.ok === 'not-loaded') {
      // Once per document: the script stays, and so does its stylesheet.
      await browser.scripting.insertCSS({ target, css: highlightStyles() });
      await browser.scripting.executeScript({ target, files: ['/highlighter.js'] });
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
    throw new Problem('PageNotCapturable', {}, 'no answer from the highlighter');
  if (reply.ok === false)
    throw new Problem('Unexpected', {}, `the highlighter failed in the page: ${reply.message}`);
  return reply.value as ReturnType<Highlighter[V]>;
}
