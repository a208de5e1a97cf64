/**
 * What the durable queue keeps about a capture. Everything here is plain JSON: it lives
 * in extension storage and must read back the same after the service worker or the
 * browser restarted.
 *
 * A job is two records: its body (the plan, written once) and its state (the small
 * checkpoint rewritten after every request), so that a checkpoint never rewrites a
 * page's worth of blocks.
 */
import type { BlockObjectRequest } from '@notionhq/client';
import type { CaptureMode } from '../capture/types';
import type { StoredError } from '../notion/errors/errors';
import type { LearnedByStep } from '../notion/plan/refs';
import type { PageProperties, RequestPlan } from '../notion/plan/types';
import type { PropertyInputs, Target } from '../notion/types';

/** What a person asked to save, as the background hands it to the queue. */
export interface CaptureInput {
  target: Target;
  mode: CaptureMode;
  source: { url: string; title: string };
  /** The new page's title (data sources: the title property comes from `inputs`). */
  title: string;
  /** Form values by property id (data source targets). */
  inputs?: PropertyInputs;
  blocks: BlockObjectRequest[];
  /** A PNG as a `data:` URL, uploaded to Notion first. */
  screenshot?: { dataUrl: string } | null;
  /** The person's note, for page targets (a data source has a property for it). */
  note?: string;
  /**
   * Copy the capture's images into Notion: the setting is on and the browser granted
   * access to websites. Off or absent: images stay linked, as they always were.
   */
  uploadImages?: boolean;
  /** `data:` images the page carried, named by image blocks (`dataImageRef`). */
  dataImages?: string[];
  /**
   * Copy a PDF tab's file into Notion: the browser granted access to websites. Off or
   * absent: its `pdf` block shows the file's address.
   */
  uploadPdf?: boolean;
}

/** Written once when the capture is queued. */
export interface JobBody {
  id: string;
  input: Omit<CaptureInput, 'blocks' | 'screenshot' | 'dataImages'>;
  plan: RequestPlan;
  /** Properties as planned (also inside the create step), for repair after a 400. */
  properties: PageProperties;
  /**
   * Base64 PNG of the screenshot until the page shows it (then dropped to save room):
   * an upload left unattached for an hour expires and is made again from these bytes.
   */
  screenshot: string | null;
  /** Base64 of the page's `data:` images, likewise, by attachment `source.index`. */
  dataImages?: Array<string | null>;
}

/**
 * Where a capture stands (the popup's `CaptureStatus`). `undone`: saved, then its new
 * page moved to Notion's trash at the person's request (a history line only).
 */
export type JobStatus =
  'queued' | 'saving' | 'waiting' | 'saved' | 'needs_attention' | 'discarded' | 'undone';

/** Why a waiting capture waits. */
export type WaitReason = 'backoff' | 'rate_limited' | 'offline' | 'reconnect' | 'order';

/** Why an unfinished capture waits, and until when (epoch ms; null: until an event). */
export interface CaptureWait {
  reason: WaitReason;
  until: number | null;
}

/** The checkpoint, rewritten after every request. */
export interface JobState {
  id: string;
  connectionId: string;
  targetId: string;
  /** Captures with the same key run one at a time, oldest first (appends to a page). */
  orderKey: string | null;
  createdAt: number;
  /** When the first request went out; what verification looks back to. */
  startedAt: number | null;
  status: JobStatus;
  waitReason: WaitReason | null;
  /** Steps `[0, done)` are finished. */
  done: number;
  /**
   * The step that was sent and not answered yet. If the worker dies, its outcome is
   * unknown: it is checked against Notion before it is sent again.
   */
  inFlight: number | null;
  /** When the in-flight step was sent (epoch ms): it may still run at Notion for a while. */
  inFlightAt: number | null;
  learned: LearnedByStep;
  /** Failures in a row of the current step (the backoff grows with them). */
  attempts: number;
  /** Earliest time to try again (epoch ms). */
  notBefore: number | null;
  error: StoredError | null;
  /** True once the schema was refreshed after a 400 naming a property. */
  repaired: boolean;
  pageId: string | null;
  pageUrl: string | null;
  updatedAt: number;
  /** Images not copied into Notion: linked to their site instead, or left out. */
  imagesNotCopied?: number;
  /** Of those, images whose address pointed at this computer or the local network. */
  imagesBlocked?: number;
  /**
   * A PDF tab's file not copied (unreachable, over the workspace's upload limit, or not
   * a PDF): its block shows the file's address instead.
   */
  pdfNotCopied?: boolean;
}

/** One line of the history the popup shows (the last 200 captures). */
export interface HistoryEntry {
  id: string;
  status: JobStatus;
  mode: CaptureMode;
  title: string;
  sourceUrl: string;
  targetId: string;
  targetTitle: string;
  createdAt: number;
  finishedAt: number | null;
  pageId: string | null;
  pageUrl: string | null;
  error: StoredError | null;
  /** Images not copied into Notion (see `JobState`); absent when there were none. */
  imagesNotCopied?: number;
  /** The PDF's file not copied, its link kept (see `JobState`); absent otherwise. */
  pdfNotCopied?: boolean;
  /** Of those, images not fetched because of where they point (see `JobState`). */
  imagesBlocked?: number;
  /**
   * The capture makes a page of its own (a database row, a sub-page), which Undo may
   * move to the trash; false when it is added to the end of an existing page. Absent in
   * lines stored before it existed: those are never undone.
   */
  createsPage?: boolean;
}

/** Atomic writes of job records and the history. */
export interface QueueStoreChange {
  bodies?: JobBody[];
  states?: JobState[];
  /**
   * History lines to put in place (or add), applied to the latest stored history inside
   * the commit (`upsertEntries`): never a whole history computed from an older copy.
   */
  entries?: HistoryEntry[];
  /** Jobs whose records go away (their history line stays). */
  remove?: string[];
}

/** Extension storage as the queue uses it; `lib/storage` provides the real one. */
export interface QueueStore {
  listStates(): Promise<JobState[]>;
  getBody(id: string): Promise<JobBody | null>;
  getHistory(): Promise<HistoryEntry[]>;
  /**
   * Writes everything in one go, after every commit called before it (commits apply in
   * the order they were called); throws when storage is full.
   */
  commit(change: QueueStoreChange): Promise<void>;
}
