/**
 * Extension storage (WXT's fake browser) made slow under fast-check's scheduler: every
 * call waits until the scheduler lets it through, then runs after the calls made before
 * it — slow, but in order, as the browser's storage is. Values are copied both ways:
 * the browser stores what was written, not the object its caller goes on changing.
 */
import type { Scheduler } from 'fast-check';
import { vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';

export interface ScheduledStorageOptions {
  /** Refuses a call (a stopped worker's) with this error instead of running it. */
  refuse?: () => Error | null;
  /** Told of every call, for tracing a failing schedule. */
  onCall?: (name: string, arg: unknown) => void;
}

const copy = <T>(value: T): T =>
  value === undefined ? value : (JSON.parse(JSON.stringify(value)) as T);

/** Slows `storage.local` down under `s` until the returned function is called. */
export function scheduleStorage(s: Scheduler, options: ScheduledStorageOptions = {}): () => void {
  const area = fakeBrowser.storage.local;
  let line: Promise<unknown> = Promise.resolve();
  const restores = (['get', 'set', 'remove'] as const).map((name) => {
    const original = area[name].bind(area) as (...args: unknown[]) => Promise<unknown>;
    const spy = vi.spyOn(area, name).mockImplementation(((...args: unknown[]) => {
      options.onCall?.(name, args[0]);
      const refused = options.refuse?.();
      if (refused) return Promise.reject(refused);
      const copied = args.map(copy);
      const run = line
        .then(() => s.schedule(Promise.resolve(), `storage ${name}`))
        .then(() => original(...copied))
        .then(copy);
      line = run.catch(() => undefined);
      return run;
    }) as never);
    return () => spy.mockRestore();
  });
  return () => restores.forEach((restore) => restore());
}
