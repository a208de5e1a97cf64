/**
 * Undo of a saved capture, against the emulator: the new page goes to the trash with one
 * request, once however often Undo is pressed; a capture added to an existing page, or
 * saved long ago, is refused. And why a capture waits, with Notion's own time.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { DEMO } from '../../tests/notion-emulator/index';
import { trashPage } from '../notion/workspace/trash-page';
import { Problem } from '../problems';
import { systemClock, type Clock } from './pacing/clock';
import { UNDO_LIMIT_MS, canUndo } from './store/undo';
import {
  captureOf,
  childPages,
  inbox,
  readingList,
  rowProperties,
  startHarness,
  type Harness,
} from './testing/harness';
import { para } from '../notion/plan/testing/fixtures';

let h: Harness;
beforeEach(async () => {
  h = await startHarness();
});
afterEach(async () => {
  await h.close();
});

const trashes = () =>
  h.emulator.requestLog().filter((r) => r.method === 'PATCH' && r.path.startsWith('/v1/pages/'));

async function refusal(run: Promise<unknown>): Promise<string> {
  const error = await run.then(
    () => null,
    (e: unknown) => e,
  );
  return error instanceof Problem ? error.code : String(error);
}

/** A clock that can be moved ahead of the real one. */
function movableClock(): Clock & { ahead: number } {
  return {
    ahead: 0,
    now() {
      return systemClock.now() + this.ahead;
    },
    setTimer: (ms, fn) => systemClock.setTimer(ms, fn),
  };
}

describe('undo', () => {
  it('moves a saved row to the trash with one request, and the history says undone', async () => {
    const queue = h.queue();
    const job = await queue.enqueue(
      captureOf(readingList, 'Alpha', [para('a')]),
      rowProperties('Alpha'),
    );
    await queue.settled();
    const saved = queue.list()[0]!;
    expect(saved).toMatchObject({ status: 'saved', createsPage: true });
    expect(canUndo(saved, Date.now())).toBe(true);

    const trash = vi.fn((pageId: string) => trashPage(h.client, pageId));
    // Pressed twice at once: one request, the second press is told it is under way.
    const [first, second] = await Promise.allSettled([
      queue.undo(job.id, trash),
      queue.undo(job.id, trash),
    ]);
    expect(first).toMatchObject({ status: 'fulfilled', value: { status: 'undone' } });
    expect(second).toMatchObject({ status: 'rejected', reason: { code: 'CaptureBusy' } });
    expect(trash).toHaveBeenCalledTimes(1);
    expect(trashes()).toHaveLength(1);
    const page = h.emulator.workspace.objects.get(saved.pageId!) as { inTrash?: boolean };
    expect(page.inTrash).toBe(true);

    expect(queue.list()[0]?.status).toBe('undone');
    expect((await h.store.getHistory())[0]?.status).toBe('undone');
    // Once undone, again is refused without a request.
    expect(await refusal(queue.undo(job.id, trash))).toBe('UndoDone');
    expect(trash).toHaveBeenCalledTimes(1);
  });

  it('undoes a sub-page, but not a capture added to the end of a page', async () => {
    const queue = h.queue();
    const child = await queue.enqueue(captureOf(childPages, 'Child', [para('c')]));
    const appended = await queue.enqueue(captureOf(inbox, 'Appended', [para('x')]));
    await queue.settled();
    const trash = vi.fn((pageId: string) => trashPage(h.client, pageId));
    expect(await refusal(queue.undo(appended.id, trash))).toBe('UndoAppended');
    expect(trash).not.toHaveBeenCalled();
    await queue.undo(child.id, trash);
    expect(trash).toHaveBeenCalledTimes(1);
    expect(trash.mock.calls[0]?.[0]).not.toBe(DEMO.ids.inboxPage);
  });

  it('refuses a capture saved long ago, and one not saved', async () => {
    const clock = movableClock();
    const queue = h.queue({ clock });
    const job = await queue.enqueue(
      captureOf(readingList, 'Old', [para('o')]),
      rowProperties('Old'),
    );
    await queue.settled();
    clock.ahead = UNDO_LIMIT_MS + 1;
    const trash = vi.fn(async () => {});
    expect(await refusal(queue.undo(job.id, trash))).toBe('UndoTooLate');

    const offline = h.queue({ isOnline: () => false });
    const waiting = await offline.enqueue(
      captureOf(readingList, 'Waiting', [para('w')]),
      rowProperties('Waiting'),
    );
    expect(await refusal(offline.undo(waiting.id, trash))).toBe('UndoNotSaved');
    expect(trash).not.toHaveBeenCalled();
  });

  it('keeps the line as it was when the trash request fails', async () => {
    const queue = h.queue();
    const job = await queue.enqueue(
      captureOf(readingList, 'Kept', [para('k')]),
      rowProperties('Kept'),
    );
    await queue.settled();
    h.emulator.injectFault({
      method: 'PATCH',
      path: '/v1/pages/*',
      times: 1,
      action: { type: 'status', status: 500 },
    });
    await expect(queue.undo(job.id, (id) => trashPage(h.client, id))).rejects.toThrow();
    expect(queue.list()[0]?.status).toBe('saved');
    // Tried again, it works.
    await queue.undo(job.id, (id) => trashPage(h.client, id));
    expect(queue.list()[0]?.status).toBe('undone');
  });
});

describe('waitOf', () => {
  it('says a capture waits for Notion’s Retry-After, until when', async () => {
    h.emulator.injectFault({
      method: 'POST',
      path: '/v1/pages',
      times: 1,
      action: { type: 'status', status: 429, retryAfterSeconds: 38 },
    });
    const queue = h.queue();
    const before = Date.now();
    const job = await queue.enqueue(
      captureOf(readingList, 'Slow', [para('s')]),
      rowProperties('Slow'),
    );
    await vi.waitFor(() => expect(queue.get(job.id)?.status).toBe('waiting'), { timeout: 10_000 });
    const wait = queue.waitOf(job.id);
    expect(wait?.reason).toBe('rate_limited');
    expect(wait!.until!).toBeGreaterThanOrEqual(before + 38_000);
    expect(wait!.until!).toBeLessThanOrEqual(Date.now() + 38_000);
  });

  it('says a capture waits for the network, and nothing for a saved one', async () => {
    const queue = h.queue({ isOnline: () => false });
    const job = await queue.enqueue(
      captureOf(readingList, 'Off', [para('o')]),
      rowProperties('Off'),
    );
    expect(queue.waitOf(job.id)).toEqual({ reason: 'offline', until: null });
    const online = h.queue();
    const saved = await online.enqueue(
      captureOf(readingList, 'On', [para('o')]),
      rowProperties('On'),
    );
    await vi.waitFor(() => expect(online.get(saved.id)).toBeNull(), { timeout: 10_000 });
    expect(online.waitOf(saved.id)).toBeNull();
  });
});
