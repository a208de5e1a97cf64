/**
 * The demo workspace (`seed: 'demo'`): fixed ids and secrets that tests, the e2e suite and
 * `npm start` can name. Property ids contain %-escapes on purpose, as Notion's do.
 */
import type { SeedSpec } from './seed.ts';

export const DEMO = {
  workspace: { id: 'd6c5637e-d37a-495a-8cdc-5898b72f4bfb', name: 'Demo workspace' },
  integrations: {
    /** read, update and insert content; user information with email. */
    main: {
      botId: '5192fc73-1edc-4cf2-a499-48a6ee13727d',
      name: 'Quick Capture',
      secret: 'ntn_BVZPhmnwN7glD2TvdB6yzgzjBOp3vx61VjBVmKdX6wm5Dm',
    },
    /** read content only: every write answers 403 restricted_resource. */
    reader: {
      botId: 'c78a92cd-8fb6-4758-8cdb-d6e48bf7a5f3',
      name: 'Read-only reader',
      secret: 'ntn_444MIU9Ny5uauhEhGtTUjpI0pbUHtgswNTQcSid8iiwayf',
    },
  },
  /**
   * Personal access tokens. Ada's acts as Ada, who can open every page: it sees more than
   * any integration (Clients and Private notes too) with nothing shared with it.
   */
  personalTokens: {
    ada: {
      botId: '0f6f3c2a-8b1d-4e5f-9a7b-3c2d1e0f4a5b',
      name: 'Ada’s token',
      secret: 'ntn_PAT4daLovelaceDemoToken0000000000000000000000',
    },
  },
  /** A custom emoji of the workspace, for `custom_emoji` icons. */
  customEmojis: {
    rocket: {
      id: '3c1d2f0e-6b7a-4c8d-9e0f-1a2b3c4d5e6f',
      name: 'team-rocket',
      url: 'https://example.com/emoji/team-rocket.png',
    },
  },
  users: {
    ada: {
      id: 'ec6a8cef-8d3f-404a-a3d0-5dd958505245',
      name: 'Ada Lovelace',
      email: 'ada@example.com',
    },
    grace: {
      id: '27b522bb-ba3e-4bfa-9070-adb926ce6794',
      name: 'Grace Hopper',
      email: 'grace@example.com',
    },
  },
  ids: {
    /** Top-level page holding the demo; shared with no integration. */
    homePage: 'e7018295-9980-4fa6-a21c-41aaa0b0bbd9',
    /** "Inbox": shared with both integrations. */
    inboxPage: 'd1da973d-41ae-46af-b836-e0e9a91149d5',
    /** "Private notes": not shared with the main integration (the reader sees it). */
    privatePage: '478d443b-a745-4145-bc04-68de1e0c0345',
    readingListDatabase: 'd65ddddf-2bd5-4dfd-afd1-c384c979c369',
    readingListDataSource: '5dcac54d-0270-407f-9f4e-abbf42287dff',
    /** A view (`?v=`) of the Reading list; resolves to its data source. */
    readingListView: '38492c38-8825-4ba2-b857-1c2fcac45558',
    /** A row already in the Reading list. */
    welcomePage: '7a4f6560-2cb3-471e-8a88-ce109a7a918f',
    projectsDatabase: 'bea71829-112c-4b2d-98c4-8070d5374587',
    projectsDataSource: '8effab07-44f9-4e11-93cb-75b12e148e35',
    projectPage: '96f3525b-7010-4fda-8fed-410f0c137795',
    /** "Clients": target of the Projects relation, NOT shared with the main integration. */
    clientsDatabase: 'fa8050bb-0e64-40d7-8aae-59e6e7239392',
    clientsDataSource: '8f5bdd00-ef34-4bbb-8ade-3d66451e1edf',
    clientPage: 'a1ec1577-1656-4c8a-9b77-9c62ff4c07b8',
    /** "Media library": one database, two data sources. */
    mediaDatabase: '35f69555-a9e7-4104-a3a3-3c84f4839178',
    articlesDataSource: 'f1701757-999f-4a41-ba7d-e2853a0cb220',
    videosDataSource: '6392e481-c0e7-434a-b2e7-78d76781997e',
    articlesView: '34359541-98f9-4b83-bd39-8f9a1028519d',
    videosView: '0a31f43f-fcf0-4f26-aa35-7a08dbe3be09',
  },
  properties: {
    readingList: {
      name: 'title',
      url: 'Ub%3Fz',
      tags: 'T%40gs',
      type: 'Ty%7Ce',
      savedAt: 'S%3Bvd',
      notes: 'N%5Bts',
    },
    projects: { name: 'title', client: 'Cl%3Ai', status: 'St%3At', owner: 'Ow%3An' },
  },
} as const;

const { ids, properties: P } = DEMO;
const text = (content: string) => [{ text: { content } }];

