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
}

export class Workspace {
  readonly objects = new Map<string, StoredObject>();
  readonly uploads = new Map<string, FileUploadRecord>();
  readonly integrations: Integration[] = [];
  readonly people: Person[] = [];
  readonly customEmojis = new Map<string, CustomEmoji>();
  info: WorkspaceInfo = { id: '', name: '', maxUploadBytes: 5 * 1024 * 1024 };

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

  isVisible(integration: Integration, id: string): boolean {
    let current: string | null = id;
    // Bounded walk: a malformed custom seed must not hang the server with a parent cycle.
    for (let depth = 0; current !== null && depth < 1000; depth++) {
      if (integration.shared.has(current)) return true;
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
