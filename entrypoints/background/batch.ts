/**
 * Many tabs in one gesture: the toolbar button's menu, the popup and the "save tabs"
 * command name the tabs; each is read a few at a time (`lib/batch/runner.ts`) and
 * queued through the one save-request builder, to its rule's target or the default.
 * The batch is stored (`batchesItem`), so a worker stopped halfway goes on at its next
 * start; the queue paces every request, lookups of pages saved before included.
 */
import { browser, type Browser } from 'wxt/browser';
import { addBatch, answerDuplicates, changeBatch, hasWork, resumeBatch } from '@/lib/batch/change';
import type { Batch, BatchItem, BatchMode, BatchScope, DuplicatePolicy } from '@/lib/batch/model';
import { planBatch, samePageKey, type ListedTab } from '@/lib/batch/plan';
import { runBatch, type BatchDeps, type SaveOutcome } from '@/lib/batch/runner';
import { captureTab } from '@/lib/capture/inject';
import { tabCapture } from '@/lib/capture/tab-capture';
import type { PageCapture } from '@/lib/capture/types';
import type { Handlers } from '@/lib/messaging';
import { savedAddresses } from '@/lib/notion/workspace/saved-addresses';
import { describeError } from '@/lib/notion/errors/describe-error';
import { Problem, describeProblem } from '@/lib/problems';
import type { HistoryEntry } from '@/lib/queue/types';
import { IMAGE_ORIGINS, imageUploadsAllowed } from '@/lib/save/image-access';
import { defaultSaveRequest } from '@/lib/save/default-request';
import { ruleForAddress, targetFor } from '@/lib/save/rule-defaults';
import { orderTargets } from '@/lib/save/target-order';
import {
  batchesItem,
  defaultTargetIdItem,
  rulesItem,
  schemasItem,
  targetsItem,
  updateItem,
} from '@/lib/storage';
import { clientFor } from './clients';
import { queueHandlers, saveCapture } from './queue';
import { getTarget, schemaOf } from './targets';

type Tab = Browser.tabs.Tab;

/** What a gesture asks for. */
export interface SaveTabsInput {
  scope: BatchScope;
  mode: BatchMode;
  /** The window whose tabs are meant (the popup's tab's, the clicked tab's). */
  windowId: number;
  duplicates: DuplicatePolicy;
}

// Captures still in the outbox, or saved: the same page in the same target is "saved".
const KEPT = new Set(['queued', 'saving', 'waiting', 'saved']);

function update(id: string, change: (batch: Batch) => Batch): Promise<Batch | null> {
  return updateItem(batchesItem, (list) => changeBatch(list, id, change)).then(
    (list) => list.find((b) => b.id === id) ?? null,
  );
}

const sameCapture = (entry: HistoryEntry, item: BatchItem) =>
  entry.targetId === item.targetId && samePageKey(entry.sourceUrl) === samePageKey(item.url);

/** By target id: the addresses (as `samePageKey` spells them) its data source holds. */
type SavedInTargets = Map<string, Set<string>>;

/**
 * Which of the batch's pages its targets already hold: one query per target for all of
 * them (`savedAddresses`), through the connection's limiter like every request.
 */
async function savedInTargets(batch: Batch): Promise<SavedInTargets> {
  const byTarget = new Map<string, string[]>();
  for (const item of batch.items) {
    if (item.state.kind !== 'waiting' || item.state.again || !item.targetId) continue;
    byTarget.set(item.targetId, [...(byTarget.get(item.targetId) ?? []), item.url]);
  }
  const known: SavedInTargets = new Map();
  for (const [targetId, urls] of byTarget) {
    try {
      const target = await getTarget(targetId);
      if (target.kind !== 'data_source') continue;
      const schema = (await schemasItem.getValue())[target.dataSourceId];
      const client = await clientFor(target.connectionId);
      known.set(targetId, await savedAddresses(client, target, urls, schema));
    } catch {
      // Better a page saved twice than none saved: the lookup is a courtesy.
    }
  }
  return known;
}

/** Saved before: in the queue's history (this profile), else in the target's data source. */
async function isSaved(item: BatchItem, known: SavedInTargets): Promise<boolean> {
  const lines = await queueHandlers.listHistory();
  if (lines.some((entry) => KEPT.has(entry.status) && sameCapture(entry, item))) return true;
  return known.get(item.targetId!)?.has(samePageKey(item.url)) ?? false;
}

/** The tab's page for `item`: read in the page when it can be, else what the browser knows. */
async function readTab(tab: Tab, item: BatchItem): Promise<PageCapture | SaveOutcome> {
  if (item.mode === 'bookmark') {
    // An unloaded tab is not loaded for a bookmark: its address and title are enough.
    if (tab.discarded) return tabCapture(tab, 'bookmark');
    return captureTab(tab.id!, { mode: 'bookmark' }).catch(() => tabCapture(tab, 'bookmark'));
  }
  try {
    return await captureTab(tab.id!, { mode: 'article', dataImages: await imageUploadsAllowed() });
  } catch (error) {
    const closed = await browser.tabs.get(tab.id!).then(
      () => false,
      () => true,
    );
    if (closed) return { failed: 'closed' };
    const detail = error instanceof Error ? error.message : String(error);
    return { failed: 'unreadable', detail };
  }
}

