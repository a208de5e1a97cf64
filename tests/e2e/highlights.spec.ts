/**
 * Highlights end to end: made from the context menu's colours (run through the
 * background's own handler, as Playwright cannot click a context menu), kept in Notion
 * through the queue, drawn again with the CSS Custom Highlight API when the person comes
 * back and clicks the toolbar button, and kept exactly once in Notion — one append for a
 * new highlight, one update for an edited note, one deletion — whatever Notion or the
 * worker does meanwhile.
 */
import type { BrowserContext, Page, Worker } from '@playwright/test';
import type { RunningEmulator } from '../notion-emulator/index';
import { extensionWorker } from './fixtures';
import { expect, grantActiveTab, openPopupWindow, sendFromPage, test } from './pages/popup-page';

interface Stored {
  highlights: Array<{ id: string; color: string; note?: string }>;
  sync: {
    notion: { pageId: string } | null;
    blocks: Record<string, { blockId: string; color: string | null; note: string | null }>;
    inFlight: unknown;
  } | null;
}

/** The page's highlights and what the sync keeps of them, read from extension storage. */
function stored(worker: Worker, pageUrl: string): Promise<Stored> {
  return worker.evaluate(async (url) => {
    const keys = [`highlights:${url}`, `highlightSync:${url}`];
    const values = await chrome.storage.local.get(keys);
    const page = values[keys[0]!] as { highlights: Stored['highlights'] } | undefined;
    return {
      highlights: page?.highlights ?? [],
      sync: (values[keys[1]!] as Stored['sync']) ?? null,
    };
  }, pageUrl);
}

/** True once Notion has every highlight as it is now, and nothing is in flight. */
function inStep({ highlights, sync }: Stored): boolean {
  if (!sync?.notion || sync.inFlight) return false;
  const ids = Object.keys(sync.blocks);
  return (
    ids.length === highlights.length &&
    highlights.every((h) => {
      const block = sync.blocks[h.id];
      return block && block.color === h.color && block.note === (h.note ?? null);
    })
  );
}

async function synced(context: BrowserContext, pageUrl: string): Promise<Stored> {
  let last: Stored | null = null;
  await expect
    .poll(
      async () => {
        last = await stored(await extensionWorker(context), pageUrl);
        return inStep(last);
      },
      { timeout: 45_000, message: 'the highlights are in Notion' },
    )
    .toBe(true);
  return last!;
}

/** Selects the start of the `n`th long paragraph (up to `length` characters). */
async function selectPassage(page: Page, n: number, length = 48): Promise<string> {
  return page.evaluate(
    ({ n, length }) => {
      const paragraphs = [...document.querySelectorAll('p')].filter(
        (p) => (p.firstChild?.textContent ?? '').trim().length > length + 10,
      );
      const node = paragraphs[n]!.firstChild!;
      const text = node.textContent!;
      const start = text.length - text.trimStart().length;
      const range = document.createRange();
      range.setStart(node, start);
      range.setEnd(node, start + length);
      getSelection()!.removeAllRanges();
      getSelection()!.addRange(range);
      return range.toString();
    },
    { n, length },
  );
}

/** The "Highlight ▸ colour" menu entry clicked on the tab's selection. */
async function highlightMenu(context: BrowserContext, tabId: number, color: string) {
  const worker = await extensionWorker(context);
  return worker.evaluate(
    async ({ tabId, color }) => {
      const tab = await chrome.tabs.get(tabId);
      const { onMenuClick } = (
        globalThis as unknown as {
          quickCaptureGestures: { onMenuClick: (...a: unknown[]) => Promise<string | null> };
        }
      ).quickCaptureGestures;
      return onMenuClick(
        { menuItemId: `highlight::${color}`, editable: false, pageUrl: tab.url, frameId: 0 },
        tab,
      );
    },
    { tabId, color },
  );
}

/** How many ranges the page's `CSS.highlights` registry holds, by highlight name. */
function drawnRanges(page: Page): Promise<Record<string, number>> {
  return page.evaluate(() => {
    const out: Record<string, number> = {};
    CSS.highlights.forEach((highlight, name) => (out[name] = highlight.size));
    return out;
  });
}

/** Quote blocks of the Notion page, by the highlight id their link carries. */
function notionHighlights(emulator: RunningEmulator, pageId: string) {
  const tree = emulator.getPageTree(pageId)!;
  return tree.blocks
    .filter((b) => b.type === 'quote')
    .map((b) => {
      const quote = b.quote as {
        color: string;
        rich_text: Array<{ plain_text: string; href: string | null }>;
      };
      return {
        id: /#qc-([A-Za-z0-9-]+)/.exec(quote.rich_text[0]?.href ?? '')?.[1] ?? null,
        color: quote.color,
        text: quote.rich_text.map((t) => t.plain_text).join(''),
      };
    });
}

function writesSince(emulator: RunningEmulator, mark: number) {
  return emulator
    .requestLog()
    .slice(mark)
    .filter((r) => r.method !== 'GET')
    .map((r) => `${r.method} ${r.path.endsWith('/children') ? 'children' : 'block'}`);
}

