/**
 * What the emulator stores. Rich text, block content and property values are kept in the
 * shape Notion answers with, so reads are a re-assembly and never a translation.
 */
import type { Json, JsonObject } from './json.ts';

export type ParentRef =
  | { type: 'workspace' }
  | { type: 'page_id'; id: string }
  | { type: 'block_id'; id: string }
  | { type: 'data_source_id'; id: string }
  | { type: 'database_id'; id: string };

/** Content capabilities an integration is given in Notion's integration settings. */
export interface Capabilities {
  read: boolean;
  update: boolean;
  insert: boolean;
  /** "Read user information": none, without email addresses, or including them. */
  userInfo: 'none' | 'without_email' | 'with_email';
}

/**
 * A token the API accepts: an internal integration's secret, or a person's personal access
 * token (PAT). Both are sent the same way (`Authorization: Bearer …`).
 */
export interface Integration {
  /**
   * `internal`: sees what was shared with it (••• → Connections). `personal`: a PAT, which
   * sees what its person sees, with nothing shared.
   */
  kind: 'internal' | 'personal';
  /** The token's bot user id (what `users/me` answers with). */
  botId: string;
  name: string;
  secret: string;
  capabilities: Capabilities;
  /** Pages and databases shared with it; their descendants are shared too. Unused by a PAT. */
  shared: Set<string>;
  /** The person a PAT belongs to (null for an integration). */
  userId: string | null;
  revoked: boolean;
}

/**
 * Who may create and use PATs with the Notion API capability (Settings → Connections).
 * Notion documents the policy and that Business and Enterprise workspaces start with PAT
 * creation off; it does not document the setting's values, so these are ours.
 */
export type PersonalTokenPolicy = 'everyone' | 'owners' | 'nobody';

/** A workspace's own emoji (`custom_emoji` icons name it by id). */
export interface CustomEmoji {
  id: string;
  name: string;
  url: string;
}

export interface Person {
  id: string;
  name: string;
  email: string;
  avatarUrl: string | null;
  /** Guests cannot create PATs (only full members can). */
  role: 'owner' | 'member' | 'guest';
  /**
   * What the person can open in Notion: every page of the workspace, or only these pages
   * and databases (and what is beneath them). A PAT sees exactly this.
   */
  access: 'workspace' | Set<string>;
}

interface Stamped {
  createdTime: number;
  lastEditedTime: number;
  createdBy: string;
  lastEditedBy: string;
  inTrash: boolean;
}

export interface PageRecord extends Stamped {
  kind: 'page';
  id: string;
  parent: ParentRef;
  /** Keyed by property id; values in response shape minus `id`. Plain pages have only `title`. */
  properties: Record<string, JsonObject>;
  icon: Json;
  cover: Json;
  childIds: string[];
  isLocked: boolean;
}

export interface PropertySchema {
  id: string;
  name: string;
  type: string;
  /** The type's configuration object as Notion answers it (`{options: [...]}`, `{}`…). */
  config: JsonObject;
}

export interface DatabaseRecord extends Stamped {
  kind: 'database';
  id: string;
  parent: ParentRef;
  title: Json[];
  description: Json[];
  icon: Json;
  cover: Json;
  isInline: boolean;
  isLocked: boolean;
  dataSourceIds: string[];
}

export interface DataSourceRecord extends Stamped {
  kind: 'data_source';
  id: string;
  databaseId: string;
  title: Json[];
  description: Json[];
  properties: PropertySchema[];
}

export interface ViewRecord {
  kind: 'view';
  id: string;
  databaseId: string;
  dataSourceId: string;
  name: string;
  createdTime: number;
}

export interface BlockRecord extends Stamped {
  kind: 'block';
  id: string;
  parent: ParentRef;
  type: string;
  /** The type object (`paragraph: {...}`) without `children`. */
  content: JsonObject;
  childIds: string[];
}

export interface FileUploadRecord {
  kind: 'file_upload';
  id: string;
  ownerBotId: string;
  status: 'pending' | 'uploaded' | 'expired' | 'failed';
  filename: string | null;
  contentType: string | null;
  contentLength: number | null;
  data: Buffer | null;
  createdTime: number;
  expiryTime: number;
  attached: boolean;
}

/**
 * The upload's status now: one not attached to anything an hour after its creation has
 * expired, whether its bytes were sent or not (Notion's "attach within one hour").
 */
export function uploadStatus(upload: FileUploadRecord, now: number): FileUploadRecord['status'] {
  const open = upload.status === 'pending' || upload.status === 'uploaded';
  if (open && !upload.attached && now > upload.expiryTime) upload.status = 'expired';
  return upload.status;
}

export type StoredObject =
  PageRecord | DatabaseRecord | DataSourceRecord | BlockRecord | ViewRecord;
