/**
 * The one typed protocol between the extension's pages (popup, options) and the
 * background worker. Every request names a verb of `ProtocolMap`; handlers live only in
 * the background. A handler's thrown error reaches the caller as a `ProtocolError`
 * carrying the sentence written for people.
 *
 * Why not a library: the background must refuse messages that do not come from our own
 * extension pages (a web page or an injected script can never ask for a secret or a
 * save), and errors must travel with their human-readable description. Both fit in this
 * small file.
 */
import type { SiteRule } from '../rules/model';
import type { BatchMode, BatchScope } from '../batch/model';
import { browser, type Browser } from 'wxt/browser';
import type { BlockObjectRequest } from '@notionhq/client';
import type { CaptureMode } from '../capture/types';
import type { Person, VisibleItem } from '../notion/workspace/browse';
import type { ListedPlace } from '../notion/targets/listed';
import type { Finding } from '../notion/doctor/examine';
import type { ExistingPage } from '../notion/workspace/find-existing';
import type { DataSourceChoice, PageChoice, Resolution } from '../notion/targets/resolve';
import type { RelatedPage } from '../notion/workspace/search-related';
import type { CaptureWait, HistoryEntry, JobStatus } from '../queue/types';
import type { CachedSchema, Settings } from '../storage';
import type {
  ConnectionKind,
  ConnectionView,
  PageMode,
  PropertyInputs,
  PropertyMapping,
  Target,
} from '../notion/types';

export interface AddConnectionInput {
  alias: string;
  secret: string;
  /** What the person chose (default: an integration); Notion's answer overrides it. */
  kind?: ConnectionKind;
  /** Defaults to `https://api.notion.com`. */
  apiBase?: string;
}

/** One pasted item: refused with a sentence, or what Notion says it is. */
export type ResolvedInput =
  { source: string; error: string } | { source: string; resolution: Resolution };

/** What the person picked from a resolution. */
export interface AddTargetInput {
  connectionId: string;
  /** The address the person pasted, kept to open the target later. */
  source?: string;
  choice:
    | { kind: 'data_source'; source: DataSourceChoice }
    | { kind: 'page'; page: PageChoice; pageMode: PageMode };
}

export interface TargetPatch {
  title?: string;
  pageMode?: PageMode;
  /** Saving a mapping marks it as edited: automatic remapping leaves it alone after. */
  mapping?: PropertyMapping;
}

/** A target's schema with its mapping reconciled, and sentences for any repair made. */
export interface SchemaView {
  schema: CachedSchema;
  mapping: PropertyMapping;
  changes: string[];
}

/** What an import did; connections in `missingSecrets` (ids) ask for their secret. */
export interface ImportSummary {
  connections: number;
  targets: number;
  /** Rules imported, and a sentence for each rule of the file left out. */
  rules: number;
  skippedRules: string[];
  missingSecrets: string[];
}

/** What the popup asks the queue to save; the form was checked before (`buildProperties`). */
export interface SaveCaptureInput {
  targetId: string;
  mode: CaptureMode;
  /** The page the capture is of: its address and its own title. */
  source: { url: string; title: string };
  title: string;
  /** Form values by property id (data source targets; empty for pages). */
  inputs: PropertyInputs;
  blocks: BlockObjectRequest[];
  /** The visible part of the tab, for screenshot captures. */
  screenshot?: { dataUrl: string } | null;
  /** The person's note (page targets; a data source has a property for it). */
  note?: string;
  /**
   * `data:` images the page carried for upload, named by image blocks (`dataImageRef`).
   * The background uploads them only when image copying is on and allowed.
   */
  dataImages?: string[];
}

export type CaptureStatus = JobStatus;

/**
 * What a person can do about a capture that is not saved: try again, give its
 * connection a new secret, or open the target in Notion (to share it with the
 * integration, say). Null: nothing but waiting helps.
 */
export type CaptureRemedy = 'retry' | 'replace_secret' | 'open_target';

