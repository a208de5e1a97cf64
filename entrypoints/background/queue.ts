/**
 * The durable queue in the background: started when the worker starts (so that alarms
 * and restarts resume unfinished captures), fed by the popup and the gestures, and
 * exposed to the pages as status, history, retry, discard and edit.
 */
import { currentLocale } from '@/lib/i18n';
import { hostAccessGranted, imageUploadsAllowed } from '@/lib/save/image-access';
import type {
  CaptureStatusView,
  Handlers,
  HistoryView,
  SaveCaptureInput,
  SaveCaptureResult,
} from '@/lib/messaging';
import { buildProperties } from '@/lib/notion/properties/build-properties';
import { describeError } from '@/lib/notion/errors/describe-error';
import { trashPage } from '@/lib/notion/workspace/trash-page';
import type { StoredError } from '@/lib/notion/errors/errors';
import { notionPageToOpen } from '@/lib/notion/api/notion-url';
import type { PageProperties } from '@/lib/notion/plan/types';
import { fetchSchema, propertyNamedInValidationError } from '@/lib/notion/schema/schema';
import type { CaptureQueue, QueueEvent } from '@/lib/queue/queue';
import { createBrowserQueue } from '@/lib/queue/shell';
import { statusView } from '@/lib/queue/status-view';
import type { HistoryEntry } from '@/lib/queue/types';
import {
  batchesItem,
  connectionsItem,
  recentTargetIdsItem,
  settingsItem,
  updateItem,
} from '@/lib/storage';
import { browser } from 'wxt/browser';
import { Problem } from '@/lib/problems';
import { clientFor, getConnection, limiterFor, queueClientFor } from './clients';
import { diagnoseFailure, endEpisode } from './doctor';
import { cacheSchema, getTarget, schemaOf } from './targets';

let queue: CaptureQueue | null = null;

/** Whether a capture is one of many tabs saved at once (`batchesItem`). */
async function inBatch(jobId: string): Promise<boolean> {
  const batches = await batchesItem.getValue();
  return batches.some((b) =>
    b.items.some((i) => i.state.kind === 'queued' && i.state.jobId === jobId),
  );
}

async function markRevoked(connectionId: string, _error: StoredError): Promise<void> {
  const at = new Date().toISOString();
  await updateItem(connectionsItem, (connections) =>
    connections.map((c) => (c.id === connectionId ? { ...c, revokedAt: at } : c)),
  );
}

const savedListeners = new Set<(entry: HistoryEntry) => void>();

/** Calls `listener` with each capture the queue saves (highlights wait for their page). */
export function onCaptureSaved(listener: (entry: HistoryEntry) => void): void {
  savedListeners.add(listener);
}

/** Every capture, newest first: saved ones and those still in the outbox. */
export async function captureLines(): Promise<HistoryEntry[]> {
  await running().start();
  return running().list();
}

/** The connection a history line's capture went through, or null once its target is gone. */
async function connectionOfLine(entry: HistoryEntry): Promise<string | null> {
  try {
    return (await getTarget(entry.targetId)).connectionId;
  } catch {
    return null;
  }
}

/**
 * A capture that failed for a connection reason has the doctor look (once per episode);
 * a saved one ends its connection's episode.
 */
async function diagnoseAfter(event: QueueEvent): Promise<void> {
  if (event.type === 'changed') return;
  const connectionId = await connectionOfLine(event.entry);
  if (!connectionId) return;
  if (event.type === 'saved') await endEpisode(connectionId);
  else await diagnoseFailure(connectionId, event.entry.error);
}

async function afterEvent(event: QueueEvent): Promise<void> {
  if (event.type === 'saved') for (const listener of savedListeners) listener(event.entry);
  await diagnoseAfter(event).catch(() => undefined);
  // Only a Notion page opens: the address came from Notion's answer or a target.
  const url =
    event.type === 'saved' ? notionPageToOpen(event.entry.pageUrl, event.entry.pageId) : null;
  if (url && (await settingsItem.getValue()).openAfterSave) await browser.tabs.create({ url });
}

/**
 * Creates the queue and its listeners. Call synchronously at worker start: the event
 * that woke the worker (an alarm) is dispatched only to listeners that exist by then.
 */
