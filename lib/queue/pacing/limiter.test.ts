import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { systemClock } from './clock';
import { RateLimiter, notionBudget, type RateBudget } from './limiter';

beforeEach(() => {
  vi.useFakeTimers({ now: 0 });
});
afterEach(() => {
  vi.useRealTimers();
});

/**
 * Starts `count` requests and records when each one was let through; each is answered
 * `latencyMs` after it left.
 */
function sendAll(limiter: RateLimiter, count: number, latencyMs = 0): number[] {
  const granted: number[] = [];
  for (let i = 0; i < count; i++) {
    void limiter.acquire().then((release) => {
      granted.push(Date.now());
      setTimeout(release, latencyMs);
    });
  }
  return granted;
}

describe('RateLimiter', () => {
  it('lets a small burst through at once, then keeps the sustained pace', async () => {
    const limiter = new RateLimiter(notionBudget(3), systemClock);
    const granted = sendAll(limiter, 9);
    await vi.advanceTimersByTimeAsync(0);
    expect(granted).toEqual([0, 0, 0]);
    await vi.advanceTimersByTimeAsync(5_000);
    expect(granted).toHaveLength(9);
    // 177 more per 60.12 s (window and margin, the burst left out): one per 339.7 ms.
    const gaps = granted.slice(3).map((t, i) => t - (granted[i + 2] ?? 0));
    for (const gap of gaps) expect(gap).toBeGreaterThanOrEqual(338);
    for (const gap of gaps) expect(gap).toBeLessThanOrEqual(342);
    const mean = gaps.reduce((a, b) => a + b, 0) / gaps.length;
    expect(Math.abs(mean - 60_120 / 177)).toBeLessThan(1);
  });

  it('never lets more than the budget into any window of its length', async () => {
    const budget: RateBudget = { requests: 10, windowMs: 1_000, burst: 2, marginMs: 50 };
    const limiter = new RateLimiter(budget, systemClock);
    const granted = sendAll(limiter, 45, 30);
    await vi.advanceTimersByTimeAsync(10_000);
    expect(granted).toHaveLength(45);
    for (const start of granted) {
      const inWindow = granted.filter((t) => t >= start && t < start + budget.windowMs);
      expect(inWindow.length).toBeLessThanOrEqual(budget.requests);
    }
  });

  it('counts the window from the answer, however late it comes', async () => {
    const budget: RateBudget = { requests: 3, windowMs: 1_000, burst: 3, marginMs: 0 };
    const limiter = new RateLimiter(budget, systemClock);
    // The first three are answered only after 800 ms (Notion counted them on arrival,
    // somewhere in between): the fourth may leave a window after the first answer.
    const granted = sendAll(limiter, 4, 800);
    await vi.advanceTimersByTimeAsync(1_799);
    expect(granted).toEqual([0, 0, 0]);
    await vi.advanceTimersByTimeAsync(1);
    expect(granted).toEqual([0, 0, 0, 1_800]);
  });

  it('sustains the budget minus its burst in the long run', async () => {
    const budget: RateBudget = { requests: 150, windowMs: 5_000, burst: 3 };
    const limiter = new RateLimiter(budget, systemClock);
    const granted = sendAll(limiter, 900, 5);
    await vi.advanceTimersByTimeAsync(60_000);
    expect(granted).toHaveLength(900);
    const perSecond = (900 - 1 - 3) / (((granted.at(-1) ?? 0) - (granted[3] ?? 0)) / 1000);
    expect(perSecond).toBeGreaterThan(0.96 * 30);
    expect(perSecond).toBeLessThanOrEqual(30);
  });

  it('holds every request during a pause, and not a millisecond less', async () => {
    const limiter = new RateLimiter(notionBudget(10), systemClock);
    limiter.pause(2_000);
    const granted = sendAll(limiter, 2);
    await vi.advanceTimersByTimeAsync(1_999);
    expect(granted).toEqual([]);
    await vi.advanceTimersByTimeAsync(1);
    expect(granted).toEqual([2_000, 2_000]);
  });

  it('extends a pause but never shortens it', async () => {
    const limiter = new RateLimiter(notionBudget(10), systemClock);
    limiter.pause(3_000);
    limiter.pause(1_000);
    const granted = sendAll(limiter, 1);
    await vi.advanceTimersByTimeAsync(2_999);
    expect(granted).toEqual([]);
    await vi.advanceTimersByTimeAsync(1);
    expect(granted).toEqual([3_000]);
    expect(limiter.pausedUntilMs).toBe(0);
  });

  it('takes a new budget at once, and a lower one never lets a burst through', async () => {
    const limiter = new RateLimiter(notionBudget(3), systemClock);
    limiter.setBudget(notionBudget(10));
    const fast = sendAll(limiter, 20);
    await vi.advanceTimersByTimeAsync(2_000);
    // The tokens it had go at once; then one per ~102 ms (590 per 60.12 s), not ~340 ms.
    expect(fast.filter((t) => t === 0)).toHaveLength(3);
    expect(fast).toHaveLength(20);
    const fastGaps = fast.slice(4).map((t, i) => t - fast[i + 3]!);
    for (const gap of fastGaps) expect(gap).toBeLessThanOrEqual(105);

    limiter.setBudget(notionBudget(3));
    const slow = sendAll(limiter, 8);
    await vi.advanceTimersByTimeAsync(0);
    // The bucket keeps no more than the new burst…
    const atOnce = slow.length;
    expect(atOnce).toBeLessThanOrEqual(3);
    await vi.advanceTimersByTimeAsync(3_000);
    expect(slow).toHaveLength(8);
    // …and, once the fraction of a token it kept is used, the rest go at the new pace.
    const gaps = slow.slice(atOnce + 1).map((t, i) => t - slow[atOnce + i]!);
    expect(gaps.length).toBeGreaterThanOrEqual(4);
    for (const gap of gaps) expect(gap).toBeGreaterThanOrEqual(338);
  });

  it('serves requests in the order they asked', async () => {
    const budget: RateBudget = { requests: 2, windowMs: 100, burst: 1, marginMs: 0 };
    const limiter = new RateLimiter(budget, systemClock);
    const order: number[] = [];
    for (let i = 0; i < 5; i++) {
      void limiter.acquire().then((release) => {
        order.push(i);
        release();
      });
    }
    await vi.advanceTimersByTimeAsync(1_000);
    expect(order).toEqual([0, 1, 2, 3, 4]);
  });
});
