/**
 * Seeds: a workspace described as data (integrations, people, pages, databases), applied
 * through the same validators as API writes, so a seed cannot hold what Notion would refuse.
 * Page properties, blocks and schemas are written in request shape.
 */
import { createHash } from 'node:crypto';
import { semanticError } from './errors.ts';
import type { Capabilities, Integration, ParentRef, PersonalTokenPolicy } from './model.ts';
import { createDatabase, createPage } from './mutations.ts';
import { titleOfObject, urlOf } from './render/common.ts';
import { planChildren } from './validate/blocks.ts';
import { iconFromRequest } from './validate/files.ts';
import { propertiesFromRequest } from './validate/properties.ts';
import { addNewOptions, type PropertyContext } from './validate/property-values.ts';
import { plainRichText } from './validate/rich-text.ts';
import { schemaFromRequest } from './validate/schema.ts';
import type { Workspace } from './workspace.ts';

export type SeedParent =
  { type: 'workspace' } | { type: 'page_id'; id: string } | { type: 'data_source_id'; id: string };

export interface SeedPage {
  id: string;
  parent: SeedParent;
  /** Shortcut for the title of a page under a page (data source rows use `properties`). */
  title?: string;
  properties?: Record<string, unknown>;
  icon?: unknown;
  children?: unknown[];
}

export interface SeedDatabase {
  id: string;
  parent: { type: 'page_id'; id: string };
  title: string;
  isInline?: boolean;
  icon?: unknown;
  dataSources: Array<{
    id: string;
    name: string;
    /** Schema in `initial_data_source.properties` request shape. */
    properties: Record<string, unknown>;
    /** Fixed property ids by name, so seeds give stable ids to tests. */
    propertyIds?: Record<string, string>;
  }>;
  views?: Array<{ id: string; dataSourceId: string; name: string }>;
}

export interface SeedSpec {
  workspace?: {
    id?: string;
    name?: string;
    maxUploadBytes?: number;
    /** Who may use PATs (default `everyone`, as on Free and Plus plans). */
    personalTokens?: PersonalTokenPolicy;
  };
  /**
   * Members of the workspace. `role` defaults to `member`; `access` lists the pages and
   * databases a person can open (their descendants follow); without it, every page.
   */
  people?: Array<{
    id: string;
    name: string;
    email: string;
    role?: 'owner' | 'member' | 'guest';
    access?: string[];
  }>;
  /** The workspace's custom emoji, which `custom_emoji` icons name by id. */
  customEmojis?: Array<{ id: string; name: string; url: string }>;
  integrations: Array<{
    botId: string;
    name: string;
    secret: string;
    capabilities?: Partial<Capabilities>;
    /** Ids of pages and databases shared with it (their descendants follow). */
    shared?: string[];
  }>;
  /** Personal access tokens: each acts as one person and sees what that person sees. */
  personalTokens?: Array<{
    botId: string;
    name: string;
    secret: string;
    userId: string;
    capabilities?: Partial<Capabilities>;
  }>;
  pages?: SeedPage[];
  databases?: SeedDatabase[];
}

const FULL: Capabilities = { read: true, update: true, insert: true, userInfo: 'with_email' };

/** Deterministic short ids for seeded options, so every reset gives the same ids. */
function seededMint(salt: string): () => string {
  let n = 0;
  return () => createHash('sha1').update(`${salt}:${n++}`).digest('base64url').slice(0, 4);
}

function seedContext(ws: Workspace, author: string): PropertyContext {
  return {
    workspace: ws,
    pageUrl: (id) => urlOf(ws, id),
    titleOf: (id) => titleOfObject(ws, ws.objects.get(id)),
    upload: () => undefined,
    fileUrl: (id) => id,
    now: ws.now,
    usedUploads: new Set(),
    pageVisible: (id) => ws.objects.get(id)?.kind === 'page',
    actorId: author,
  };
}