async function save(item: BatchItem): Promise<SaveOutcome> {
  const tab = await browser.tabs.get(item.tabId).catch(() => null);
  if (!tab?.id) return { failed: 'closed' };
  if (!tab.url || samePageKey(tab.url) !== samePageKey(item.url)) return { failed: 'navigated' };
  const read = await readTab(tab, item);
  if ('failed' in read || 'jobId' in read) return read;
  try {
    const target = await getTarget(item.targetId!);
    const schema =
      target.kind === 'data_source'
        ? await schemaOf(target.connectionId, target.dataSourceId)
        : null;
    const rule = ruleForAddress(await rulesItem.getValue(), item.url);
    const result = await saveCapture(
      defaultSaveRequest(read, { target, schema, now: new Date(), rule }),
    );
    if ('fieldErrors' in result)
      return { failed: 'refused', detail: Object.values(result.fieldErrors).join(' ') };
    return { jobId: result.jobId };
  } catch (error) {
    // The target gone, storage full…: the sentence people read, not the raw error.
    const failure = error instanceof Problem ? describeProblem(error) : describeError(error);
    return { failed: 'refused', detail: [failure.title, failure.action].filter(Boolean).join(' ') };
  }
}

const runs = new Map<string, Promise<void>>();

async function runOnce(id: string): Promise<void> {
  const batch = (await batchesItem.getValue()).find((b) => b.id === id);
  if (!batch || !hasWork(batch)) return;
  const known = await savedInTargets(batch);
  const deps: BatchDeps = { update, save, isSaved: (item) => isSaved(item, known) };
  await runBatch(id, deps);
}

/**
 * Runs the batch after this worker's earlier run of it, if any: tabs the person chose
 * to save again are read then, and no more than `LANES` tabs are ever read at once.
 */
function run(id: string): Promise<void> {
  const next = (runs.get(id) ?? Promise.resolve()).then(() => runOnce(id));
  runs.set(id, next);
  void next.finally(() => {
    if (runs.get(id) === next) runs.delete(id);
  });
  return next;
}

async function listTabs(scope: BatchScope, windowId: number): Promise<ListedTab[]> {
  const tabs = await browser.tabs.query(
    scope === 'selected' ? { windowId, highlighted: true } : { windowId },
  );
  return tabs.map((t) => ({ id: t.id, url: t.url, title: t.title, discarded: t.discarded }));
}

/** The target of a page at an address: its rule's, else the default (null: none at all). */
async function targetResolver(): Promise<(url: string) => string | null> {
  const [targets, defaultId, rules] = await Promise.all([
    targetsItem.getValue(),
    defaultTargetIdItem.getValue(),
    rulesItem.getValue(),
  ]);
  const ordered = orderTargets(targets, defaultId, []);
  if (ordered.length === 0) throw new Problem('NoTarget');
  return (url) => targetFor(ordered, null, ruleForAddress(rules, url))?.id ?? null;
}

/**
 * Plans and stores the batch, then reads its tabs in the background. Resolves with the
 * batch as planned (every tab that cannot be saved already says why), and `done` when
 * every tab was read (the captures go on in the queue).
 */
export async function startBatch(
  input: SaveTabsInput,
): Promise<{ batch: Batch; done: Promise<void> }> {
  const targetOf = await targetResolver();
  const hostAccess = await browser.permissions
    .contains({ origins: IMAGE_ORIGINS })
    .catch(() => false);
  const batch = planBatch(await listTabs(input.scope, input.windowId), {
    hostAccess,
    id: crypto.randomUUID(),
    now: Date.now(),
    scope: input.scope,
    mode: input.mode,
    duplicates: input.duplicates,
    targetOf,
  });
  await updateItem(batchesItem, (list) => addBatch(list, batch));
  return { batch, done: run(batch.id) };
}

/**
 * The command's tabs: the selected ones when several are, else all of the window's
 * (a command has no menu to choose from).
 */
export async function commandScope(windowId: number): Promise<BatchScope> {
  const selected = await browser.tabs.query({ windowId, highlighted: true });
  return selected.length > 1 ? 'selected' : 'window';
}

/**
 * At worker start: batches cut short by a stop go on. A tab being read when the worker
 * stopped is read again unless its capture reached the queue first (its line in the
 * history since the batch began), which it then points to.
 */
export async function resumeBatches(): Promise<void> {
  const unfinished = (await batchesItem.getValue()).filter(hasWork);
  if (unfinished.length === 0) return;
  const lines = await queueHandlers.listHistory();
  for (const { id } of unfinished) {
    await update(id, (batch) => {
      const taken = new Set(
        batch.items.flatMap((i) => (i.state.kind === 'queued' ? [i.state.jobId] : [])),
      );
      return resumeBatch(batch, (index) => {
        const item = batch.items[index]!;
        const line = lines.find(
          (e) => !taken.has(e.id) && e.createdAt >= batch.createdAt && sameCapture(e, item),
        );
        if (line) taken.add(line.id);
        return line?.id ?? null;
      });
    });
    void run(id);
  }
}

export const batchHandlers = {
  saveTabs: async (input: Omit<SaveTabsInput, 'duplicates'>) => {
    const { batch } = await startBatch({ ...input, duplicates: 'ask' });
    return { batchId: batch.id };
  },
  answerBatchDuplicates: async ({
    batchId,
    saveAgain,
  }: {
    batchId: string;
    saveAgain: boolean;
  }) => {
    await update(batchId, (batch) => answerDuplicates(batch, saveAgain));
    if (saveAgain) void run(batchId);
  },
} satisfies Partial<Handlers>;
