import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { DEMO } from '../../../tests/notion-emulator';
import { bullet, chain, para, paragraphs, table } from '../../notion/plan/testing/fixtures';
import {
  captureOf,
  childPages,
  inbox,
  outlineOfPage,
  outlineOfRequest,
  readingList,
  rowProperties,
  rowsByTitle,
  startHarness,
  type Harness,
} from '../testing/harness';
import type { BlockObjectRequest } from '@notionhq/client';
import { describeProblem, type Problem } from '../../problems';

let h: Harness;
beforeEach(async () => {
  h = await startHarness();
});
afterEach(async () => {
  await h.close();
});

/** An article big enough for several requests: 150 blocks, a deep list, a long table. */
function article(label: string): BlockObjectRequest[] {
  return [
    ...paragraphs(120, `${label}-p`),
    chain(5, `${label}-c`),
    table(130, 2, `${label}-t`),
    bullet(`${label}-b`, paragraphs(3, `${label}-bp`)),
    ...paragraphs(30, `${label}-q`),
  ];
}

describe('the queue against the emulator', () => {
  it('runs a capture from the body it just stored, without reading it back', async () => {
    const queue = h.queue();
    await queue.start();
    const reads = vi.spyOn(h.store, 'getBody');
    await queue.enqueue(captureOf(readingList, 'Fresh', article('Fresh')), rowProperties('Fresh'));
    await queue.settled();
    expect(queue.list().map((e) => e.status)).toEqual(['saved']);
    expect(reads).not.toHaveBeenCalled();
    expect(outlineOfPage(h.emulator, rowsByTitle(h.emulator).get('Fresh')?.[0] ?? '')).toEqual(
      outlineOfRequest(article('Fresh')),
    );
  });

  it('saves captures to a data source, each once, with all blocks in order', async () => {
    const queue = h.queue();
    await queue.start();
    const jobs = [];
    for (const title of ['Alpha', 'Beta', 'Gamma']) {
      jobs.push(
        await queue.enqueue(captureOf(readingList, title, article(title)), rowProperties(title)),
      );
    }
    await queue.settled();
    const rows = rowsByTitle(h.emulator);
    for (const title of ['Alpha', 'Beta', 'Gamma']) {
      expect(rows.get(title)).toHaveLength(1);
      const pageId = rows.get(title)?.[0] ?? '';
      expect(outlineOfPage(h.emulator, pageId)).toEqual(outlineOfRequest(article(title)));
    }
    expect(queue.list().map((e) => e.status)).toEqual(['saved', 'saved', 'saved']);
    expect(queue.list()[0]?.pageUrl).toMatch(/^https?:\/\//);
    expect(queue.counts()).toEqual({ pending: 0, attention: 0 });
    // Finished captures keep a history line only: their bodies are gone.
    expect(await h.store.listStates()).toEqual([]);
    expect(await h.store.getBody(jobs[0]?.id ?? '')).toBeNull();
  });

  it('appends captures to an inbox page one after the other, with headers', async () => {
    const queue = h.queue();
    const titles = ['First', 'Second', 'Third'];
    for (const title of titles) {
      await queue.enqueue(
        captureOf(inbox, title, [para(`${title} body`), ...paragraphs(110, title)]),
      );
    }
    await queue.settled();
    const outline = outlineOfPage(h.emulator, DEMO.ids.inboxPage);
    const headings = outline.filter(([sig]) => sig.startsWith('heading_3:')).map(([sig]) => sig);
    expect(headings).toEqual(titles.map((t) => `heading_3:${t}`));
    const firstHeading = outline.findIndex(([sig]) => sig === 'heading_3:First');
    const ours = outline.slice(firstHeading);
    const expected = titles.flatMap((title) =>
      outlineOfRequest([
        { type: 'heading_3', heading_3: { rich_text: [{ text: { content: title } }] } },
        para(`${title} body`),
        ...paragraphs(110, title),
      ]),
    );
    expect(ours).toEqual(expected);
  });

  it('uploads a screenshot first, shows it on the page, and stores it only until then', async () => {
    // A 1×1 PNG.
    const png =
      'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8DwHwAFBQIAX8jx0gAAAABJRU5ErkJggg==';
    // The page creation fails once, then its first append: the capture waits twice.
    h.emulator.injectFault({
      method: 'POST',
      path: '/v1/pages',
      action: { type: 'status', status: 502 },
    });
    h.emulator.injectFault({
      method: 'PATCH',
      path: '/v1/blocks/*/children',
      action: { type: 'status', status: 502 },
    });
    const queue = h.queue({ policy: { baseDelayMs: 400, maxDelayMs: 400 }, random: () => 0.99 });
    const blocks = [para('below the picture'), ...paragraphs(120)];
    const job = await queue.enqueue({
      ...captureOf(childPages, 'A screenshot', blocks),
      mode: 'screenshot',
      screenshot: { dataUrl: `data:image/png;base64,${png}` },
    });
    expect((await h.store.getBody(job.id))?.screenshot).toBe(png);
    await vi.waitFor(async () => expect(queue.get(job.id)?.waitReason).toBe('backoff'));
    expect(queue.get(job.id)?.done).toBe(2);
    // Uploaded, not yet shown: an upload left unattached for an hour would be made again.
    expect((await h.store.getBody(job.id))?.screenshot).toBe(png);
    await vi.waitFor(async () => expect(queue.get(job.id)?.done).toBe(3));
    await vi.waitFor(async () => expect(queue.get(job.id)?.waitReason).toBe('backoff'));
    // The page shows it: the room it took in storage is free, appends still to come.
    expect((await h.store.getBody(job.id))?.screenshot).toBeNull();
    await queue.settled();
    const [entry] = queue.list();
    expect(entry?.status).toBe('saved');
    const outline = outlineOfPage(h.emulator, entry?.pageId ?? '');
    expect(outline.map(([sig]) => sig).slice(0, 2)).toEqual([
      'image:',
      'paragraph:below the picture',
    ]);
    expect(outline).toHaveLength(122);
    const uploads = h.emulator.requestLog().filter((r) => r.path.startsWith('/v1/file_uploads'));
    expect(uploads.map((r) => `${r.method} ${r.status}`)).toEqual(['POST 200', 'POST 200']);
  });

  it('refuses a screenshot over the workspace cap before queueing it, with a sentence', async () => {
    const queue = h.queue({ uploadLimit: async () => 5 * 1024 * 1024 });
    // 6,000,000 bytes: over the free plan's 5 MiB.
    const big = 'A'.repeat(8_000_000);
    const save = queue.enqueue({
      ...captureOf(childPages, 'A big screenshot', []),
      mode: 'screenshot',
      screenshot: { dataUrl: `data:image/png;base64,${big}` },
    });
    await expect(save).rejects.toMatchObject({
      code: 'ScreenshotTooLarge',
      params: { size: '5.7', limit: '5' },
    });
    const failure = await save.catch((e: unknown) => describeProblem(e as Problem, 'en'));
    expect(failure).toMatchObject({
      title: 'This screenshot is too large for your Notion workspace',
      detail: 'It is 5.7 MB; the workspace accepts files of up to 5 MB. Nothing was queued.',
    });
    expect(queue.list()).toEqual([]);
    expect(h.emulator.requestLog()).toEqual([]);
  });

  it('creates child pages under a page', async () => {
    const queue = h.queue();
    await queue.enqueue(captureOf(childPages, 'A child', paragraphs(5)));
    await queue.settled();
    const [entry] = queue.list();
    expect(entry?.status).toBe('saved');
    expect(outlineOfPage(h.emulator, entry?.pageId ?? '')).toEqual(outlineOfRequest(paragraphs(5)));
  });
});