/** Where a queued capture stands, as the popup shows it. */
export interface CaptureStatusView {
  status: CaptureStatus;
  /** The Notion page that holds the capture, once saved. */
  pageUrl: string | null;
  /** Why it waits or failed, in words. */
  failure: DescribedFailure | null;
  targetTitle: string;
  /** Why an unfinished capture waits and until when (a rate-limit pause, offline…). */
  wait: CaptureWait | null;
  /** What the person can do about a capture that needs attention (or waits for them). */
  remedy: CaptureRemedy | null;
  /** True while the saved capture's new page may be moved to the trash (`undoCapture`). */
  undoable: boolean;
}

export type SaveCaptureResult = { jobId: string } | { fieldErrors: Record<string, string> };

/** One line of the capture history, with its failure in words. */
export interface HistoryView extends HistoryEntry {
  failure: DescribedFailure | null;
}

export type { RelatedPage };

/** Verb → handler signature. Add a verb here, then its handler in the background. */
export interface ProtocolMap {
  listConnections(input: void): ConnectionView[];
  addConnection(input: AddConnectionInput): ConnectionView;
  /** A new secret for a connection whose secret was revoked or rotated. */
  replaceSecret(input: { connectionId: string; secret: string }): ConnectionView;
  removeConnection(input: { connectionId: string }): void;
  /** The connection doctor: each check of the token and its targets, with fixes. */
  checkConnection(input: { connectionId: string }): Finding[];

  /** Parses pasted Notion addresses and asks Notion what each one is. */
  resolveInput(input: { connectionId: string; text: string }): ResolvedInput[];
  addTarget(input: AddTargetInput): Target;
  updateTarget(input: { targetId: string; patch: TargetPatch }): Target;
  removeTarget(input: { targetId: string }): void;
  reorderTargets(input: { targetIds: string[] }): void;
  setDefaultTarget(input: { targetId: string }): void;
  getSchema(input: { targetId: string; refresh?: boolean }): SchemaView;
  /** Everything the connection can see, newest first, to pick from instead of pasting. */
  browse(input: { connectionId: string }): { items: VisibleItem[]; complete: boolean };
  /** "Save here" on a listed place: looks it up again and makes it a target. */
  addListedTarget(input: { connectionId: string; place: ListedPlace }): Target;
  /** Creates a database with a capture schema under a page, and adds it as a target. */
  createCaptureDatabase(input: {
    connectionId: string;
    parentPageId: string;
    title?: string;
  }): Target;
  /** The most recent save of this address in the target, for "already saved". */
  findExisting(input: { targetId: string; url: string }): ExistingPage | null;
  listPeople(input: { connectionId: string }): Person[];
  /** Pages of a relation property's data source whose title holds `query` (all if empty). */
  searchRelated(input: { targetId: string; propertyId: string; query: string }): RelatedPage[];

  /** Checks and queues a capture; a field Notion would refuse comes back by property id. */
  saveCapture(input: SaveCaptureInput): SaveCaptureResult;
  /** Where a queued capture stands, for the popup to follow it. */
  getCaptureStatus(input: { jobId: string }): CaptureStatusView;
  /** The last 200 captures, newest first, with those still in the outbox. */
  listHistory(input: void): HistoryView[];
  retryCapture(input: { jobId: string }): void;
  /**
   * Moves a just-saved capture's new page to Notion's trash; its history line then says
   * it was undone. Refused for a capture added to an existing page, or saved long ago.
   */
  undoCapture(input: { jobId: string }): CaptureStatusView;
  discardCapture(input: { jobId: string }): void;
  /** Changes a failed capture's title or form values, then retries it. */
  editCapture(input: { jobId: string; edit: { title?: string; inputs?: PropertyInputs } }): void;

  saveSettings(input: Partial<Settings>): Settings;

  /**
   * Saves many tabs of a window (the selected ones, or all): each through its rule or
   * the default target. Resolves once the batch is stored (`batchesItem`), before any
   * tab is read; pages saved before wait for `answerBatchDuplicates`.
   */
  saveTabs(input: { scope: BatchScope; mode: BatchMode; windowId: number }): { batchId: string };
  /** "These are already saved": save them again, or skip them. */
  answerBatchDuplicates(input: { batchId: string; saveAgain: boolean }): void;

