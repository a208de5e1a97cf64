/**
 * Keeping highlights in Notion, in the background: the sync engine
 * (`lib/highlights/sync`) wired to storage, the connection's client and limiter (shared
 * with the capture queue), a wake alarm, and the queue itself — a page not saved yet is
 * first saved as a bookmark capture, into the target its rule or the default chooses,
 * and its highlights follow once the queue has made it.
 */
import { browser } from 'wxt/browser';
import type { Highlight } from '@/lib/highlights';
import { tabCapture } from '@/lib/capture/tab-capture';
import { highlightPageUrl } from '@/lib/highlights/stored/page-url';
import { readHighlights } from '@/lib/highlights/stored/store';
import { HighlightSync, type PageResolution } from '@/lib/highlights/sync/engine';
import { emptySync } from '@/lib/highlights/sync/model';
import { notionCalls } from '@/lib/highlights/sync/notion-calls';
import { pendingCount } from '@/lib/highlights/sync/plan';
import type { HighlightSyncView } from '@/lib/messaging';
import { notionPageToOpen } from '@/lib/notion/api/notion-url';
import { describeError } from '@/lib/notion/errors/describe-error';
import { toStoredError } from '@/lib/notion/errors/errors';
import { IS_TEST_BUILD } from '@/lib/platform/build-mode';
import { systemClock } from '@/lib/queue/pacing/clock';
import { DEFAULT_POLICY } from '@/lib/queue/pacing/retry-policy';
import type { HistoryEntry } from '@/lib/queue/types';
import { defaultSaveRequest } from '@/lib/save/default-request';
import { ruleForAddress, targetFor } from '@/lib/save/rule-defaults';
import { orderTargets } from '@/lib/save/target-order';
import { Problem, describeProblem, type ProblemCode } from '@/lib/problems';
import type { StoredError } from '@/lib/notion/errors/errors';
import {
  defaultTargetIdItem,
  highlightSyncPagesItem,
  pageHighlightSyncItem,
  rulesItem,
  targetsItem,
  updateItem,
} from '@/lib/storage';
import { limiterFor, queueClientFor } from './clients';
import { captureLines, onCaptureSaved, saveCapture } from './queue';
import { getTarget, schemaOf } from './targets';

const WAKE_ALARM = 'highlight-sync';
// Chrome fires alarms no sooner than 30 s ahead; a timer covers the worker's lifetime.
const MIN_ALARM_MS = 30_000;

/**
 * The queue's retry policy. The test build waits less before looking whether a request
 * that got no answer was saved (still longer than the slowest answer its end-to-end
 * tests hold back), so that a stopped worker and a dropped connection take seconds there,
 * not a minute.
 */
const POLICY = IS_TEST_BUILD ? { ...DEFAULT_POLICY, settleMs: 15_000 } : DEFAULT_POLICY;

/** Page titles seen at the gesture, for the bookmark that may have to be made. */
const titles = new Map<string, string>();

const PROBLEM_PREFIX = 'problem:';

/**
 * A failure as the synced state keeps it: a Problem (no target to save the page to, a
 * target gone) keeps its code, so that the popup says it in its own words later.
 */
function storedFailure(error: unknown): StoredError {
  if (error instanceof Problem) {
    return {
      status: null,
      code: `${PROBLEM_PREFIX}${error.code}`,
      message: error.message,
      params: error.params,
    };
  }
  return toStoredError(error);
}

/** The sentence for a kept failure. */
function describeStored(error: StoredError) {
  if (!error.code.startsWith(PROBLEM_PREFIX)) return describeError(error);
  const code = error.code.slice(PROBLEM_PREFIX.length) as ProblemCode;
  return describeProblem(new Problem(code, error.params ?? {}));
}

const isActive = (entry: HistoryEntry) =>
  entry.status === 'queued' || entry.status === 'saving' || entry.status === 'waiting';

/** The Notion page of the page's latest capture, else a bookmark capture queued for it. */
async function resolvePage(pageUrl: string): Promise<PageResolution> {
  const lines = (await captureLines()).filter(
    (line) => highlightPageUrl(line.sourceUrl) === pageUrl,
  );
  const saved = lines.find((line) => line.status === 'saved' && line.pageId);
  if (saved) {
    try {
      const target = await getTarget(saved.targetId);
      return {
        kind: 'ready',
        page: {
          connectionId: target.connectionId,
          pageId: saved.pageId!,
          pageUrl: notionPageToOpen(saved.pageUrl, saved.pageId)!,
        },
      };
    } catch (error) {
      return { kind: 'failed', error: storedFailure(error) };
    }
  }
  // Being saved, or waiting for the person (its failure is shown with the capture).
  if (lines.some((line) => isActive(line) || line.status === 'needs_attention')) {
    return { kind: 'waiting' };
  }
  try {
    await saveBookmark(pageUrl);
    return { kind: 'waiting' };
  } catch (error) {
    return { kind: 'failed', error: storedFailure(error) };
  }
}

