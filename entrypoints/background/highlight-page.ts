/**
 * Calls `/highlight-reveal.js` in a tab (lib/highlights/reveal): draws a page's
 * highlights, scrolls to one, describes the selection. The script is injected once per
 * page, as the capture scripts are (`lib/capture/inject.ts`), and the colours' styles
 * with it. Scripting a tab needs a gesture's `activeTab` grant, or the optional access
 * to websites the revisit setting asks for; without either the call throws
 * `Problem('PageNotCapturable')`.
 */
import { browser } from 'wxt/browser';
import {
  HIGHLIGHT_COLORS,
  type DescribeResult,
  type Highlight,
  type HighlightColor,
} from '@/lib/highlights';
import {
  REVEAL_GLOBAL,
  highlightName,
  type PlaceReply,
  type RevealApi,
  type RevealCall,
} from '@/lib/highlights/reveal/api';
import { Problem } from '@/lib/problems';

type Reply = { ok: true; value: unknown } | { ok: 'not-loaded' } | { ok: false; message: string };

// Runs in the page, serialised by the browser: it may use only its arguments.
function callReveal(name: string, call: RevealCall): Reply {
  const api = (globalThis as unknown as Record<string, RevealApi | undefined>)[name];
  if (!api) return { ok: 'not-loaded' };
  try {
    const run = api[call.name] as (...args: unknown[]) => unknown;
    return { ok: true, value: run(...call.args) };
  } catch (error) {
    return { ok: false, message: error instanceof Error ? error.message : String(error) };
  }
}

/**
 * Each colour as a translucent wash over the page's own colours, readable on light and
 * dark pages alike (Notion's own background shades are opaque and made for white).
 */
const WASH: Record<HighlightColor, string> = {
  default: 'rgba(255, 212, 0, 0.35)',
  gray: 'rgba(140, 140, 140, 0.35)',
  brown: 'rgba(160, 110, 70, 0.35)',
  orange: 'rgba(255, 150, 40, 0.38)',
  yellow: 'rgba(255, 212, 0, 0.42)',
  green: 'rgba(60, 190, 110, 0.35)',
  blue: 'rgba(60, 140, 255, 0.32)',
  purple: 'rgba(160, 100, 230, 0.32)',
  pink: 'rgba(240, 90, 170, 0.32)',
  red: 'rgba(240, 70, 60, 0.32)',
};

const STYLE = HIGHLIGHT_COLORS.map(
  (color) => `::highlight(${highlightName(color)}) { background-color: ${WASH[color]}; }`,
).join('\n');

async function call<T>(tabId: number, request: RevealCall): Promise<T> {
  const target = { tabId };
  const once = async () => {
    const [result] = await browser.scripting.executeScript({
      target,
      func: callReveal,
      args: [REVEAL_GLOBAL, request],
    });
    return result?.result as Reply | undefined;
  };
  let reply: Reply | undefined;
  try {
    reply = await once();
    if (reply?.ok === 'not-loaded') {
      await browser.scripting.executeScript({ target, files: ['/highlight-reveal.js'] });
      await browser.scripting.insertCSS({ target, css: STYLE });
      reply = await once();
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
    throw new Problem('Unexpected', {}, `highlights failed in the page: ${reply.message}`);
  return reply.value as T;
}

/** Draws `highlights` in tab `tabId` (replacing what was drawn); names those not placed. */
export function drawHighlightsInTab(tabId: number, highlights: Highlight[]): Promise<PlaceReply> {
  const input = highlights.map(({ id, color, target }) => ({ id, color, target }));
  return call<PlaceReply>(tabId, { name: 'draw', args: [input] });
}

/** Scrolls tab `tabId` to `highlight` and selects it; false when it cannot be placed now. */
export function revealHighlightInTab(tabId: number, highlight: Highlight): Promise<boolean> {
  return call<boolean>(tabId, { name: 'reveal', args: [highlight.target] });
}

/** The tab's selection as selectors, or why it cannot become a highlight. */
export function describeSelectionInTab(tabId: number): Promise<DescribeResult> {
  return call<DescribeResult>(tabId, {
    name: 'describeSelection',
    args: [],
  });
}
