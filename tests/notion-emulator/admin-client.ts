/**
 * Typed client of the emulator's admin API over fetch, for tests and tools that talk to an
 * emulator in another process (the e2e suite, `npm start`). Every method throws on a non-2xx.
 */
import type { BlockTree, PageFilter } from './admin/inspect.ts';
import type { CursorExpiry } from './cursors.ts';
import type { ActiveFault, FaultSpec } from './faults.ts';
import type { JsonObject } from './json.ts';
import type { Capabilities, PersonalTokenPolicy } from './model.ts';
import type { RateLimitConfig } from './rate-limit.ts';
import type { LoggedRequest } from './request-log.ts';
import type { SeedSpec } from './seed.ts';

export interface IntegrationState {
  botId: string;
  name: string;
  revoked: boolean;
  capabilities: Capabilities;
}

export class EmulatorAdmin {
  private readonly base: string;

  /** `baseUrl`: the emulator's URL (`http://127.0.0.1:PORT`). */
  constructor(baseUrl: string) {
    this.base = `${baseUrl.replace(/\/+$/, '')}/__emulator`;
  }

  private async call<T>(method: string, path: string, body?: unknown): Promise<T> {
    const response = await fetch(`${this.base}${path}`, {
      method,
      headers: body === undefined ? {} : { 'content-type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const text = await response.text();
    if (!response.ok)
      throw new Error(`Emulator admin ${method} ${path} failed (${response.status}): ${text}`);
    return JSON.parse(text) as T;
  }

  health(): Promise<{ ok: boolean }> {
    return this.call('GET', '/health');
  }

  /** Back to the current seed; faults, budgets and the request log are cleared too. */
  async reset(): Promise<void> {
    await this.call('POST', '/reset');
  }

  /** Replaces the workspace with the demo, an empty one, or a custom spec. */
  async seed(seed: 'demo' | 'empty' | SeedSpec): Promise<void> {
    await this.call('POST', '/seed', { seed });
  }

  injectFault(fault: FaultSpec): Promise<ActiveFault> {
    return this.call('POST', '/faults', fault);
  }

  async listFaults(): Promise<ActiveFault[]> {
    return (await this.call<{ results: ActiveFault[] }>('GET', '/faults')).results;
  }

  async clearFaults(): Promise<void> {
    await this.call('DELETE', '/faults');
  }

  /** A page (as `pages.retrieve` answers) with its blocks nested in order. */
  getPageTree(pageId: string): Promise<{ page: JsonObject; blocks: BlockTree[] }> {
    return this.call('GET', `/pages/${encodeURIComponent(pageId)}`);
  }

  async listPages(filter: PageFilter = {}): Promise<JsonObject[]> {
    const q = new URLSearchParams();
    if (filter.parent) q.set('parent', filter.parent);
    if (filter.dataSource) q.set('data_source', filter.dataSource);
    if (filter.includeTrashed) q.set('include_trashed', 'true');
    return (await this.call<{ results: JsonObject[] }>('GET', `/pages?${q.toString()}`)).results;
  }

  async requestLog(): Promise<LoggedRequest[]> {
    return (await this.call<{ results: LoggedRequest[] }>('GET', '/requests')).results;
  }

  async clearRequestLog(): Promise<void> {
    await this.call('DELETE', '/requests');
  }

  async getRateLimit(): Promise<RateLimitConfig | false> {
    return (await this.call<{ rateLimit: RateLimitConfig | false }>('GET', '/rate-limit'))
      .rateLimit;
  }

  /** Sets the per-integration budget (and forgets what was spent); false turns it off. */
  async setRateLimit(rateLimit: RateLimitConfig | false): Promise<void> {
    await this.call('PUT', '/rate-limit', { rateLimit });
  }

  async getCursorExpiry(): Promise<CursorExpiry | false> {
    return (await this.call<{ cursorExpiry: CursorExpiry | false }>('GET', '/cursors'))
      .cursorExpiry;
  }

  /** Makes pagination cursors expire (or, with false, never); issued cursors are forgotten. */
  async setCursorExpiry(cursorExpiry: CursorExpiry | false): Promise<void> {
    await this.call('PUT', '/cursors', { cursorExpiry });
  }

  /** Shares (or, with `shared: false`, unshares) a page or database with an integration. */
  async share(integration: string, id: string, shared = true): Promise<void> {
    await this.call('POST', '/share', { integration, id, shared });
  }

  /** Revokes or restores a secret, or changes capabilities; `integration` is a bot id or name. */
  updateIntegration(
    integration: string,
    change: { revoked?: boolean; capabilities?: Partial<Capabilities> },
  ): Promise<IntegrationState> {
    return this.call('PATCH', `/integrations/${encodeURIComponent(integration)}`, change);
  }

  /** Sets who may use PATs in the workspace (Settings → Connections in Notion). */
  async setPersonalTokenPolicy(personalTokens: PersonalTokenPolicy): Promise<void> {
    await this.call('PATCH', '/workspace', { personalTokens });
  }

  /** Makes a PAT for a person (by id or name); refused when the workspace's policy forbids it. */
  createPersonalToken(
    user: string,
    name: string,
  ): Promise<{ botId: string; name: string; secret: string }> {
    return this.call('POST', '/personal-tokens', { user, name });
  }

  /** Changes what a person can open: every page, or only these (and what is beneath). */
  async setPersonAccess(user: string, access: 'workspace' | string[]): Promise<void> {
    await this.call('PATCH', `/people/${encodeURIComponent(user)}`, { access });
  }
}
