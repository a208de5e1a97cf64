/**
 * The emulated workspace: every object, who may see it, and the clock. Visibility follows
 * Notion: an integration sees what was shared with it and everything beneath, and anything
 * else answers 404 exactly as a missing object does.
 */
import { notFound, wrongKind, type IdKind, type ObjectKind } from './errors.ts';
import type {
  BlockRecord,
  CustomEmoji,
  DataSourceRecord,
  DatabaseRecord,
  FileUploadRecord,
  Integration,
  PageRecord,
  Person,
  PersonalTokenPolicy,
  StoredObject,
  ViewRecord,
} from './model.ts';

/**
 * What each stored kind is called in Notion's wrong-kind sentences. Pages, databases and
 * blocks share one id space, so Notion can say what an id is; data sources and views have
 * ids of their own, and an id of another kind is simply not found there (or here).
 */
const ID_KINDS: Partial<Record<StoredObject['kind'], IdKind>> = {
  page: 'page',
  database: 'database',
  block: 'block',
};

export interface WorkspaceInfo {
  id: string;
  name: string;
  /** `bot.workspace_limits.max_file_upload_size_in_bytes` (5 MiB on free plans). */
  maxUploadBytes: number;
  /** Who may use PATs here (Business and Enterprise workspaces start at `nobody`). */
  personalTokens: PersonalTokenPolicy;
}

export class Workspace {
  readonly objects = new Map<string, StoredObject>();
  readonly uploads = new Map<string, FileUploadRecord>();
  readonly integrations: Integration[] = [];
  readonly people: Person[] = [];
  readonly customEmojis = new Map<string, CustomEmoji>();
  info: WorkspaceInfo = {
    id: '',
    name: '',
    maxUploadBytes: 5 * 1024 * 1024,
    personalTokens: 'everyone',
  };

  constructor(readonly now: () => number) {}

  add(obj: StoredObject): void {
    this.objects.set(obj.id, obj);
  }

  integrationBySecret(secret: string): Integration | undefined {
    return this.integrations.find((i) => i.secret === secret && !i.revoked);
  }

  /** The id of the object that contains `obj` (its parent), or null at the top. */
  containerOf(obj: StoredObject): string | null {
    switch (obj.kind) {
      case 'data_source':
        return obj.databaseId;
      case 'view':
        return obj.databaseId;
      default:
        return obj.parent.type === 'workspace' ? null : obj.parent.id;
    }
  }

  /** The person a PAT acts as, or null (an integration, or a person who left). */
  personOf(integration: Integration): Person | null {
    if (integration.kind !== 'personal') return null;
    return this.people.find((p) => p.id === integration.userId) ?? null;
  }

  /** Whether the workspace's PAT policy lets this person use the Notion API with a PAT. */
  allowsPersonalTokens(person: Person): boolean {
    const policy = this.info.personalTokens;
    if (person.role === 'guest' || policy === 'nobody') return false;
    return policy === 'everyone' || person.role === 'owner';
  }

  /** Who writes are stamped with: a PAT acts as its person, an integration as its bot. */
  actorOf(integration: Integration): string {
    return integration.kind === 'personal' && integration.userId
      ? integration.userId
      : integration.botId;
  }

  isVisible(integration: Integration, id: string): boolean {
    // A PAT sees what its person sees: nothing has to be shared with it.
    const person = this.personOf(integration);
    if (integration.kind === 'personal' && !person) return false;
    const granted = person ? person.access : integration.shared;
    if (granted === 'workspace') return this.objects.has(id);
    let current: string | null = id;
    // Bounded walk: a malformed custom seed must not hang the server with a parent cycle.
    for (let depth = 0; current !== null && depth < 1000; depth++) {
      if (granted.has(current)) return true;
      const obj = this.objects.get(current);
      if (!obj) return false;
      current = this.containerOf(obj);
    }
    return false;
  }

  /**
   * The object if it exists, is visible and is of the wanted kind. Missing or not shared:
   * Notion's 404, which says nothing of what the id is. Visible but of another kind:
   * Notion's 400 naming what it is and which API to use.
   */
  private visible<T extends StoredObject>(
    integration: Integration,
    id: string,
    kind: T['kind'],
    label: ObjectKind,
  ): T {
    const obj = this.objects.get(id);
    if (!obj || !this.isVisible(integration, id)) throw notFound(label, id);
    if (obj.kind !== kind) {
      const actual = ID_KINDS[obj.kind];
      if (actual && (label === 'page' || label === 'database')) throw wrongKind(id, actual, label);
      throw notFound(label, id);
    }
    return obj as T;
  }

  page(integration: Integration, id: string): PageRecord {
    return this.visible<PageRecord>(integration, id, 'page', 'page');
  }

  database(integration: Integration, id: string): DatabaseRecord {
    return this.visible<DatabaseRecord>(integration, id, 'database', 'database');
  }

  dataSource(integration: Integration, id: string): DataSourceRecord {
    return this.visible<DataSourceRecord>(integration, id, 'data_source', 'data source');
  }

  view(integration: Integration, id: string): ViewRecord {
    return this.visible<ViewRecord>(integration, id, 'view', 'view');
  }

  /** A block, or a page seen as a block (pages are blocks in Notion's model). */
  blockOrPage(integration: Integration, id: string): BlockRecord | PageRecord {
    const obj = this.objects.get(id);
    if (!obj || !this.isVisible(integration, id)) throw notFound('block', id);
    if (obj.kind !== 'block' && obj.kind !== 'page') throw notFound('block', id);
    return obj;
  }

  /** Whether `id` is a trashed object or sits under one. */
  isTrashed(id: string): boolean {
    let current: string | null = id;
    for (let depth = 0; current !== null && depth < 1000; depth++) {
      const obj = this.objects.get(current);
      if (!obj) return false;
      if (obj.kind !== 'view' && obj.inTrash) return true;
      current = this.containerOf(obj);
    }
    return false;
  }

  /** Marks an object and its ancestors' content as edited now, as Notion's timestamps show. */
  touch(obj: StoredObject, botId: string): void {
    if (obj.kind === 'view') return;
    obj.lastEditedTime = this.now();
    obj.lastEditedBy = botId;
  }

  /** The page that holds a block (walking up through parent blocks). */
  owningPage(id: string): PageRecord | null {
    let current: string | null = id;
    for (let depth = 0; current !== null && depth < 1000; depth++) {
      const obj = this.objects.get(current);
      if (!obj) return null;
      if (obj.kind === 'page') return obj;
      current = this.containerOf(obj);
    }
    return null;
  }

  userName(id: string): string | null {
    const person = this.people.find((p) => p.id === id);
    if (person) return person.name;
    return this.integrations.find((i) => i.botId === id)?.name ?? null;
  }

  userExists(id: string): boolean {
    return this.userName(id) !== null;
  }
}
