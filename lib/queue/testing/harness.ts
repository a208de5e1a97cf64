/**
 * The queue against the project's Notion emulator through the real SDK, for the
 * fault-injection tests and the benchmark: targets from the demo workspace, captures of
 * known content, and checks that every capture is in Notion exactly once, in order.
 */
import { Client, type BlockObjectRequest } from '@notionhq/client';
import { fetchSchema, propertyNamedInValidationError } from '../../notion/schema/schema';
import { buildProperties } from '../../notion/properties/build-properties';
import { childrenOf } from '../../notion/api/request-types';
import type { DataSourceTarget, PageTarget } from '../../notion/types';
import {
  DEMO,
  EmulatorAdmin,
  startEmulator,
  type RateLimitConfig,
  type RunningEmulator,
} from '../../../tests/notion-emulator/index';
import { MemoryStore } from './memory-store';
import { createQueue, type CaptureQueue, type QueueDeps } from '../queue';
import { blockSignature } from '../runner/signature';
import type { CaptureInput } from '../types';

const CONNECTION = 'conn-main';

export const readingList: DataSourceTarget = {
  kind: 'data_source',
  id: 'target-reading-list',
  connectionId: CONNECTION,
  title: 'Reading list',
  icon: null,
  url: null,
  dataSourceId: DEMO.ids.readingListDataSource,
  databaseId: DEMO.ids.readingListDatabase,
  databaseTitle: 'Reading list',
  mapping: { title: 'title', url: DEMO.properties.readingList.url },
  mappingEdited: false,
};

export const inbox: PageTarget = {
  kind: 'page',
  id: 'target-inbox',
  connectionId: CONNECTION,
  title: 'Inbox',
  icon: null,
  url: null,
  pageId: DEMO.ids.inboxPage,
  pageMode: 'append',
};

export const childPages: PageTarget = { ...inbox, id: 'target-inbox-child', pageMode: 'child' };

/** Retries that take milliseconds, not minutes. */
export const FAST_POLICY = {
  baseDelayMs: 20,
  maxDelayMs: 200,
  maxAttempts: 8,
  defaultRetryAfterMs: 200,
  settleMs: 300,
};

export interface Harness {
  emulator: RunningEmulator;
  admin: EmulatorAdmin;
  client: Client;
  store: MemoryStore;
  /** A queue over the harness's store (a new one = a restarted worker). */
  queue(overrides?: Partial<QueueDeps>): CaptureQueue;
  close(): Promise<void>;
}

export async function startHarness(
  options: {
    rateLimit?: RateLimitConfig | false;
    timeoutMs?: number;
    /** The emulator's clock (uploads expire by it). */
    now?: () => number;
  } = {},
): Promise<Harness> {
  const emulator = await startEmulator({
    seed: 'demo',
    rateLimit: options.rateLimit ?? false,
    ...(options.now ? { now: options.now } : {}),
  });
  const client = new Client({
    auth: DEMO.integrations.main.secret,
    baseUrl: emulator.url,
    notionVersion: '2026-03-11',
    retry: false,
    timeoutMs: options.timeoutMs ?? 5_000,
    logger: () => {},
  });
  const store = new MemoryStore();
  const queues: CaptureQueue[] = [];
  return {
    emulator,
    admin: new EmulatorAdmin(emulator.url),
    client,
    store,
    queue(overrides = {}) {
      const queue = createQueue({
        store,
        clientFor: async () => client,
        policy: FAST_POLICY,
        budgetFor: () => ({ requests: 2000, windowMs: 1000, burst: 100 }),
        properties: { fetchSchema, buildProperties, propertyNamedInValidationError },
        ...overrides,
      });
      queues.push(queue);
      return queue;
    },
    async close() {
      await Promise.all(queues.map((q) => q.stop({ abandon: true })));
      await emulator.close();
    },
  };
}

/** A capture titled `title` with `blocks`, from `https://example.com/<slug>`. */
export function captureOf(
  target: DataSourceTarget | PageTarget,
  title: string,
  blocks: BlockObjectRequest[],
): CaptureInput {
  const slug = title.toLowerCase().replace(/[^a-z0-9]+/g, '-');
  return {
    target,
    mode: 'article',
    source: { url: `https://example.com/${slug}`, title },
    title,
    blocks,
  };
}

/** Properties of a Reading list row. */
export function rowProperties(title: string) {
  const slug = title.toLowerCase().replace(/[^a-z0-9]+/g, '-');
  return {
    title: { title: [{ type: 'text' as const, text: { content: title } }] },
    [DEMO.properties.readingList.url]: { url: `https://example.com/${slug}` },
  };
}

/** A nested outline of signatures: what "the same blocks in the same order" compares. */
export type Outline = Array<[string, Outline]>;

export function outlineOfRequest(blocks: readonly BlockObjectRequest[]): Outline {
  return blocks.map((b) => [blockSignature(b), outlineOfRequest(childrenOf(b))]);
}

interface TreeNode {
  children: TreeNode[];
  [key: string]: unknown;
}

export function outlineOfTree(blocks: readonly TreeNode[]): Outline {
  return blocks.map((b) => [blockSignature(b), outlineOfTree(b.children)]);
}

function titleOf(page: Record<string, unknown>): string {
  const properties = page.properties as Record<
    string,
    { type: string; title?: Array<{ plain_text: string }> }
  >;
  const title = Object.values(properties).find((p) => p.type === 'title');
  return (title?.title ?? []).map((t) => t.plain_text).join('');
}

/** Pages of the Reading list created by captures, by title (several if duplicated). */
export function rowsByTitle(emulator: RunningEmulator): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const page of emulator.listPages({ dataSource: DEMO.ids.readingListDataSource })) {
    const title = titleOf(page);
    out.set(title, [...(out.get(title) ?? []), String(page.id)]);
  }
  return out;
}

/** The outline of a page's content. */
export function outlineOfPage(emulator: RunningEmulator, pageId: string): Outline {
  const tree = emulator.getPageTree(pageId);
  return tree ? outlineOfTree(tree.blocks as unknown as TreeNode[]) : [];
}