export function startQueue(): CaptureQueue {
  queue = createBrowserQueue({
    clientFor: queueClientFor,
    limiterFor,
    properties: {
      fetchSchema,
      buildProperties,
      propertyNamedInValidationError,
      saveSchema: cacheSchema,
    },
    onUnauthorized: (connectionId, error) => {
      void markRevoked(connectionId, error);
      void diagnoseFailure(connectionId, error).catch(() => undefined);
    },
    uploadLimit: async (connectionId) => (await getConnection(connectionId)).maxUploadBytes,
    // Thirty tabs saved at once are not thirty notifications: the batch has its own.
    notificationsEnabled: async (entry) =>
      (await settingsItem.getValue()).notifications && !(await inBatch(entry.id)),
    onEvent: (event) => void afterEvent(event).catch(() => undefined),
  });
  void queue.start();
  return queue;
}

function running(): CaptureQueue {
  return queue ?? startQueue();
}

/**
 * Checks the form against the target's schema and stores the capture in the outbox.
 * Answers with field errors instead when a value is wrong; nothing is queued then.
 */
export async function saveCapture(input: SaveCaptureInput): Promise<SaveCaptureResult> {
  const target = await getTarget(input.targetId);
  let properties: PageProperties | undefined;
  if (target.kind === 'data_source') {
    const schema = await schemaOf(target.connectionId, target.dataSourceId);
    const built = buildProperties(schema, input.inputs, currentLocale());
    if ('errors' in built) return { fieldErrors: built.errors };
    properties = built.properties as PageProperties;
  }
  // Checked here, at the save, whatever the page was asked for: the person may have
  // turned copying off, or the browser withdrawn its access, since the page was read.
  const uploadImages = await imageUploadsAllowed();
  // A PDF tab's file is copied whenever the browser lets the worker fetch it.
  const uploadPdf = await hostAccessGranted();
  const state = await running().enqueue(
    {
      target,
      mode: input.mode,
      source: { url: input.source.url, title: input.source.title },
      title: input.title,
      inputs: input.inputs,
      blocks: input.blocks,
      screenshot: input.screenshot ?? null,
      ...(input.note ? { note: input.note } : {}),
      uploadImages,
      ...(uploadImages && input.dataImages ? { dataImages: input.dataImages } : {}),
      uploadPdf,
    },
    properties,
  );
  await updateItem(recentTargetIdsItem, (recent) =>
    [target.id, ...recent.filter((id) => id !== target.id)].slice(0, 10),
  );
  return { jobId: state.id };
}

function view(entry: HistoryEntry): HistoryView {
  return { ...entry, failure: entry.error ? describeError(entry.error) : null };
}

async function lineOf(jobId: string): Promise<HistoryEntry> {
  await running().start();
  const entry = running()
    .list()
    .find((e) => e.id === jobId);
  if (!entry) throw new Problem('CaptureGone');
  return entry;
}

async function getCaptureStatus({ jobId }: { jobId: string }): Promise<CaptureStatusView> {
  const entry = await lineOf(jobId);
  const connectionId = await connectionOfLine(entry);
  // Asked here too, not only at the failure: a popup must never wait for a run that the
  // event did not start (the worker restarted in between, say).
  const diagnosis =
    connectionId && entry.status !== 'saved'
      ? await diagnoseFailure(connectionId, entry.error).catch(() => null)
      : null;
  return statusView(entry, running().waitOf(jobId), Date.now(), diagnosis);
}

/** Undo: the page goes to the trash through the connection's limiter, like any request. */
async function undoCapture({ jobId }: { jobId: string }): Promise<CaptureStatusView> {
  const { targetId } = await lineOf(jobId);
  const line = await running().undo(jobId, async (pageId) => {
    const target = await getTarget(targetId);
    await trashPage(await clientFor(target.connectionId), pageId);
  });
  return statusView(line, null, Date.now());
}

async function listHistory(): Promise<HistoryView[]> {
  await running().start();
  return running().list().map(view);
}

export const queueHandlers = {
  saveCapture,
  getCaptureStatus,
  undoCapture,
  listHistory,
  retryCapture: async ({ jobId }: { jobId: string }) => running().retry(jobId),
  discardCapture: async ({ jobId }: { jobId: string }) => running().discard(jobId),
  editCapture: async ({
    jobId,
    edit,
  }: {
    jobId: string;
    edit: { title?: string; inputs?: SaveCaptureInput['inputs'] };
  }) => running().editAndRetry(jobId, edit),
} satisfies Partial<Handlers>;

/** A new secret for a connection lets its waiting captures go on. */
export function connectionRestored(connectionId: string): void {
  queue?.connectionRestored(connectionId);
  void endEpisode(connectionId).catch(() => undefined);
}
