/**
 * The batch runner under interleavings fast-check chooses: three lanes reading tabs,
 * storage answering in any order, the person answering "already saved" at any moment
 * (and the answer starting a second run of the same batch, as the background does).
 * Whatever the order, each tab is handed to the queue at most once, pages saved before
 * follow the answer, and the stored batch ends with every tab settled.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { answerDuplicates } from './change';
import type { Batch } from './model';
import { runBatch, type BatchDeps } from './runner';
import { batchOf, webTabs } from './testing/batches';

/** One stored batch whose changes run one after the other, as `updateItem` runs them. */
class Stored {
  private tail: Promise<unknown> = Promise.resolve();

  constructor(
    public batch: Batch,
    private readonly delay: <T>(value: T) => Promise<T>,
  ) {}

  update = (id: string, change: (batch: Batch) => Batch): Promise<Batch | null> => {
    const run = this.tail.then(async () => {
      // The read and the write each take their time; nothing else writes in between.
      const current = await this.delay(this.batch);
      const next = change(current);
      this.batch = await this.delay(next);
      return id === next.id ? next : null;
    });
    this.tail = run.catch(() => undefined);
    return run;
  };
}

describe('runBatch', () => {
  it('hands each tab to the queue at most once, and the answer decides for pages saved before', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.scheduler(),
        fc.array(fc.boolean(), { minLength: 1, maxLength: 12 }),
        fc.boolean(),
        fc.integer({ min: 1, max: 4 }),
        async (s, savedBefore, saveAgain, lanes) => {
          const stored = new Stored(batchOf(webTabs(savedBefore.length)), (v) =>
            s.schedule(Promise.resolve(v), 'storage'),
          );
          const saves = new Map<number, number>();
          const deps: BatchDeps = {
            update: stored.update,
            isSaved: (item) =>
              s.schedule(Promise.resolve(savedBefore[item.tabId - 1]!), `lookup ${item.tabId}`),
            save: async (item) => {
              await s.schedule(Promise.resolve(), `capture ${item.tabId}`);
              saves.set(item.tabId, (saves.get(item.tabId) ?? 0) + 1);
              return { jobId: `job-${item.tabId}` };
            },
          };
          const first = runBatch('batch-1', deps, lanes);
          const answered = s
            .schedule(Promise.resolve(), 'the person answers')
            .then(() => stored.update('batch-1', (b) => answerDuplicates(b, saveAgain)))
            .then(() => runBatch('batch-1', deps, lanes));
          await s.waitFor(Promise.all([first, answered]));

          for (const [tabId, count] of saves) expect(count, `tab ${tabId}`).toBe(1);
          stored.batch.items.forEach((item, i) => {
            const expected =
              savedBefore[i] && !saveAgain
                ? { kind: 'skipped', why: 'already_saved' }
                : { kind: 'queued', jobId: `job-${item.tabId}` };
            expect(item.state, `tab ${item.tabId}`).toEqual(expected);
          });
        },
      ),
      { numRuns: 200 },
    );
  });

  it('turns a throwing save into a tab that says why, and goes on with the others', async () => {
    let stored = batchOf(webTabs(3));
    const deps: BatchDeps = {
      update: async (_id, change) => (stored = change(stored)),
      isSaved: async () => false,
      save: async (item) => {
        if (item.tabId === 2) throw new Error('Storage is full.');
        if (item.tabId === 3) return { failed: 'closed' };
        return { jobId: 'job-1' };
      },
    };
    await runBatch('batch-1', deps);
    expect(stored.items.map((i) => i.state)).toEqual([
      { kind: 'queued', jobId: 'job-1' },
      { kind: 'failed', why: 'refused', detail: 'Storage is full.' },
      { kind: 'failed', why: 'closed' },
    ]);
  });

  it('reads no more than `lanes` tabs at once', async () => {
    let stored = batchOf(webTabs(10));
    let reading = 0;
    let most = 0;
    const deps: BatchDeps = {
      update: async (_id, change) => (stored = change(stored)),
      isSaved: async () => false,
      save: async (item) => {
        reading += 1;
        most = Math.max(most, reading);
        await new Promise((done) => setImmediate(done));
        reading -= 1;
        return { jobId: `job-${item.tabId}` };
      },
    };
    await runBatch('batch-1', deps, 3);
    expect(most).toBe(3);
    expect(stored.items.every((i) => i.state.kind === 'queued')).toBe(true);
  });
});
