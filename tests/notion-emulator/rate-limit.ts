/**
 * Notion's per-connection budget: N requests per fixed window (180 per 60 s on most plans),
 * spendable in a burst; once spent, 429 with `Retry-After` = whole seconds until the window
 * resets.
 */

export interface RateLimitConfig {
  requests: number;
  windowMs: number;
}

export type RateDecision = { ok: true } | { ok: false; retryAfterSeconds: number };

export const DEFAULT_RATE_LIMIT: RateLimitConfig = { requests: 180, windowMs: 60_000 };

export class RateLimiter {
  private windows = new Map<string, { start: number; count: number }>();

  constructor(
    private config: RateLimitConfig | false,
    private readonly now: () => number,
  ) {}

  get current(): RateLimitConfig | false {
    return this.config;
  }

  /** Changes the budget and forgets what was spent. */
  set(config: RateLimitConfig | false): void {
    this.config = config;
    this.windows.clear();
  }

  /** Spends one request of `key`'s budget, or says how long to wait. */
  take(key: string): RateDecision {
    if (this.config === false) return { ok: true };
    const now = this.now();
    let window = this.windows.get(key);
    if (!window || now >= window.start + this.config.windowMs) {
      window = { start: now, count: 0 };
      this.windows.set(key, window);
    }
    if (window.count < this.config.requests) {
      window.count++;
      return { ok: true };
    }
    const waitMs = window.start + this.config.windowMs - now;
    return { ok: false, retryAfterSeconds: Math.max(1, Math.ceil(waitMs / 1000)) };
  }
}
