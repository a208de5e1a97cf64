import type { LossKind, LossReport } from './types';

/** Counts losses while a conversion runs; `report()` lists them in first-seen order. */
export class LossCollector {
  private readonly counts = new Map<LossKind, number>();

  add(kind: LossKind, count = 1): void {
    if (count > 0) this.counts.set(kind, (this.counts.get(kind) ?? 0) + count);
  }

  report(): LossReport {
    return { items: [...this.counts].map(([kind, count]) => ({ kind, count })) };
  }
}