  /** Checks a site rule and stores it in place of the rule with its id, or last. */
  saveRule(input: { rule: SiteRule }): SiteRule[];
  deleteRule(input: { ruleId: string }): SiteRule[];
  /** Moves a rule to position `to`: order decides which rule applies. */
  moveRule(input: { ruleId: string; to: number }): SiteRule[];

  /** The settings file's JSON; secrets only with an explicit `includeSecrets: true`. */
  exportSettings(input: { includeSecrets: boolean }): { json: string };
  /** Checks a settings file, then merges it into what is stored. */
  importSettings(input: { json: string }): ImportSummary;
  /** Ids of connections that have no secret (imported without one). */
  connectionsWithoutSecret(input: void): string[];
}

export type Verb = keyof ProtocolMap;
export type InputOf<V extends Verb> = Parameters<ProtocolMap[V]>[0];
export type OutputOf<V extends Verb> = ReturnType<ProtocolMap[V]>;

/** A failure as people read it: what happened, details, and what to do. */
export interface DescribedFailure {
  title: string;
  detail: string;
  action: string;
  /** The raw code and message, shown only on request. */
  raw?: string;
}

interface Envelope {
  protocol: 'quick-capture/1';
  verb: Verb;
  input: unknown;
}

type Reply = { ok: true; value: unknown } | { ok: false; failure: DescribedFailure };

/** Thrown to the caller when the background handler failed. */
export class ProtocolError extends Error {
  constructor(readonly failure: DescribedFailure) {
    super(failure.title);
    this.name = 'ProtocolError';
  }
}

/** Sends a request to the background worker and returns its answer. */
export async function sendMessage<V extends Verb>(
  verb: V,
  input: InputOf<V>,
): Promise<OutputOf<V>> {
  const envelope: Envelope = { protocol: 'quick-capture/1', verb, input };
  const reply = (await browser.runtime.sendMessage(envelope)) as Reply | undefined;
  if (!reply) throw new Error(`The background did not answer "${verb}".`);
  if (!reply.ok) throw new ProtocolError(reply.failure);
  return reply.value as OutputOf<V>;
}

export type Handlers = {
  [V in Verb]: (input: InputOf<V>) => Promise<OutputOf<V>> | OutputOf<V>;
};

function isEnvelope(message: unknown): message is Envelope {
  return (
    typeof message === 'object' &&
    message !== null &&
    (message as Envelope).protocol === 'quick-capture/1' &&
    typeof (message as Envelope).verb === 'string'
  );
}

/**
 * True only for messages from this extension's own pages: same extension id and a
 * sender URL under the extension's origin. Injected page scripts share the extension id
 * but run at the page's URL, so they are refused too.
 */
export function isFromOwnExtension(sender: Browser.runtime.MessageSender): boolean {
  if (sender.id !== browser.runtime.id) return false;
  const origin = browser.runtime.getURL('/');
  return typeof sender.url === 'string' && sender.url.startsWith(origin);
}

/**
 * The handler registered for `verb`, and only that: a verb such as `constructor`,
 * `toString` or `__proto__` names something every object inherits, never a handler.
 */
export function handlerFor(
  handlers: Handlers,
  verb: string,
): ((input: unknown) => unknown) | undefined {
  if (!Object.hasOwn(handlers, verb)) return undefined;
  const handler: unknown = handlers[verb as Verb];
  return typeof handler === 'function' ? (handler as (input: unknown) => unknown) : undefined;
}

/**
 * Registers the background's handlers. `describe` turns any thrown value into the
 * sentence shown to people.
 */
export function registerHandlers(
  handlers: Handlers,
  describe: (error: unknown) => DescribedFailure,
): () => void {
  const listener = (message: unknown, sender: Browser.runtime.MessageSender) => {
    if (!isEnvelope(message) || !isFromOwnExtension(sender)) return undefined;
    const handler = handlerFor(handlers, message.verb);
    if (!handler) return undefined;
    return (async (): Promise<Reply> => {
      try {
        return { ok: true, value: await handler(message.input) };
      } catch (error) {
        return { ok: false, failure: describe(error) };
      }
    })();
  };
  browser.runtime.onMessage.addListener(listener);
  return () => browser.runtime.onMessage.removeListener(listener);
}
