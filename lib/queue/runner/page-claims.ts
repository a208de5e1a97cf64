/**
 * Page creations and the look-ups that decide whether an unanswered creation happened,
 * kept apart per connection.
 *
 * A capture whose `POST /v1/pages` went unanswered looks for the page it may have made
 * (same parent, title and address, created since it began) and claims the first one no
 * other capture holds. While another capture's creation is out, the page found may be
 * that one's, its answer still on the way: claiming it would leave one capture without
 * a page and two claiming one. So creations are shared (any number at once) and a
 * look-up is exclusive: it waits until no creation is out, and no creation starts until
 * it has claimed its page. Look-ups are rare (only after an unknown outcome); waiting
 * creations are let through in order.
 */

type Waiter = { exclusive: boolean; start: () => void };

class SharedExclusive {
  private shared = 0;
  private exclusive = false;
  private readonly waiting: Waiter[] = [];

  async run<T>(exclusive: boolean, task: () => Promise<T>): Promise<T> {
    await this.enter(exclusive);
    try {
      return await task();
    } finally {
      if (exclusive) this.exclusive = false;
      else this.shared -= 1;
      this.admit();
    }
  }

  /** Idle: no creation out, no look-up running or waiting. */
  get idle(): boolean {
    return this.shared === 0 && !this.exclusive && this.waiting.length === 0;
  }

  private enter(exclusive: boolean): Promise<void> {
    return new Promise((start) => {
      this.waiting.push({ exclusive, start });
      this.admit();
    });
  }

  // First come, first served: a waiting look-up holds back the creations behind it, so
  // a steady stream of creations cannot keep it waiting for ever.
  private admit(): void {
    while (this.waiting.length > 0 && !this.exclusive) {
      const next = this.waiting[0]!;
      if (next.exclusive && this.shared > 0) return;
      this.waiting.shift();
      if (next.exclusive) this.exclusive = true;
      else this.shared += 1;
      next.start();
      if (next.exclusive) return;
    }
  }
}

/** Per connection: creations shared, look-ups for unanswered creations exclusive. */
export class PageClaims {
  private readonly locks = new Map<string, SharedExclusive>();

  private lock(connectionId: string): SharedExclusive {
    let lock = this.locks.get(connectionId);
    if (!lock) {
      lock = new SharedExclusive();
      this.locks.set(connectionId, lock);
    }
    return lock;
  }

  /** Runs a page creation, up to recording the page it made. */
  creating<T>(connectionId: string, task: () => Promise<T>): Promise<T> {
    return this.run(connectionId, false, task);
  }

  /** Runs a look-up for an unanswered creation, up to claiming what it found. */
  lookingUp<T>(connectionId: string, task: () => Promise<T>): Promise<T> {
    return this.run(connectionId, true, task);
  }

  private async run<T>(connectionId: string, exclusive: boolean, task: () => Promise<T>) {
    const lock = this.lock(connectionId);
    try {
      return await lock.run(exclusive, task);
    } finally {
      if (lock.idle) this.locks.delete(connectionId);
    }
  }
}
