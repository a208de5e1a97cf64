/**
 * Highlights end to end: made from the context menu's colours (run through the
 * background's own handler, as Playwright cannot click a context menu), kept in Notion
 * through the queue, drawn again with the CSS Custom Highlight API when the person comes
 * back and clicks the toolbar button, and kept exactly once in Notion — one append for a
 * new highlight, one update for an edited note, one deletion — whatever Notion or the
 * worker does meanwhile.
 */
import type { BrowserContext, Page, Worker } from '@playwright/test';
import { DEMO, type RunningEmulator } from '../notion-emulator/index';
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
      { timeout: 90_000, message: 'the highlights are in Notion' },
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

/** Requests that only read, though sent as POST (the popup's "already saved" lookup). */
const READ_ONLY_POST = /^\/v1\/(search$|data_sources\/[^/]+\/query$|databases\/[^/]+\/query$)/;

/**
 * The writes since `mark`: block writes by kind, any other write by its path, so a page
 * made or changed where none was expected shows up too.
 */
function writesSince(emulator: RunningEmulator, mark: number) {
  return emulator
    .requestLog()
    .slice(mark)
    .filter((r) => r.method !== 'GET' && !(r.method === 'POST' && READ_ONLY_POST.test(r.path)))
    .map((r) => {
      if (!r.path.startsWith('/v1/blocks/')) return `${r.method} ${r.path}`;
      return `${r.method} ${r.path.endsWith('/children') ? 'children' : 'block'}`;
    });
}

/** The requests on blocks since `mark`, with how each was answered (0: no answer). */
function blockRequestsSince(emulator: RunningEmulator, mark: number) {
  return emulator
    .requestLog()
    .slice(mark)
    .filter((r) => r.path.startsWith('/v1/blocks/'))
    .map((r) => `${r.method} ${r.path.endsWith('/children') ? 'children' : 'block'} ${r.status}`);
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
  test.setTimeout(240_000);
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
  // Never saved before: it became a bookmark row of the default target, the Reading list.
  const rows = emulator.listPages({ dataSource: DEMO.ids.readingListDataSource });
  expect(rows.map((r) => (r as { id: string }).id)).toContain(pageId);
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

  // Faults: a 429 (sent again after its Retry-After), an append saved then answered 503
  // (looked up, not sent again).
  mark = emulator.requestLog().length;
  emulator.injectFault({
    method: 'PATCH',
    path: '/v1/blocks/*/children',
    action: { type: 'status', status: 429, retryAfterSeconds: 1 },
  });
  await selectPassage(page, 4);
  await highlightMenu(context, tabId, 'pink');
  await synced(context, pageUrl);
  expect(blockRequestsSince(emulator, mark)).toEqual(['PATCH children 429', 'PATCH children 200']);
  mark = emulator.requestLog().length;
  emulator.injectFault({
    method: 'PATCH',
    path: '/v1/blocks/*/children',
    action: { type: '503-after-commit' },
  });
  await selectPassage(page, 5);
  await highlightMenu(context, tabId, 'purple');
  await synced(context, pageUrl);
  expect(blockRequestsSince(emulator, mark)).toEqual(['PATCH children 503', 'GET children 200']);
  // An update whose connection dropped: sent again (an update is the same twice).
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
  // The connection dropped halfway through the answer of an append Notion saved: the
  // block is found by its marker, not appended twice.
  emulator.injectFault({
    method: 'PATCH',
    path: '/v1/blocks/*/children',
    action: { type: 'drop', afterCommit: true, midAnswer: true },
  });
  mark = emulator.requestLog().length;
  await selectPassage(page, 6);
  await highlightMenu(context, tabId, 'red');
  await synced(context, pageUrl);
  expect(blockRequestsSince(emulator, mark)).toEqual(['PATCH children 0', 'GET children 200']);

  // The worker stopped while an append is on its way (Notion is slow to answer it): Notion
  // saves it all the same, and the next worker finds it there instead of appending again.
  mark = emulator.requestLog().length;
  emulator.injectFault({
    method: 'PATCH',
    path: '/v1/blocks/*/children',
    action: { type: 'delay', ms: 8_000 },
  });
  await selectPassage(page, 7);
  await highlightMenu(context, tabId, 'gray');
  // The append reached Notion (its fault is used up), and its answer is still to come.
  await expect.poll(() => emulator.listFaults().length, { timeout: 20_000 }).toBe(0);
  const cdp = await context.newCDPSession(options);
  await cdp.send('ServiceWorker.enable');
  await cdp.send('ServiceWorker.stopAllWorkers');
  await expect
    .poll(() => blockRequestsSince(emulator, mark), { timeout: 30_000 })
    .toEqual(['PATCH children 200']);
  // The next message starts a new worker, which takes the page up from storage.
  await sendFromPage(options, 'listHistory');
  state = await synced(context, pageUrl);
  expect(blockRequestsSince(emulator, mark)).toEqual(['PATCH children 200', 'GET children 200']);

  // Notion has exactly the person's highlights, once each, in their colours.
  const blocks = notionHighlights(emulator, pageId);
  expect(blocks.map((b) => b.id)).toEqual(state.highlights.map((h) => h.id));
  expect(blocks.map((b) => b.color)).toEqual(state.highlights.map((h) => `${h.color}_background`));
  expect(state.highlights).toHaveLength(7);
});