function addPage(ws: Workspace, page: SeedPage, author: string, ctx: PropertyContext): void {
  const parent: ParentRef = page.parent;
  let schema = null;
  if (parent.type === 'data_source_id') {
    const ds = ws.objects.get(parent.id);
    if (ds?.kind !== 'data_source')
      throw semanticError(`Seed page ${page.id}: no data source ${parent.id}.`);
    schema = ds.properties;
  }
  const raw =
    page.properties ??
    (page.title === undefined ? {} : { title: { title: [{ text: { content: page.title } }] } });
  const properties = propertiesFromRequest(raw, schema, ctx);
  if (schema)
    for (const prop of schema)
      if (properties[prop.id]) addNewOptions(prop, properties[prop.id]!, seededMint(page.id));
  const children = page.children ? planChildren(page.children, 'body.children', ctx) : [];
  const icon = page.icon === undefined ? null : iconFromRequest(page.icon, 'body.icon', ctx);
  createPage(ws, { parent, properties, icon, cover: null, children }, author, page.id);
}

function addDatabase(ws: Workspace, db: SeedDatabase, author: string, ctx: PropertyContext): void {
  const dataSources = db.dataSources.map((source) => {
    const properties = schemaFromRequest(source.properties, `seed.${db.id}.properties`, {
      mintId: seededMint(source.id),
      relationTarget: (id) => {
        const target = ws.objects.get(id);
        if (target?.kind !== 'data_source')
          throw semanticError(`Seed relation to unknown data source ${id}.`);
        return { databaseId: target.databaseId, dataSourceId: id };
      },
    });
    for (const prop of properties) prop.id = source.propertyIds?.[prop.name] ?? prop.id;
    return { id: source.id, title: plainRichText(source.name), properties };
  });
  createDatabase(
    ws,
    {
      parent: db.parent,
      title: plainRichText(db.title),
      description: [],
      icon: db.icon === undefined ? null : iconFromRequest(db.icon, 'body.icon', ctx),
      cover: null,
      isInline: db.isInline ?? false,
      dataSources,
    },
    author,
    db.id,
  );
  for (const view of db.views ?? []) {
    ws.add({
      kind: 'view',
      id: view.id,
      databaseId: db.id,
      dataSourceId: view.dataSourceId,
      name: view.name,
      createdTime: ws.now(),
    });
  }
}

/** Fills an empty workspace from a spec. */
export function applySeed(ws: Workspace, spec: SeedSpec): void {
  ws.info = {
    id: spec.workspace?.id ?? '00000000-0000-4000-8000-000000000000',
    name: spec.workspace?.name ?? 'Emulated workspace',
    maxUploadBytes: spec.workspace?.maxUploadBytes ?? 5 * 1024 * 1024,
    personalTokens: spec.workspace?.personalTokens ?? 'everyone',
  };
  for (const p of spec.people ?? []) {
    ws.people.push({
      id: p.id,
      name: p.name,
      email: p.email,
      avatarUrl: null,
      role: p.role ?? 'member',
      access: p.access ? new Set(p.access) : 'workspace',
    });
  }
  for (const emoji of spec.customEmojis ?? []) ws.customEmojis.set(emoji.id, { ...emoji });
  for (const i of spec.integrations) {
    const integration: Integration = {
      botId: i.botId,
      name: i.name,
      secret: i.secret,
      capabilities: { ...FULL, ...i.capabilities },
      kind: 'internal',
      shared: new Set(i.shared ?? []),
      userId: null,
      revoked: false,
    };
    ws.integrations.push(integration);
  }
  for (const t of spec.personalTokens ?? []) {
    const person = ws.people.find((p) => p.id === t.userId);
    // Only full members create PATs; a seed cannot hold one Notion would not have made.
    if (!person || person.role === 'guest')
      throw semanticError(`Seed PAT ${t.name}: ${t.userId} is no full member of the workspace.`);
    ws.integrations.push({
      kind: 'personal',
      botId: t.botId,
      name: t.name,
      secret: t.secret,
      capabilities: { ...FULL, ...t.capabilities },
      shared: new Set(),
      userId: t.userId,
      revoked: false,
    });
  }
  const author = spec.people?.[0]?.id ?? spec.integrations[0]?.botId ?? '';
  const ctx = seedContext(ws, author);
  const pages = spec.pages ?? [];
  for (const page of pages.filter((p) => p.parent.type !== 'data_source_id'))
    addPage(ws, page, author, ctx);
  for (const db of spec.databases ?? []) addDatabase(ws, db, author, ctx);
  for (const page of pages.filter((p) => p.parent.type === 'data_source_id'))
    addPage(ws, page, author, ctx);
}
