/** Everything a running emulator holds, and how it returns to its seed. */
import { CursorBook, type CursorExpiry } from './cursors.ts';
import { DEMO_SEED } from './demo-seed.ts';
import { FaultQueue } from './faults.ts';
import { RateLimiter, type RateLimitConfig } from './rate-limit.ts';
import { RequestLog } from './request-log.ts';
import { applySeed, type SeedSpec } from './seed.ts';
import { Workspace } from './workspace.ts';

export type SeedChoice = 'demo' | 'empty' | SeedSpec;

/** An empty workspace still has one integration, so the API can be called at all. */
export const EMPTY_SEED: SeedSpec = {
  integrations: [
    {
      botId: '9b8a0c1e-5d4f-4a3b-9c2d-1e0f2a3b4c5d',
      name: 'Empty workspace bot',
      secret: 'ntn_EmptyWorkspaceSecret00000000000000000000000000',
    },
  ],
};

export function seedSpec(choice: SeedChoice): SeedSpec {
  return choice === 'demo' ? DEMO_SEED : choice === 'empty' ? EMPTY_SEED : choice;
}

export class EmulatorState {
  ws: Workspace;
  readonly limiter: RateLimiter;
  readonly faults = new FaultQueue();
  readonly log = new RequestLog();
  readonly cursors: CursorBook;
  apiBase = '';

  constructor(
    private seed: SeedChoice,
    rateLimit: RateLimitConfig | false,
    readonly now: () => number,
    cursorExpiry: CursorExpiry | false = false,
  ) {
    this.limiter = new RateLimiter(rateLimit, now);
    this.cursors = new CursorBook(cursorExpiry, now);
    this.ws = this.build(seed);
  }

  private build(choice: SeedChoice): Workspace {
    const ws = new Workspace(this.now);
    applySeed(ws, seedSpec(choice));
    return ws;
  }

  /**
   * Back to the current seed: objects, faults, rate-limit budgets, issued cursors and the
   * log are cleared. The rate limit and cursor expiry settings stay (`failNext` restarts).
   */
  reset(): void {
    this.ws = this.build(this.seed);
    this.faults.clear();
    this.limiter.set(this.limiter.current);
    this.cursors.set(this.cursors.current);
    this.log.clear();
  }

  /** Replaces the seed (and resets). The seed is validated first, so a bad one changes nothing. */
  reseed(choice: SeedChoice): void {
    const ws = this.build(choice);
    this.seed = choice;
    this.reset();
    this.ws = ws;
  }
}
