/**
 * A batch: the tabs one gesture asked to save, each with where it stands. Plain JSON,
 * kept in extension storage (`batchesItem`), so a batch goes on after the worker was
 * stopped: the items not read yet are read by the next worker.
 */

/** How the tabs are saved: the person's choice for the whole batch (default bookmark). */
export type BatchMode = 'bookmark' | 'article';

/** Which tabs the gesture named. */
export type BatchScope = 'selected' | 'window';

/**
 * What to do with a page already saved in its target: ask the person once (the popup),
 * skip it and count it (the menu and the command, which cannot ask), or save it again.
 * The person's answer to the question turns `ask` into `skip` or `save` for the whole
 * batch, tabs checked after the answer included.
 */
export type DuplicatePolicy = 'ask' | 'skip' | 'save';

/** Why a tab is not even tried: decided from what the browser tells of it. */
export type NotCapturableReason =
  /**
   * chrome://, about:, the extension's own pages (or an address the browser hides even
   * with access to websites granted): closed to extensions, no public address.
   */
  | 'browser_page'
  /** file://: an address on this computer, which Notion cannot open. */
  | 'local_file'
  /** The browser did not tell the tab's address: access to websites is not granted. */
  | 'no_access'
  /** Unloaded by the browser to save memory; an article would need it loaded again. */
  | 'discarded';

/** Why a tab that was tried did not reach the queue. */
export type FailedReason =
  /** The tab was closed before it was read. */
  | 'closed'
  /** The tab showed another address by the time it was read. */
  | 'navigated'
  /** The page could not be read as an article. */
  | 'unreadable'
  /** The queue refused the capture (storage full, a value Notion would refuse). */
  | 'refused';

/** Where one tab of a batch stands. */
export type BatchItemState =
  /** To be read; `again`: the person chose to save it again although it was saved. */
  | { kind: 'waiting'; again?: boolean }
  /** Being read by a worker (or was, when that worker stopped). */
  | { kind: 'capturing'; again?: boolean }
  /** In the queue: the capture's own status says the rest. */
  | { kind: 'queued'; jobId: string }
  /** Saved before in its target; waits for the person's answer (policy `ask`). */
  | { kind: 'already_saved' }
  | { kind: 'skipped'; why: 'already_saved' | 'same_page' }
  | { kind: 'not_capturable'; why: NotCapturableReason }
  | { kind: 'failed'; why: FailedReason; detail?: string };

/** One tab of a batch. */
export interface BatchItem {
  tabId: number;
  /** The tab's address when the batch was made ('' when the browser did not tell it). */
  url: string;
  title: string;
  /** How this tab is saved: the batch's mode, or a bookmark where only that is possible. */
  mode: BatchMode;
  /** The target its rule names, else the default target; null when it is not tried. */
  targetId: string | null;
  state: BatchItemState;
}

/** One gesture's tabs. */
export interface Batch {
  id: string;
  createdAt: number;
  scope: BatchScope;
  mode: BatchMode;
  duplicates: DuplicatePolicy;
  items: BatchItem[];
}

/** How many batches the history keeps (newest first). */
export const MAX_BATCHES = 20;
