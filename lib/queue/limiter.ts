/**
 * One rate limiter per connection, shared by every capture of it. Notion grants each
 * connection a budget per window (180 requests per 60 s on most plans) that may be
 * spent in a burst; over it, 429 with `Retry-After`. Staying under it takes two rules:
 *
 * - a token bucket keeps the pace smooth (the sustained rate, with a small burst);
 * - a sliding window keeps any window of `windowMs` (plus a margin for network jitter:
 *   Notion counts arrivals, we count departures) at or under the budget, which is what
 *   Notion's fixed windows check, wherever they start.
 *
 * A 429 or 529 pauses the whole connection until its `Retry-After` has passed.
 */
import type { Clock } from './clock';

export interface RateBudget {
  /** Requests per window. */
  requests: number;
  windowMs: number;
  /** Requests that may go out at once after a quiet time. */
  burst: number;
  /** Extra time the window is kept open for; default 2 % of it, 100 ms to 1 s. */
  marginMs?: number;
}

/** Notion's budget at `perSecond` (3 on most plans, 10 on Business and Enterprise). */
export function notionBudget(perSecond: number): RateBudget {
  return { requests: perSecond * 60, windowMs: 60_000, burst: perSecond };
}

export class RateLimiter {
  private readonly margin: number;
  private readonly rate: number;
  private tokens: number;
  private refilledAt: number;
  /** Departure times of the last `requests` requests, oldest first. */
  private readonly sent: number[] = [];
  private pausedUntil = 0;
  private readonly waiters: Array<() => void> = [];
  private cancelTimer: (() => void) | null = null;

  constructor(
    private readonly budget: RateBudget,
    private readonly clock: Clock,
  ) {
    this.margin =
      budget.marginMs ?? Math.min(1000, Math.max(100, Math.round(budget.windowMs * 0.02)));
    this.rate = budget.requests / (budget.windowMs + this.margin);
    this.tokens = budget.burst;
    this.refilledAt = clock.now();
  }

  /** Milliseconds until a request may leave (0: now). */
  delay(now = this.clock.now()): number {
    this.refill(now);
    const forTokens = this.tokens >= 1 ? 0 : (1 - this.tokens) / this.rate;
    const oldest = this.sent.length >= this.budget.requests ? this.sent[0] : undefined;
    const forWindow = oldest === undefined ? 0 : oldest + this.budget.windowMs + this.margin - now;
    return Math.max(0, Math.ceil(forTokens), forWindow, this.pausedUntil - now);
  }

  /** Stops every request of the connection until `until` (epoch ms). */
  pause(until: number): void {
    if (until <= this.pausedUntil) return;
    this.pausedUntil = until;
    this.schedule();
  }

  /** When the connection may send again after a pause (0: not paused). */
  get pausedUntilMs(): number {
    return this.pausedUntil > this.clock.now() ? this.pausedUntil : 0;
  }

  /** Resolves when this request may go out, in the order requests asked. */
  acquire(): Promise<void> {
    return new Promise((resolve) => {
      this.waiters.push(resolve);
      if (this.waiters.length === 1) this.drain();
    });
  }

  private refill(now: number): void {
    this.tokens = Math.min(this.budget.burst, this.tokens + (now - this.refilledAt) * this.rate);
    this.refilledAt = now;
  }

  private take(now: number): void {
    this.tokens -= 1;
    this.sent.push(now);
    if (this.sent.length > this.budget.requests) this.sent.shift();
  }

  private drain(): void {
    this.cancelTimer?.();
    this.cancelTimer = null;
    while (this.waiters.length > 0) {
      const now = this.clock.now();
      if (this.delay(now) > 0) return this.schedule();
      this.take(now);
      this.waiters.shift()?.();
    }
  }

  private schedule(): void {
    if (this.waiters.length === 0) return;
    this.cancelTimer?.();
    this.cancelTimer = this.clock.setTimer(this.delay(), () => this.drain());
  }
}
