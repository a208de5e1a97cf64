/**
 * Captures that cannot be saved as they are: parked with their error, then retried,
 * edited or discarded; a stale schema repaired; offline and full-storage behaviour.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DEMO } from '../../../tests/notion-emulator';
import { describeError } from '../../notion/errors/describe-error';
import { para, paragraphs } from '../../notion/plan/testing/fixtures';
import { Problem } from '../../problems';
import { MemoryStore } from '../testing/memory-store';
import {
  captureOf,
  inbox,
  outlineOfPage,
  outlineOfRequest,
  readingList,
  rowProperties,
  rowsByTitle,
  startHarness,
  type Harness,
} from '../testing/harness';

let h: Harness;
beforeEach(async () => {
  h = await startHarness();
});
afterEach(async () => {
  await h.close();
});

describe('captures that need attention', () => {
  it('parks a capture Notion refuses (404) with its error, and retries it on request', async () => {
    const queue = h.queue();
    await h.admin.share('Quick Capture', DEMO.ids.readingListDatabase, false);
    const job = await queue.enqueue(
      captureOf(readingList, 'Lost', paragraphs(3)),
      rowProperties('Lost'),
    );
    await queue.settled();
    const [entry] = queue.list();
    expect(entry?.status).toBe('needs_attention');
    expect(entry?.error).toMatchObject({ status: 404, code: 'object_not_found' });
    expect(describeError(entry?.error, 'en').title).not.toMatch(/object_not_found/);
    expect(queue.counts()).toEqual({ pending: 0, attention: 1 });
    // Still stored, so nothing is lost: share the database again and retry.
    expect(await h.store.getBody(job.id)).not.toBeNull();
    await h.admin.share('Quick Capture', DEMO.ids.readingListDatabase, true);
    await queue.retry(job.id);
    await queue.settled();
    expect(queue.list()[0]?.status).toBe('saved');
    expect(rowsByTitle(h.emulator).get('Lost')).toHaveLength(1);
  });

  it('discards a parked capture: its records go, its history line stays', async () => {
    const queue = h.queue();
    await h.admin.share('Quick Capture', DEMO.ids.readingListDatabase, false);
    const job = await queue.enqueue(
      captureOf(readingList, 'Gone', paragraphs(3)),
      rowProperties('Gone'),
    );
    await queue.settled();
    await queue.discard(job.id);
    expect(queue.list()[0]?.status).toBe('discarded');
    expect(await h.store.getBody(job.id)).toBeNull();
    expect(queue.counts()).toEqual({ pending: 0, attention: 0 });
  });

  it('edits the title of a parked capture and saves it with the new one', async () => {
    const queue = h.queue();
    await h.admin.share('Quick Capture', DEMO.ids.readingListDatabase, false);
    const input = { ...captureOf(readingList, 'Old title', paragraphs(2)), inputs: {} };
    const job = await queue.enqueue(input, rowProperties('Old title'));
    await queue.settled();
    await h.admin.share('Quick Capture', DEMO.ids.readingListDatabase, true);
    await queue.editAndRetry(job.id, {
      title: 'New title',
      inputs: { title: { type: 'title', text: 'New title' } },
    });
    await queue.settled();
    const rows = rowsByTitle(h.emulator);
    expect(rows.get('New title')).toHaveLength(1);
    expect(rows.has('Old title')).toBe(false);
    expect(queue.list()[0]).toMatchObject({ status: 'saved', title: 'New title' });
  });

  it('gives a database row the edited title through its title property', async () => {
    await h.admin.share('Quick Capture', DEMO.ids.readingListDatabase, false);
    const input = {
      ...captureOf(readingList, 'Typo titel', paragraphs(1)),
      inputs: { title: { type: 'title' as const, text: 'Typo titel' } },
    };
    const queue = h.queue();
    const job = await queue.enqueue(input, rowProperties('Typo titel'));
    await queue.settled();
    await h.admin.share('Quick Capture', DEMO.ids.readingListDatabase, true);
    // Only the title is given, as the history's editor sends it.
    await queue.editAndRetry(job.id, { title: 'Typo title' });
    await queue.settled();
    const rows = rowsByTitle(h.emulator);
    expect(rows.get('Typo title')).toHaveLength(1);
    expect(rows.has('Typo titel')).toBe(false);
  });

  it('says in words why a capture cannot be edited or retried any more', async () => {
    const queue = h.queue();
    const job = await queue.enqueue(captureOf(inbox, 'Done', [para('x')]));
    await queue.settled();
    const failure = await queue.retry(job.id).catch((e: unknown) => e);
    expect(failure).toBeInstanceOf(Problem);
    expect((failure as Problem).code).toBe('CaptureGone');
  });

  it('refreshes the schema once after a 400 naming a property, and saves without it', async () => {
    const queue = h.queue();
    const input = {
      ...captureOf(readingList, 'Stale', paragraphs(2)),
      inputs: {
        title: { type: 'title' as const, text: 'Stale' },
        'No%20such': { type: 'rich_text' as const, text: 'x' },
      },
    };
    const properties = {
      ...rowProperties('Stale'),
      'No%20such': { rich_text: [{ text: { content: 'x' } }] },
    };
    await queue.enqueue(input, properties);
    await queue.settled();
    expect(queue.list()[0]?.status).toBe('saved');
    expect(rowsByTitle(h.emulator).get('Stale')).toHaveLength(1);
    const refused = h.emulator.requestLog().filter((r) => r.status === 400);
    expect(refused).toHaveLength(1);
  });

  it('waits for the network without spending requests, then saves', async () => {
    let online = false;
    const queue = h.queue({ isOnline: () => online });
    await queue.enqueue(captureOf(inbox, 'Offline', [para('kept')]));
    await new Promise((r) => setTimeout(r, 100));
    expect(h.emulator.requestLog()).toHaveLength(0);
    expect(queue.counts().pending).toBe(1);
    online = true;
    queue.wake();
    await queue.settled();
    const outline = outlineOfPage(h.emulator, DEMO.ids.inboxPage);
    expect(outline.slice(-2)).toEqual(
      outlineOfRequest([
        { type: 'heading_3', heading_3: { rich_text: [{ text: { content: 'Offline' } }] } },
        para('kept'),
      ]),
    );
  });

  it('notices the network is back by itself: a worker may never see an online event', async () => {
    let online = false;
    const queue = h.queue({ isOnline: () => online, policy: { offlineRecheckMs: 20 } });
    await queue.enqueue(captureOf(inbox, 'Back online', [para('resumed')]));
    await new Promise((r) => setTimeout(r, 60));
    expect(h.emulator.requestLog()).toHaveLength(0);
    online = true;
    // No wake() here: only the recheck timer can start it.
    await expect.poll(() => queue.list()[0]?.status, { timeout: 5_000 }).toBe('saved');
    expect(outlineOfPage(h.emulator, DEMO.ids.inboxPage).slice(-1)).toEqual(
      outlineOfRequest([para('resumed')]),
    );
  });

  it('says so in words when storage is full, and keeps nothing half-written', async () => {
    const queue = h.queue({ store: new MemoryStore(20_000) });
    await queue.enqueue(captureOf(inbox, 'Small', paragraphs(2)));
    const big = captureOf(inbox, 'Big', paragraphs(400));
    const failure = await queue.enqueue(big).catch((e: unknown) => e);
    expect(failure).toBeInstanceOf(Problem);
    expect((failure as Problem).code).toBe('StorageFull');
    expect(queue.list().map((e) => e.title)).toEqual(['Small']);
  });
});
