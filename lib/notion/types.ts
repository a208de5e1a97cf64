/**
 * The extension's own records about Notion: connections (an integration secret and what
 * it told us about itself) and targets (where captures go). Stored in extension storage;
 * shapes change only with a storage migration.
 */

/**
 * What a connection's token is: a person's personal access token (acts as them and sees
 * what they see) or an internal integration's secret (sees what is shared with it).
 */
export type ConnectionKind = 'personal' | 'integration';

/** One token in one workspace. The token is stored apart (see `lib/secrets/store.ts`). */
export interface Connection {
  id: string;
  /** Told from Notion's `users/me` where it says, else the kind the person chose. */
  kind: ConnectionKind;
  /** The user's own name for it ("Work", "Reading notes"). */
  alias: string;
  /** `https://api.notion.com`, or a loopback address for the local emulator. */
  apiBase: string;
  botId: string;
  /** The integration's name as Notion shows it under ••• → Connections. */
  botName: string;
  workspaceName: string;
  workspaceId: string | null;
  /** `bot.workspace_limits.max_file_upload_size_in_bytes`; null when Notion did not say. */
  maxUploadBytes: number | null;
  addedAt: string;
  /** Set when Notion answered 401: every capture of this connection waits for a new secret. */
  revokedAt: string | null;
}

/** A connection as the popup and options page see it: never the secret, only its mask. */
export interface ConnectionView extends Connection {
  secretMask: string;
}

/** Fields of a capture that can fill a property of a data source. */
export type CaptureField =
  | 'title'
  | 'url'
  | 'tags'
  | 'capturedAt'
  | 'notes'
  | 'excerpt'
  | 'site'
  | 'author'
  | 'publishedAt'
  | 'captureType'
  | 'image'
  | 'screenshot';

/** Capture field → property id of the target's data source (null: not filled). */
export type PropertyMapping = Partial<Record<CaptureField, string | null>>;

export type PageMode = 'child' | 'append';

export interface TargetBase {
  id: string;
  connectionId: string;
  title: string;
  /** An emoji, or an http(s) URL of an icon image. */
  icon: string | null;
  /** The Notion address the user pasted or browsed to. */
  url: string | null;
}

/** Rows of one data source of a database. */
export interface DataSourceTarget extends TargetBase {
  kind: 'data_source';
  dataSourceId: string;
  databaseId: string;
  databaseTitle: string;
  mapping: PropertyMapping;
  /** True once the user edited the mapping: automatic remapping must not overwrite it. */
  mappingEdited: boolean;
}

/** A page: each capture becomes a child page, or is appended to the page (an inbox). */
export interface PageTarget extends TargetBase {
  kind: 'page';
  pageId: string;
  pageMode: PageMode;
}

export type Target = DataSourceTarget | PageTarget;

/** A file for a files property: a web address, or a file uploaded to Notion beforehand. */
export type FileInput =
  | { kind: 'external'; url: string; name?: string }
  | { kind: 'file_upload'; id: string; name?: string };

/**
 * What a form field holds for one property, before it is checked and turned into a
 * Notion request value (`buildProperties`). Text stays text until then so that a wrong
 * number or address becomes a field error, not a failed request.
 */
export type PropertyInput =
  | { type: 'title'; text: string }
  | { type: 'rich_text'; text: string }
  | { type: 'number'; text: string }
  | { type: 'url'; text: string }
  | { type: 'email'; text: string }
  | { type: 'phone_number'; text: string }
  /** An existing option or a new one (null: none). */
  | { type: 'select'; name: string | null }
  /** Existing or new options; a name with commas is read as several names. */
  | { type: 'multi_select'; names: string[] }
  /** Existing options only. */
  | { type: 'status'; name: string | null }
  /**
   * `start`/`end`: `YYYY-MM-DD`, or `YYYY-MM-DDTHH:mm[:ss]` as wall-clock time in
   * `timeZone` (an IANA name), or a full ISO instant with an offset.
   */
  | { type: 'date'; start: string | null; end?: string | null; timeZone?: string | null }
  | { type: 'checkbox'; checked: boolean }
  /** User ids (from `users.list`). */
  | { type: 'people'; ids: string[] }
  /** Page ids (or page addresses) of the related data source. */
  | { type: 'relation'; ids: string[] }
  | { type: 'files'; files: FileInput[] };

export type PropertyInputType = PropertyInput['type'];

/** Form values by property id. */
export type PropertyInputs = Record<string, PropertyInput>;
