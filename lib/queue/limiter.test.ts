import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { systemClock } from './clock';
import { RateLimiter, notionBudget } from './limiter';

beforeEach(() => {
  vi.useFakeTimers({ now: 0 });
});
afterEach(() => {
  vi.useRealTimers();
});

/** Starts `count` acquisitions and records when each one was granted. */
function acquireAll(limiter: RateLimiter, count: number): number[] {
  const granted: number[] = [];
  for (let i = 0; i < count; i++) void limiter.acquire().then(() => granted.push(Date.now()));
  return granted;
}

describe('RateLimiter', () => {
  it('lets a small burst through at once, then keeps the sustained pace', async () => {
    const limiter = new RateLimiter(notionBudget(3), systemClock);
    const granted = acquireAll(limiter, 9);
    await vi.advanceTimersByTimeAsync(0);
    expect(granted).toEqual([0, 0, 0]);
    await vi.advanceTimersByTimeAsync(5_000);
    expect(granted).toHaveLength(9);
    // 180 per 61 s (the window and its margin): one every 339 ms after the burst.
    const gaps = granted.slice(3).map((t, i) => t - (granted[i + 2] ?? 0));
    for (const gap of gaps) expect(gap).toBeGreaterThanOrEqual(338);
    for (const gap of gaps) expect(gap).toBeLessThanOrEqual(340);
  });

  it('never lets more than the budget into any window of its length', async () => {
    const budget = { requests: 10, windowMs: 1_000, burst: 10, marginMs: 50 };
    const limiter = new RateLimiter(budget, systemClock);
    const granted = acquireAll(limiter, 45);
    await vi.advanceTimersByTimeAsync(10_000);
    expect(granted).toHaveLength(45);
    for (const start of granted) {
      const inWindow = granted.filter((t) => t >= start && t < start + budget.windowMs);
      expect(inWindow.length).toBeLessThanOrEqual(budget.requests);
    }
  });

  it('sustains the budget in the long run (window and margin aside)', async () => {
    const budget = { requests: 300, windowMs: 10_000, burst: 10 };
    const limiter = new RateLimiter(budget, systemClock);
    const granted = acquireAll(limiter, 1200);
    await vi.advanceTimersByTimeAsync(60_000);
    expect(granted).toHaveLength(1200);
    const perSecond = (1200 - 1) / (((granted.at(-1) ?? 0) - (granted[0] ?? 0)) / 1000);
    expect(perSecond).toBeGreaterThan(0.97 * 30);
    expect(perSecond).toBeLessThanOrEqual(30);
  });

  it('holds every request during a pause, and not a millisecond less', async () => {
    const limiter = new RateLimiter(notionBudget(10), systemClock);
    limiter.pause(2_000);
    const granted = acquireAll(limiter, 2);
    await vi.advanceTimersByTimeAsync(1_999);
    expect(granted).toEqual([]);
    await vi.advanceTimersByTimeAsync(1);
    expect(granted).toEqual([2_000, 2_000]);
  });

  it('extends a pause but never shortens it', async () => {
    const limiter = new RateLimiter(notionBudget(10), systemClock);
    limiter.pause(3_000);
    limiter.pause(1_000);
    const granted = acquireAll(limiter, 1);
    await vi.advanceTimersByTimeAsync(2_999);
    expect(granted).toEqual([]);
    await vi.advanceTimersByTimeAsync(1);
    expect(granted).toEqual([3_000]);
    expect(limiter.pausedUntilMs).toBe(0);
  });

  it('serves requests in the order they asked', async () => {
    const limiter = new RateLimiter(
      { requests: 2, windowMs: 100, burst: 1, marginMs: 0 },
      systemClock,
    );
    const order: number[] = [];
    for (let i = 0; i < 5; i++) void limiter.acquire().then(() => order.push(i));
    await vi.advanceTimersByTimeAsync(1_000);
    expect(order).toEqual([0, 1, 2, 3, 4]);
  });
});