export const DEMO_SEED: SeedSpec = {
  workspace: { id: DEMO.workspace.id, name: DEMO.workspace.name, maxUploadBytes: 5 * 1024 * 1024 },
  // Ada owns the workspace and opens every page; Grace is a member with two pages.
  people: [
    { ...DEMO.users.ada, role: 'owner' },
    { ...DEMO.users.grace, role: 'member', access: [ids.inboxPage, ids.readingListDatabase] },
  ],
  personalTokens: [{ ...DEMO.personalTokens.ada, userId: DEMO.users.ada.id }],
  customEmojis: [DEMO.customEmojis.rocket],
  integrations: [
    {
      ...DEMO.integrations.main,
      shared: [ids.inboxPage, ids.readingListDatabase, ids.projectsDatabase, ids.mediaDatabase],
    },
    {
      ...DEMO.integrations.reader,
      capabilities: { read: true, update: false, insert: false, userInfo: 'without_email' },
      shared: [ids.inboxPage, ids.readingListDatabase, ids.privatePage],
    },
  ],
  pages: [
    { id: ids.homePage, parent: { type: 'workspace' }, title: 'Demo home' },
    {
      id: ids.inboxPage,
      parent: { type: 'page_id', id: ids.homePage },
      title: 'Inbox',
      icon: { emoji: '📥' },
      children: [{ paragraph: { rich_text: text('Captures appended to this page land below.') } }],
    },
    { id: ids.privatePage, parent: { type: 'workspace' }, title: 'Private notes' },
    {
      id: ids.welcomePage,
      parent: { type: 'data_source_id', id: ids.readingListDataSource },
      properties: {
        Name: { title: text('Welcome to Quick Capture') },
        URL: { url: 'https://example.com/welcome' },
        Tags: { multi_select: [{ name: 'Later' }] },
        Type: { select: { name: 'Bookmark' } },
        'Saved at': { date: { start: '2026-01-05T09:00:00.000Z' } },
      },
      children: [{ paragraph: { rich_text: text('An example capture.') } }],
    },
    {
      id: ids.clientPage,
      parent: { type: 'data_source_id', id: ids.clientsDataSource },
      properties: { Name: { title: text('Acme Corp') } },
    },
    {
      id: ids.projectPage,
      parent: { type: 'data_source_id', id: ids.projectsDataSource },
      properties: {
        Name: { title: text('Website relaunch') },
        Client: { relation: [{ id: ids.clientPage }] },
        Status: { status: { name: 'In progress' } },
        Owner: { people: [{ id: DEMO.users.ada.id }] },
      },
    },
  ],
  databases: [
    {
      id: ids.clientsDatabase,
      parent: { type: 'page_id', id: ids.homePage },
      title: 'Clients',
      dataSources: [
        {
          id: ids.clientsDataSource,
          name: 'Clients',
          properties: { Name: { title: {} }, Website: { url: {} } },
        },
      ],
    },
    {
      id: ids.readingListDatabase,
      parent: { type: 'page_id', id: ids.homePage },
      title: 'Reading list',
      icon: { emoji: '📚' },
      dataSources: [
        {
          id: ids.readingListDataSource,
          name: 'Reading list',
          properties: {
            Name: { title: {} },
            URL: { url: {} },
            Tags: {
              multi_select: {
                options: ['Research', 'Design', 'Engineering', 'Later'].map((name) => ({ name })),
              },
            },
            Type: {
              select: {
                options: ['Article', 'Bookmark', 'Selection', 'Link', 'Image', 'Screenshot'].map(
                  (name) => ({ name }),
                ),
              },
            },
            'Saved at': { date: {} },
            Notes: { rich_text: {} },
          },
          propertyIds: {
            URL: P.readingList.url,
            Tags: P.readingList.tags,
            Type: P.readingList.type,
            'Saved at': P.readingList.savedAt,
            Notes: P.readingList.notes,
          },
        },
      ],
      views: [
        { id: ids.readingListView, dataSourceId: ids.readingListDataSource, name: 'All captures' },
      ],
    },
    {
      id: ids.projectsDatabase,
      parent: { type: 'page_id', id: ids.homePage },
      title: 'Projects',
      dataSources: [
        {
          id: ids.projectsDataSource,
          name: 'Projects',
          properties: {
            Name: { title: {} },
            Client: { relation: { data_source_id: ids.clientsDataSource } },
            Status: { status: {} },
            Owner: { people: {} },
          },
          propertyIds: {
            Client: P.projects.client,
            Status: P.projects.status,
            Owner: P.projects.owner,
          },
        },
      ],
    },
    {
      id: ids.mediaDatabase,
      parent: { type: 'page_id', id: ids.homePage },
      title: 'Media library',
      dataSources: [
        {
          id: ids.articlesDataSource,
          name: 'Articles',
          properties: { Name: { title: {} }, URL: { url: {} } },
        },
        {
          id: ids.videosDataSource,
          name: 'Videos',
          properties: { Name: { title: {} }, URL: { url: {} }, Duration: { number: {} } },
        },
      ],
      views: [
        { id: ids.articlesView, dataSourceId: ids.articlesDataSource, name: 'Articles' },
        { id: ids.videosView, dataSourceId: ids.videosDataSource, name: 'Videos' },
      ],
    },
  ],
};