test('highlights are drawn again on a revisit and kept in Notion exactly once, faults and all', async ({
  connect,
  corpus,
  context,
  emulator,
  serviceWorker,
  extensionId,
  openExtensionPage,
}) => {
  test.setTimeout(180_000);
  await connect();
  const page = await context.newPage();
  await page.goto(corpus.pageUrl('v8-blog'));
  const pageUrl = page.url();
  const tabId = await grantActiveTab(context, serviceWorker, extensionId, page);

  // Three passages in two colours, one with a note.
  const passages: string[] = [];
  for (const [n, color] of [
    [0, 'yellow'],
    [1, 'green'],
    [2, 'yellow'],
  ] as const) {
    passages.push(await selectPassage(page, n));
    expect(await highlightMenu(context, tabId, color)).toBeTruthy();
  }
  const options = await openExtensionPage('options.html');
  const [first] = (await stored(serviceWorker, pageUrl)).highlights;
  await sendFromPage(options, 'editHighlight', {
    pageUrl,
    id: first!.id,
    edit: { note: 'The heart of the argument' },
  });
  expect(Object.values(await drawnRanges(page)).reduce((a, b) => a + b, 0)).toBe(3);

  // Saved: the page became a bookmark in the default target, its highlights under it.
  let state = await synced(context, pageUrl);
  const pageId = state.sync!.notion!.pageId;
  expect(notionHighlights(emulator, pageId).map((b) => b.text)).toEqual([
    `${passages[0]}\nThe heart of the argument`,
    passages[1],
    passages[2],
  ]);

  // Back on the page later: nothing drawn until the toolbar button is clicked.
  await page.reload();
  expect(await drawnRanges(page)).toEqual({});
  await grantActiveTab(context, serviceWorker, extensionId, page);
  const popup = await openPopupWindow(context, serviceWorker, extensionId, tabId);
  await expect
    .poll(() => drawnRanges(page))
    .toEqual({
      'quick-capture-yellow': 2,
      'quick-capture-green': 1,
    });
  await popup.close();

  // A fourth: exactly one append.
  let mark = emulator.requestLog().length;
  await selectPassage(page, 3);
  await highlightMenu(context, tabId, 'blue');
  state = await synced(context, pageUrl);
  expect(writesSince(emulator, mark)).toEqual(['PATCH children']);
  await expect.poll(() => drawnRanges(page).then((r) => r['quick-capture-blue'])).toBe(1);

  // A note edited: exactly one update.
  mark = emulator.requestLog().length;
  const fourth = state.highlights[3]!;
  await sendFromPage(options, 'editHighlight', {
    pageUrl,
    id: fourth.id,
    edit: { note: 'Compare with the JIT tiers' },
  });
  state = await synced(context, pageUrl);
  expect(writesSince(emulator, mark)).toEqual(['PATCH block']);

  // One deleted: exactly one deletion.
  mark = emulator.requestLog().length;
  await sendFromPage(options, 'deleteHighlight', { pageUrl, id: state.highlights[1]!.id });
  state = await synced(context, pageUrl);
  expect(writesSince(emulator, mark)).toEqual(['DELETE block']);

  // Faults: a 429, a write saved then answered 503, a dropped connection after the write.
  emulator.injectFault({
    method: 'PATCH',
    path: '/v1/blocks/*/children',
    action: { type: 'status', status: 429, retryAfterSeconds: 1 },
  });
  await selectPassage(page, 4);
  await highlightMenu(context, tabId, 'pink');
  await synced(context, pageUrl);
  emulator.injectFault({
    method: 'PATCH',
    path: '/v1/blocks/*/children',
    action: { type: '503-after-commit' },
  });
  await selectPassage(page, 5);
  await highlightMenu(context, tabId, 'purple');
  await synced(context, pageUrl);
  emulator.injectFault({
    method: 'PATCH',
    path: '/v1/blocks/*',
    action: { type: 'drop' },
  });
  state = await stored(serviceWorker, pageUrl);
  await sendFromPage(options, 'editHighlight', {
    pageUrl,
    id: state.highlights[0]!.id,
    edit: { color: 'orange' },
  });
  await synced(context, pageUrl);
  // A connection dropped before the append was answered. (Dropped after Notion saved it,
  // Chromium itself sends the request again on a fresh connection before the extension
  // hears of it — no page code can see that resend; the model tests cover that case.)
  emulator.injectFault({
    method: 'PATCH',
    path: '/v1/blocks/*/children',
    action: { type: 'drop' },
  });
  await selectPassage(page, 6);
  await highlightMenu(context, tabId, 'red');
  await synced(context, pageUrl);

  // The worker stopped while an append is on its way: Notion saves it all the same.
  emulator.injectFault({
    method: 'PATCH',
    path: '/v1/blocks/*/children',
    action: { type: 'delay', ms: 1_500 },
  });
  await selectPassage(page, 7);
  await highlightMenu(context, tabId, 'gray');
  await expect
    .poll(async () => (await stored(serviceWorker, pageUrl)).sync?.inFlight ?? null)
    .not.toBeNull();
  const cdp = await context.newCDPSession(options);
  await cdp.send('ServiceWorker.enable');
  await cdp.send('ServiceWorker.stopAllWorkers');
  // The next message starts a new worker, which takes the page up from storage.
  await sendFromPage(options, 'listHistory');
  state = await synced(context, pageUrl);

  // Notion has exactly the person's highlights, once each, in their colours.
  const blocks = notionHighlights(emulator, pageId);
  expect(blocks.map((b) => b.id)).toEqual(state.highlights.map((h) => h.id));
  expect(blocks.map((b) => b.color)).toEqual(state.highlights.map((h) => `${h.color}_background`));
  expect(state.highlights).toHaveLength(7);
});
