/**
 * Saves that overlap, as a person who works fast makes them: several captures queued at
 * the same moment, and a capture queued while another one finishes. Each must end in
 * Notion once and in the history once, with the status Notion's state implies.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Problem } from '../../problems';
import { DEMO } from '../../../tests/notion-emulator';
import { paragraphs } from '../../notion/plan/testing/fixtures';
import {
  captureOf,
  readingList,
  rowProperties,
  rowsByTitle,
  startHarness,
  type Harness,
} from '../testing/harness';
import type { QueueStore, QueueStoreChange } from '../types';

let h: Harness;
beforeEach(async () => {
  h = await startHarness();
});
afterEach(async () => {
  await h.close();
});

describe('overlapping saves', () => {
  it('three captures queued at once each keep their history line and land once', async () => {
    const queue = h.queue();
    await queue.start();
    const titles = ['One at once', 'Two at once', 'Three at once'];
    const jobs = await Promise.all(
      titles.map((t) => queue.enqueue(captureOf(readingList, t, paragraphs(2)), rowProperties(t))),
    );
    await queue.settled();
    const rows = rowsByTitle(h.emulator);
    for (const title of titles) expect(rows.get(title)).toHaveLength(1);
    const lines = queue.list();
    for (const job of jobs) {
      expect(lines.filter((l) => l.id === job.id).map((l) => l.status)).toEqual(['saved']);
    }
    // What a restarted worker reads back says the same.
    const stored = await h.store.getHistory();
    expect(stored.map((l) => [l.id, l.status]).sort()).toEqual(
      jobs.map((j) => [j.id, 'saved']).sort(),
    );
  });

  it('a capture queued while another finishes leaves the finished one saved', async () => {
    // The second capture's first write is slow: the first capture finishes while it is
    // on its way, so the two changes of the history overlap.
    const inner = h.store;
    let firstId = '';
    let firstSaved: () => void = () => undefined;
    const firstDone = new Promise<void>((resolve) => (firstSaved = resolve));
    const store: QueueStore = {
      listStates: () => inner.listStates(),
      getBody: (id) => inner.getBody(id),
      getHistory: () => inner.getHistory(),
      async commit(change: QueueStoreChange) {
        const queuesSecond = (change.bodies ?? []).some((b) => b.id !== firstId);
        if (firstId && queuesSecond) await firstDone;
        await inner.commit(change);
        if (change.states?.some((s) => s.id === firstId && s.status === 'saved')) firstSaved();
      },
    };
    const queue = h.queue({ store });
    await queue.start();
    const first = await queue.enqueue(
      captureOf(readingList, 'Finishing first', paragraphs(2)),
      rowProperties('Finishing first'),
    );
    firstId = first.id;
    const second = await queue.enqueue(
      captureOf(readingList, 'Queued second', paragraphs(2)),
      rowProperties('Queued second'),
    );
    await queue.settled();
    const statuses = Object.fromEntries(queue.list().map((l) => [l.id, l.status]));
    expect(statuses).toEqual({ [first.id]: 'saved', [second.id]: 'saved' });
    const stored = Object.fromEntries((await inner.getHistory()).map((l) => [l.id, l.status]));
    expect(stored).toEqual({ [first.id]: 'saved', [second.id]: 'saved' });
  });
});

describe('a person changing a capture while the queue works on it', () => {
  it('an edit is refused while its page creation went unanswered, and a retry finds the page', async () => {
    const queue = h.queue();
    await queue.start();
    // Notion saves the page, then the connection drops before the answer.
    h.emulator.injectFault({
      method: 'POST',
      path: '/v1/pages',
      times: 1,
      action: { type: 'drop', afterCommit: true },
    });
    const job = await queue.enqueue(
      captureOf(readingList, 'Unanswered', paragraphs(2)),
      rowProperties('Unanswered'),
    );
    await vi.waitFor(() => expect(queue.get(job.id)?.inFlight).toBe(0), { timeout: 10_000 });
    const edit = queue.editAndRetry(job.id, { title: 'Unanswered, renamed' });
    // Refused, or too late to matter (the look-up already found the page).
    await edit.then(
      () => expect.unreachable('the edit should not go through'),
      (error: unknown) =>
        expect((error as Problem).code).toMatch(
          /^(CaptureOutcomeUnknown|CaptureBusy|CaptureGone)$/,
        ),
    );
    await queue.settled();
    const rows = rowsByTitle(h.emulator);
    expect(rows.get('Unanswered')).toHaveLength(1);
    expect(rows.get('Unanswered, renamed')).toBeUndefined();
    expect(queue.list().find((l) => l.id === job.id)).toMatchObject({
      status: 'saved',
      pageId: rows.get('Unanswered')?.[0],
    });
  });

  it('waiting for the queue to settle waits for the outbox to be read first', async () => {
    const first = h.queue({ isOnline: () => false });
    await first.enqueue(
      captureOf(readingList, 'Left offline', paragraphs(2)),
      rowProperties('Left offline'),
    );
    await first.stop({ abandon: true });
    // A worker started later, asked to settle before it read its outbox.
    const next = h.queue();
    await next.settled();
    expect(rowsByTitle(h.emulator).get('Left offline')).toHaveLength(1);
    expect(next.list().map((l) => l.status)).toEqual(['saved']);
  });
});

describe('the same page saved twice, both creations unanswered', () => {
  it('each capture claims the page that holds its own blocks', async () => {
    // One capture at a time, so the order is the same every run. The long capture's
    // creation fails (500) and waits half a second; meanwhile the short one's is saved
    // but unanswered; the worker stops. After the restart the long one looks first
    // (its request went out first), and the only page of that title and address is
    // the short one's: it must not take it.
    for (const action of [
      { type: 'status' as const, status: 500 as const },
      { type: 'drop' as const, afterCommit: true },
      { type: 'drop' as const, afterCommit: true },
    ]) {
      h.emulator.injectFault({ method: 'POST', path: '/v1/pages', times: 1, action });
    }
    const first = h.queue({
      concurrency: 1,
      random: () => 0.99,
      policy: { baseDelayMs: 500, settleMs: 2_000 },
    });
    await first.start();
    const title = 'Saved twice';
    const long = await first.enqueue(
      captureOf(readingList, title, paragraphs(130)),
      rowProperties(title),
    );
    const short = await first.enqueue(
      captureOf(readingList, title, paragraphs(2)),
      rowProperties(title),
    );
    await vi.waitFor(
      async () => {
        const states = await h.store.listStates();
        expect(states.map((s) => s.inFlight)).toEqual([0, 0]);
        expect(h.emulator.listPages({ dataSource: DEMO.ids.readingListDataSource })).toHaveLength(
          2,
        );
      },
      { timeout: 10_000, interval: 5 },
    );
    await first.stop({ abandon: true });
    const second = h.queue({ concurrency: 1, policy: { settleMs: 2_000 } });
    await second.settled();
    const lines = Object.fromEntries(second.list().map((l) => [l.id, l]));
    expect(lines[long.id]?.status).toBe('saved');
    expect(lines[short.id]?.status).toBe('saved');
    const paragraphsOf = (pageId: string | null | undefined) =>
      h.emulator.getPageTree(pageId ?? '')?.blocks.filter((b) => b.type === 'paragraph').length;
    expect(paragraphsOf(lines[long.id]?.pageId)).toBe(130);
    expect(paragraphsOf(lines[short.id]?.pageId)).toBe(2);
    expect(rowsByTitle(h.emulator).get(title)).toHaveLength(2);
  });
});