/** Queues the page as a bookmark, into the rule's target or the default one. */
async function saveBookmark(pageUrl: string): Promise<void> {
  const [targets, defaultId, rules] = await Promise.all([
    targetsItem.getValue(),
    defaultTargetIdItem.getValue(),
    rulesItem.getValue(),
  ]);
  const rule = ruleForAddress(rules, pageUrl);
  const chosen = targetFor(orderTargets(targets, defaultId, []), null, rule);
  if (!chosen) throw new Problem('NoTarget');
  const target = await getTarget(chosen.id);
  const schema =
    target.kind === 'data_source' ? await schemaOf(target.connectionId, target.dataSourceId) : null;
  const capture = tabCapture({ url: pageUrl, title: titles.get(pageUrl) ?? pageUrl }, 'bookmark');
  const draft = defaultSaveRequest(capture, {
    target,
    schema,
    now: new Date(),
    screenshot: null,
    rule,
  });
  const result = await saveCapture(draft);
  if ('fieldErrors' in result) {
    throw new Problem('Unexpected', {}, Object.values(result.fieldErrors).join(' '));
  }
}

let timer: ReturnType<typeof setTimeout> | null = null;

function scheduleWake(at: number): void {
  if (timer) clearTimeout(timer);
  timer = setTimeout(() => void syncAll(), Math.max(0, at - Date.now()));
  void browser.alarms.create(WAKE_ALARM, { when: Math.max(at, Date.now() + MIN_ALARM_MS) });
}

const engine = new HighlightSync({
  store: {
    highlights: (pageUrl) => readHighlights(pageUrl),
    read: (pageUrl) => pageHighlightSyncItem(pageUrl).getValue(),
    update: async (pageUrl, change) =>
      (await updateItem(pageHighlightSyncItem(pageUrl), (current) =>
        change(current ?? emptySync(pageUrl)),
      ))!,
  },
  notion: async (connectionId) => notionCalls(await queueClientFor(connectionId)),
  limited: (connectionId, send) => limiterFor(connectionId).run(send),
  pause: (connectionId, until) => limiterFor(connectionId).pause(until),
  resolvePage,
  clock: systemClock,
  policy: POLICY,
  scheduleWake,
});

/** Syncs one page, and forgets it from the list of pages to sync once Notion matches. */
async function syncPage(pageUrl: string): Promise<void> {
  const end = await engine.sync(pageUrl);
  if (end !== 'synced') return;
  const left = await updateItem(highlightSyncPagesItem, (pages) =>
    pages.includes(pageUrl) ? pages.filter((p) => p !== pageUrl) : pages,
  );
  // Nothing left to wait for: an alarm set for an earlier wait would only wake the worker.
  if (left.length === 0) await browser.alarms.clear(WAKE_ALARM);
}

async function syncAll(): Promise<void> {
  const pages = await highlightSyncPagesItem.getValue();
  await Promise.all(pages.map((pageUrl) => syncPage(pageUrl).catch(() => undefined)));
}

/**
 * The page's highlights changed: Notion follows. Listed first, so that a worker stopped
 * before the sync ends takes it up again when it starts. `title`: the tab's, for the
 * bookmark made when the page was never saved.
 */
export function syncSoon(pageUrl: string, title?: string): void {
  if (title) titles.set(pageUrl, title);
  void updateItem(highlightSyncPagesItem, (pages) =>
    pages.includes(pageUrl) ? pages : [...pages, pageUrl],
  )
    .then(() => syncPage(pageUrl))
    .catch(() => undefined);
}

/** Where the page's highlights stand in Notion, for the popup. */
export async function highlightSyncView(
  pageUrl: string,
  highlights: readonly Highlight[],
): Promise<HighlightSyncView> {
  const sync = await pageHighlightSyncItem(pageUrl).getValue();
  return {
    notionPageUrl: sync?.notion?.pageUrl ?? null,
    pending: pendingCount(highlights, sync?.blocks ?? {}),
    failure: sync?.error ? describeStored(sync.error) : null,
  };
}

/** Resolves when no sync is under way (the end-to-end tests wait for it). */
export function highlightSyncIdle(): Promise<void> {
  return engine.idle();
}

/**
 * Starts the sync's listeners (synchronously, at worker start) and takes up the pages
 * left unsynced by the last worker.
 */
export function startHighlightSync(): void {
  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === WAKE_ALARM) void syncAll();
  });
  // A page saved by the queue: the highlights that waited for it go now.
  onCaptureSaved((entry) => {
    const pageUrl = highlightPageUrl(entry.sourceUrl);
    if (pageUrl) void syncPage(pageUrl).catch(() => undefined);
  });
  void syncAll();
}
