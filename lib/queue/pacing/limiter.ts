/**
 * One rate limiter per connection, shared by every capture of it. Notion grants each
 * connection a budget per window (180 requests per 60 s on most plans) that may be
 * spent in a burst; over it, 429 with `Retry-After`. Staying under it takes two rules:
 *
 * - a token bucket keeps the pace smooth: a small burst, then the rate that leaves
 *   room for that burst in every window, so the window rule never has to stall;
 * - a sliding window: a request leaves only when the one `requests` places before it
 *   was answered at least `windowMs` ago. Notion counts a request when it arrives,
 *   which is after we send it and before its answer reaches us, so any `requests + 1`
 *   arrivals then span at least a window, whatever the network's delays: no fixed
 *   window of Notion's, wherever it starts, sees more than the budget.
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
  /**
   * Extra time the window is kept open for (clock granularity, a server that counts a
   * little later than on arrival); default 0.2 % of it, 5 ms to 200 ms.
   */
  marginMs?: number;
}

/** Notion's budget at `perSecond` (3 on most plans, 10 on Business and Enterprise). */
export function notionBudget(perSecond: number): RateBudget {
  return { requests: perSecond * 60, windowMs: 60_000, burst: perSecond };
}

/** Call when the answer (or the failure) came back. */
export type Release = () => void;

interface Slot {
  /** When its answer came back; null while the request is out. */
  answeredAt: number | null;
}

export class RateLimiter {
  private margin = 0;
  private rate = 0;
  private tokens: number;
  private refilledAt: number;
  /** The last `requests` requests, oldest first. */
  private readonly slots: Slot[] = [];
  private pausedUntil = 0;
  private readonly waiters: Array<(release: Release) => void> = [];
  private cancelTimer: (() => void) | null = null;

  constructor(
    private budget: RateBudget,
    private readonly clock: Clock,
  ) {
    this.pace(budget);
    this.tokens = budget.burst;
    this.refilledAt = clock.now();
  }

  private pace(budget: RateBudget): void {
    this.budget = budget;
    this.margin =
      budget.marginMs ?? Math.min(200, Math.max(5, Math.round(budget.windowMs * 0.002)));
    this.rate = Math.max(1, budget.requests - budget.burst) / (budget.windowMs + this.margin);
  }

  /** The budget in force. */
  get currentBudget(): RateBudget {
    return this.budget;
  }

  /**
   * Changes the budget in place (the person switched between 3 and 10 requests per
   * second). Requests already sent keep counting against the window, so lowering the
   * budget never lets a burst through.
   */
  setBudget(next: RateBudget): void {
    this.refill(this.clock.now());
    this.pace(next);
    this.tokens = Math.min(this.tokens, next.burst);
    while (this.slots.length > next.requests) this.slots.shift();
    this.drain();
  }

  /** Milliseconds until a request may leave (0: now; Infinity: when one is answered). */
  delay(now = this.clock.now()): number {
    this.refill(now);
    const forTokens = this.tokens >= 1 ? 0 : Math.ceil((1 - this.tokens) / this.rate);
    const oldest =
      this.slots.length >= this.budget.requests
        ? this.slots[this.slots.length - this.budget.requests]
        : undefined;
    const forWindow =
      oldest === undefined
        ? 0
        : oldest.answeredAt === null
          ? Infinity
          : oldest.answeredAt + this.budget.windowMs + this.margin - now;
    return Math.max(0, forTokens, forWindow, this.pausedUntil - now);
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

  /**
   * Resolves when this request may go out, in the order requests asked, with the
   * function to call once its answer is back (the window counts from then).
   */
  acquire(): Promise<Release> {
    return new Promise((resolve) => {
      this.waiters.push(resolve);
      if (this.waiters.length === 1) this.drain();
    });
  }

  /** Runs `send` as one request under this limiter. */
  async run<T>(send: () => Promise<T>): Promise<T> {
    const release = await this.acquire();
    try {
      return await send();
    } finally {
      release();
    }
  }

  private refill(now: number): void {
    this.tokens = Math.min(this.budget.burst, this.tokens + (now - this.refilledAt) * this.rate);
    this.refilledAt = now;
  }

  private take(): Release {
    this.tokens -= 1;
    const slot: Slot = { answeredAt: null };
    this.slots.push(slot);
    if (this.slots.length > this.budget.requests) this.slots.shift();
    return () => {
      if (slot.answeredAt !== null) return;
      slot.answeredAt = this.clock.now();
      this.drain();
    };
  }

  private drain(): void {
    this.cancelTimer?.();
    this.cancelTimer = null;
    while (this.waiters.length > 0) {
      const wait = this.delay();
      if (wait > 0) return this.schedule();
      const release = this.take();
      this.waiters.shift()?.(release);
    }
  }

  private schedule(): void {
    if (this.waiters.length === 0) return;
    this.cancelTimer?.();
    const wait = this.delay();
    // Infinity: a release will drain again.
    this.cancelTimer = Number.isFinite(wait) ? this.clock.setTimer(wait, () => this.drain()) : null;
  }
}

/**
 * Runs each request under `limiter`, and when Notion answers one with its rate limit
 * (`pauseFor` names the wait), pauses the whole connection: the queue's requests and
 * the pages' reads alike.
 */
export function requestLimit(
  limiter: RateLimiter,
  clock: Clock,
  pauseFor: (error: unknown) => number | null,
): <T>(send: () => Promise<T>) => Promise<T> {
  return async (send) => {
    try {
      return await limiter.run(send);
    } catch (error) {
      const wait = pauseFor(error);
      if (wait !== null) limiter.pause(clock.now() + wait);
      throw error;
    }
  };
}
