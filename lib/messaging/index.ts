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
import type { RuleCaptureMode, SiteRule } from '../rules/model';
import type { RuleValues } from '../rules/values/rule-values';
import type { Highlight, HighlightColor, MissReason } from '../highlights';
import type { HighlightEdit } from '../highlights/stored/page-highlights';
import type { BatchMode, BatchScope } from '../batch/model';
import { browser, type Browser } from 'wxt/browser';
import type { BlockObjectRequest } from '@notionhq/client';
import type { CaptureMode, PageCapture } from '../capture/types';
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
  /** What the file's highlights did (files from before highlights have none). */
  highlights: HighlightImportSummary;
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
/**
 * `open_token_settings`: the integration lacks a capability, ticked in its settings in
 * Notion (the connection doctor tells which).
 */
export type CaptureRemedy = 'retry' | 'replace_secret' | 'open_target' | 'open_token_settings';

/** What the connection doctor found about a failed capture's connection and target. */
export interface CaptureDiagnosis {
  /** True while the doctor is still checking (the popup keeps asking). */
  pending: boolean;
  /** The problems that concern this capture, each with its fix. */
  problems: Finding[];
}

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
  /** For a failure of the connection (token, capability, access): what the doctor found. */
  diagnosis?: CaptureDiagnosis | null;
}

/**
 * The page the rule preview tests against: read in the page (`pageRead`, with its meta
 * tags and JSON-LD) or from the tab alone; `hidden` when the browser keeps the tab's
 * address from the extension (no toolbar click on it yet); `none` when no other tab is open.
 */
export type PreviewPage =
  { kind: 'page'; capture: PageCapture; pageRead: boolean } | { kind: 'hidden' } | { kind: 'none' };

export type SaveCaptureResult = { jobId: string } | { fieldErrors: Record<string, string> };

/** One line of the capture history, with its failure in words. */
export interface HistoryView extends HistoryEntry {
  failure: DescribedFailure | null;
}

export type { RelatedPage };

/** The site rule that applies to a page, as the popup uses and shows it. */
export interface RuleMatchView {
  ruleId: string;
  /** The target (null: the default) and the mode (null: the person's) the rule sets. */
  set: { targetId: string | null; mode: RuleCaptureMode | null };
  /** Which rule applies (and which others it came before), in words. */
  sentence: string;
}

/** What the popup asks a rule's values for: the capture it would save, and where. */
export interface RuleValuesInput {
  /** The page's address: the rule is the one that matches it. */
  url: string;
  /**
   * The capture saving would send. Templates read its metadata and a selection's text,
   * never its blocks, so the popup leaves those out.
   */
  capture: PageCapture;
  targetId: string;
  /** When the popup opened (ISO 8601): `{{date}}`. */
  openedAt: string;
  /** The IANA zone the popup writes dates in. */
  timeZone?: string;
}

/** A highlight the last drawing in a tab could not place, and why (never dropped). */
export interface UnplacedHighlight {
  id: string;
  reason: MissReason;
}

/** Where a page's highlights stand in Notion. */
export interface HighlightSyncView {
  /** The Notion page that holds them, once there is one. */
  notionPageUrl: string | null;
  /** Highlights whose block in Notion is not up to date yet (new, changed or deleted). */
  pending: number;
  /** Why they are not in Notion yet, when something needs the person. */
  failure: DescribedFailure | null;
}

export type HighlightDrawing = 'drawn' | 'unsupported' | 'closed' | 'none';

/** A tab's highlights, as the popup lists them. */
export interface TabHighlights {
  /** The page's key (`highlightPageUrl`); null for a page that cannot be highlighted. */
  pageUrl: string | null;
  highlights: Highlight[];
  /**
   * Of those, the ones the drawing made for this answer could not place on the page as
   * it is now; empty when all were drawn or the page could not be scripted.
   */
  unplaced: UnplacedHighlight[];
  /**
   * How the page shows them: `drawn`; `unsupported` — the browser has no CSS Custom
   * Highlight API (Firefox before 140), so they are listed but not drawn; `closed` — the
   * page cannot be scripted (a browser page, the web store); `none` — nothing to draw.
   */
  drawing: HighlightDrawing;
  sync: HighlightSyncView;
}

/** One page of the options' Highlights view. */
export interface HighlightPageView {
  pageUrl: string;
  /** The page's title when known, else null (the address stands in). */
  title: string | null;
  highlights: Highlight[];
  /** The newest change of any of its highlights (ISO time): the list's order. */
  updatedAt: string;
  sync: HighlightSyncView;
}

/** What an import did with the file's highlights. */
export interface HighlightImportSummary {
  /** Highlights added or replaced by a newer copy. */
  imported: number;
  /** Pages that gained or changed highlights. */
  pages: number;
  /** Pages left out whole (not a web page's address, or not written as expected). */
  skippedPages: number;
  /** Highlights left out (not written as expected, or beyond what a page holds). */
  skippedHighlights: number;
}

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

  /**
   * The tab's highlights, drawn again on the page on the way (the popup's opening is
   * the gesture that lets the extension script it); unplaced ones are named.
   */
  highlightsOfTab(input: { tabId: number }): TabHighlights;
  /** Highlights the tab's selection in `color` (the popup in selection mode). */
  highlightSelection(input: { tabId: number; color: HighlightColor; note?: string }): Highlight;
  /** Changes a highlight's colour or note; the page's drawing and Notion follow. */
  editHighlight(input: { pageUrl: string; id: string; edit: HighlightEdit }): Highlight[];
  /** Deletes a highlight; its drawing and its block in Notion go with it. */
  deleteHighlight(input: { pageUrl: string; id: string }): Highlight[];
  /** Scrolls the tab to a highlight ("jump to"); false when it cannot be placed now. */
  showHighlight(input: { tabId: number; id: string }): boolean;
  /** Every page with highlights, most recently changed first (the options' view). */
  listHighlightPages(input: void): HighlightPageView[];

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
  /** The tab the person last looked at (never `excludeTabId`, the options page), read for the rule preview. */
  readPreviewPage(input: { excludeTabId: number | null }): PreviewPage;
  /** The site rule for the page at `url` (the first enabled one that matches), or null. */
  findRule(input: { url: string }): RuleMatchView | null;
  /** The values of the rule for `url` for a capture saved to a target (null: no rule). */
  getRuleValues(input: RuleValuesInput): RuleValues | null;

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
