/**
 * Notion clients by connection, built on first use from the stored secret, and the one
 * rate limiter of each connection. Secrets are read here and nowhere else.
 *
 * One limiter per connection for everything: the queue's requests and the pages' reads
 * (schemas, "already saved", people, relations, browsing) share Notion's budget, so
 * the connection stays under it over any minute whoever is asking.
 */
import type { Client } from '@notionhq/client';
import { createNotionClient } from '@/lib/notion/connection/client';
import { toStoredError } from '@/lib/notion/errors/errors';
import type { Connection } from '@/lib/notion/types';
import { Problem } from '@/lib/problems';
import { systemClock } from '@/lib/queue/pacing/clock';
import {
  RateLimiter,
  notionBudget,
  requestLimit,
  type RateBudget,
} from '@/lib/queue/pacing/limiter';
import { DEFAULT_POLICY, decide } from '@/lib/queue/pacing/retry-policy';
import { secretStore } from '@/lib/secrets/store';
import { connectionsItem, settingsItem, type Settings } from '@/lib/storage';

interface Cached {
  secret: string;
  apiBase: string;
  /** Under the connection's limiter: for the pages' requests. */
  limited: Client;
  /** Without it: for the queue, which takes a turn of the limiter before each request. */
  direct: Client;
}

const cache = new Map<string, Cached>();
const limiters = new Map<string, RateLimiter>();

// The limiter asks for the budget synchronously; the setting is mirrored here.
let settings: Settings | null = null;
void settingsItem.getValue().then((value) => (settings = value));
settingsItem.watch((value) => (settings = value));

const budget = (): RateBudget => notionBudget(settings?.requestsPerSecond ?? 3);

const sameBudget = (a: RateBudget, b: RateBudget) =>
  a.requests === b.requests && a.windowMs === b.windowMs && a.burst === b.burst;

/** The connection's limiter, at the budget the person chose (3 or 10 requests a second). */
export function limiterFor(connectionId: string): RateLimiter {
  const wanted = budget();
  let limiter = limiters.get(connectionId);
  if (!limiter) {
    limiter = new RateLimiter(wanted, systemClock);
    limiters.set(connectionId, limiter);
  } else if (!sameBudget(limiter.currentBudget, wanted)) {
    // The setting changed: the new pace applies from now on.
    limiter.setBudget(wanted);
  }
  return limiter;
}

/** Notion's wait after a rate-limited answer, or null for any other failure. */
function rateLimitWait(error: unknown): number | null {
  const decision = decide(toStoredError(error), 1, false, DEFAULT_POLICY, () => 0);
  return decision.kind === 'rate_limited' ? decision.delayMs : null;
}

/** The stored connection with this id, or a sentence-ready error when it is gone. */
export async function getConnection(connectionId: string): Promise<Connection> {
  const connection = (await connectionsItem.getValue()).find((c) => c.id === connectionId);
  if (!connection) throw new Problem('ConnectionMissing');
  return connection;
}

async function clientsOf(connectionId: string): Promise<Cached> {
  const connection = await getConnection(connectionId);
  const secret = await secretStore.get(connectionId);
  if (!secret) throw new Problem('ConnectionMissing');
  const cached = cache.get(connectionId);
  if (cached && cached.secret === secret && cached.apiBase === connection.apiBase) return cached;
  const { apiBase } = connection;
  const limit = requestLimit(limiterFor(connectionId), systemClock, rateLimitWait);
  const fresh: Cached = {
    secret,
    apiBase,
    limited: createNotionClient({ secret, apiBase, limit }),
    direct: createNotionClient({ secret, apiBase }),
  };
  cache.set(connectionId, fresh);
  return fresh;
}

/** The connection's stored token, for the doctor to check its form (never sent anywhere). */
export async function storedSecret(connectionId: string): Promise<string | undefined> {
  return (await secretStore.get(connectionId)) ?? undefined;
}

/** A client for the connection whose every request waits its turn at the limiter. */
export async function clientFor(connectionId: string): Promise<Client> {
  return (await clientsOf(connectionId)).limited;
}

/**
 * A client without the limiter, for the queue only: it takes its turn itself before
 * each request, so that it can mark the request as sent at the moment it leaves.
 */
export async function queueClientFor(connectionId: string): Promise<Client> {
  return (await clientsOf(connectionId)).direct;
}

/** Forgets the clients of a removed or re-keyed connection. */
export function dropClient(connectionId: string): void {
  cache.delete(connectionId);
}
