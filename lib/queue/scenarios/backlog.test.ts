/**
 * A day offline: the outbox holds whatever a person captured — 50 MB and more of
 * articles and screenshots — and saves each once when the network is back. A single
 * capture too large to keep is refused with a sentence before anything is stored.
 */
import { randomBytes } from 'node:crypto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DEMO } from '../../../tests/notion-emulator';
import { paragraphs } from '../../notion/plan/testing/fixtures';
import type { Problem } from '../../problems';
import { MAX_CAPTURE_BYTES } from '../job';
import { captureOf, childPages, startHarness, type Harness } from '../testing/harness';

let h: Harness;
beforeEach(async () => {
  h = await startHarness();
});
afterEach(async () => {
  await h.close();
});

/** A PNG's signature and `size` bytes of noise: as large as a screenshot gets. */
function screenshotOf(size: number): string {
  const bytes = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47]), randomBytes(size)]);
  return `data:image/png;base64,${bytes.toString('base64')}`;
}

describe('the offline backlog', () => {
  it('keeps more than 50 MB of captures while offline and saves each once online', async () => {
    let online = false;
    const queue = h.queue({ isOnline: () => online, uploadLimit: async () => 5 * 1024 * 1024 });
    await queue.start();
    const titles: string[] = [];
    // Eleven screenshots of 4.8 MB each (the workspace takes up to 5 MB a file).
    for (let i = 0; i < 11; i++) {
      const title = `Offline screenshot ${i}`;
      titles.push(title);
      await queue.enqueue({
        ...captureOf(childPages, title, paragraphs(1)),
        mode: 'screenshot',
        screenshot: { dataUrl: screenshotOf(4.8 * 1024 * 1024) },
      });
    }
    expect(h.store.bytes).toBeGreaterThan(50 * 1024 * 1024);
    expect(h.emulator.requestLog()).toEqual([]);
    online = true;
    queue.wake();
    await queue.settled();
    const pages = h.emulator.listPages({ parent: DEMO.ids.inboxPage });
    for (const title of titles) {
      const found = pages.filter((p) => JSON.stringify(p).includes(`"${title}"`));
      expect(found, title).toHaveLength(1);
      const tree = h.emulator.getPageTree(String(found[0]!.id));
      expect(tree?.blocks.some((b) => b.type === 'image')).toBe(true);
    }
    expect(queue.list().map((l) => l.status)).toEqual(titles.map(() => 'saved'));
    // Finished captures leave only their history lines behind.
    expect(h.store.bytes).toBeLessThan(1024 * 1024);
  });

  it('refuses one capture larger than it keeps, before storing anything', async () => {
    const queue = h.queue();
    await queue.start();
    const huge = paragraphs(1).map(() => ({
      type: 'code' as const,
      code: { language: 'plain text' as const, rich_text: [] },
    }));
    const blocks = Array.from({ length: Math.ceil(MAX_CAPTURE_BYTES / 1900) }, (_, i) => ({
      ...huge[0]!,
      code: {
        language: 'plain text' as const,
        rich_text: [{ type: 'text' as const, text: { content: `${i} ${'x'.repeat(1890)}` } }],
      },
    }));
    const refused = await queue
      .enqueue(captureOf(childPages, 'Far too much', blocks))
      .then(() => null)
      .catch((error: unknown) => error as Problem);
    expect(refused?.code).toBe('CaptureTooLarge');
    expect(Number(refused?.params.size)).toBeGreaterThan(32);
    expect(h.store.bytes).toBe(0);
    expect(queue.list()).toEqual([]);
  });
});
