/**
 * "Copy images into Notion" through the queue, the real SDK and the emulator: page
 * images fetched from a local website at send time, `data:` images from the capture,
 * and every way an image can fail to be copied without the capture failing.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { BlockObjectRequest } from '@notionhq/client';
import { dataImageRef } from '../../capture/page/data-images';
import { bullet, para } from '../../notion/plan/testing/fixtures';
import { systemClock } from '../pacing/clock';
import { base64FromBytes } from './base64';
import {
  captureOf,
  readingList,
  rowProperties,
  startHarness,
  type Harness,
} from '../testing/harness';
import { pictureBytes, startImageServer, type ImageServer } from '../testing/image-server';
import type { CaptureInput } from '../types';

let h: Harness;
let site: ImageServer;
let offset = 0;
// Uploads expire by the emulator's clock; the queue reads the same one.
const now = () => Date.now() + offset;

beforeEach(async () => {
  offset = 0;
  h = await startHarness({ now });
  site = await startImageServer();
});
afterEach(async () => {
  await h.close();
  await site.close();
});

const caption = [{ type: 'text' as const, text: { content: 'Figure 1' } }];

function image(url: string, withCaption = false): BlockObjectRequest {
  return {
    type: 'image',
    image: { type: 'external', external: { url }, ...(withCaption ? { caption } : {}) },
  };
}

function dataImage(index: number): BlockObjectRequest {
  return {
    type: 'image',
    image: { type: 'file_upload', file_upload: { id: dataImageRef(index) } },
  };
}

function capture(title: string, blocks: BlockObjectRequest[], extra: Partial<CaptureInput> = {}) {
  return { ...captureOf(readingList, title, blocks), uploadImages: true, ...extra };
}

type Shown = { file: number[] } | { external: string } | { paragraph: string };

/** What the page shows where images were, in order: uploaded bytes or an address. */
function shownImages(pageId: string): Shown[] {
  const out: Shown[] = [];
  const walk = (blocks: Array<Record<string, unknown> & { children: unknown[] }>) => {
    for (const block of blocks) {
      if (block.type === 'image') {
        const content = block.image as {
          type: string;
          file?: { url: string };
          external?: { url: string };
        };
        if (content.type === 'file') {
          const id = content.file?.url.split('/').pop() ?? '';
          out.push({ file: [...(h.emulator.workspace.uploads.get(id)?.data ?? [])] });
        } else out.push({ external: content.external?.url ?? '' });
      }
      walk(block.children as typeof blocks);
    }
  };
  walk((h.emulator.getPageTree(pageId)?.blocks ?? []) as Parameters<typeof walk>[0]);
  return out;
}

const file = (n: number) => ({ file: [...pictureBytes(n)] });

function uploadRequests(): string[] {
  return h.emulator
    .requestLog()
    .filter((r) => r.path.startsWith('/v1/file_uploads'))
    .map((r) => `${r.method} ${r.path.endsWith('/send') ? 'send' : 'create'} ${r.status}`);
}

async function saveOne(input: CaptureInput, queue = h.queue()) {
  const job = await queue.enqueue(input, rowProperties(input.title));
  await queue.settled();
  const entry = queue.list().find((e) => e.id === job.id);
  expect(entry?.error ?? null).toBeNull();
  expect(entry?.status).toBe('saved');
  return entry!;
}

describe('copying images into Notion', () => {
  it('uploads every image and shows each upload where the image was, in order', async () => {
    const blocks = [
      para('intro'),
      image(site.picture(1), true),
      para('between'),
      image(site.picture(2)),
      bullet('a list', [para('nested'), image(site.picture(3))]),
    ];
    const entry = await saveOne(capture('Pictures', blocks));
    expect(shownImages(entry.pageId!)).toEqual([file(1), file(2), file(3)]);
    const tree = h.emulator.getPageTree(entry.pageId!)!;
    const first = tree.blocks.find((b) => b.type === 'image');
    expect(first?.image).toMatchObject({ caption: [{ plain_text: 'Figure 1' }] });
    // Two requests per image, all before the page: the same queue, limiter and log.
    const log = h.emulator.requestLog().map((r) => `${r.method} ${r.path.split('/')[2]}`);
    expect(log).toEqual([...Array(6).fill('POST file_uploads'), 'POST pages']);
    expect(entry.imagesNotCopied).toBeUndefined();
  });

  it('keeps the address of an image it cannot copy, and saves the capture', async () => {
    const blocks = [
      image(`${site.url}/missing.png`),
      image(`${site.url}/page.png`),
      image(site.picture(9, 5_000)),
      image(`${site.url}/bytes/7`),
      image(site.picture(4)),
    ];
    const queue = h.queue({ uploadLimit: async () => 1_000 });
    const entry = await saveOne(capture('Some pictures', blocks), queue);
    expect(shownImages(entry.pageId!)).toEqual([
      { external: `${site.url}/missing.png` },
      { external: `${site.url}/page.png` },
      { external: site.picture(9, 5_000) },
      // Served as bare bytes, recognised as a PNG by its first bytes.
      file(7),
      file(4),
    ]);
    expect(entry.imagesNotCopied).toBe(3);
    // Nothing was created in Notion for the three that could not be fetched.
    expect(uploadRequests()).toEqual(Array(2).fill(['POST create 200', 'POST send 200']).flat());
  });

  it('never fetches an image that points at the local network, and says so', async () => {
    const router = 'http://192.168.1.1/admin.png';
    const blocks = [
      image(router),
      image(site.redirect('http://169.254.169.254/x.png')),
      image(site.picture(2)),
    ];
    const entry = await saveOne(capture('Local pictures', blocks));
    expect(shownImages(entry.pageId!)).toEqual([
      { external: router },
      { external: site.redirect('http://169.254.169.254/x.png') },
      file(2),
    ]);
    expect(entry.imagesNotCopied).toBe(2);
    expect(entry.imagesBlocked).toBe(2);
    expect(site.requests).toEqual(['/redirect', '/picture/2.png']);
  });

  it('keeps the address when Notion refuses the bytes of an image', async () => {
    // Over the emulator's 5 MiB cap, with the cap unknown to the queue: Notion says no.
    const big = site.picture(5, 5 * 1024 * 1024 + 1);
    const entry = await saveOne(capture('Too big', [image(big), image(site.picture(6))]));
    expect(shownImages(entry.pageId!)).toEqual([{ external: big }, file(6)]);
    expect(entry.imagesNotCopied).toBe(1);
    expect(uploadRequests()).toEqual([
      'POST create 200',
      'POST send 400',
      'POST create 200',
      'POST send 200',
    ]);
  });

  it('uploads data: images from the bytes stored with the capture', async () => {
    const png = base64FromBytes(pictureBytes(8));
    const svg = 'data:image/svg+xml;utf8,<svg xmlns="http://www.w3.org/2000/svg"/>';
    const input = capture(
      'Inline',
      [para('a'), dataImage(0), para('b'), dataImage(1), dataImage(2)],
      {
        dataImages: [`data:image/png;base64,${png}`, 'data:text/html;base64,PGI+', svg],
      },
    );
    const queue = h.queue();
    const job = await queue.enqueue(input, rowProperties('Inline'));
    expect((await h.store.getBody(job.id))?.dataImages).toHaveLength(2);
    await queue.settled();
    const entry = queue.list()[0]!;
    const svgBytes = [...new TextEncoder().encode('<svg xmlns="http://www.w3.org/2000/svg"/>')];
    expect(shownImages(entry.pageId!)).toEqual([file(8), { file: svgBytes }]);
    // The page of a data: image that is not one Notion takes shows nothing in its place.
    expect(entry.imagesNotCopied).toBe(1);
  });

  it('sends no upload with the setting off: images stay linked, data: images stay out', async () => {
    const blocks = [image(site.picture(1)), dataImage(0), para('text')];
    const entry = await saveOne(
      capture('Linked', blocks, {
        uploadImages: false,
        dataImages: [`data:image/png;base64,${base64FromBytes(pictureBytes(2))}`],
      }),
    );
    expect(shownImages(entry.pageId!)).toEqual([{ external: site.picture(1) }]);
    expect(uploadRequests()).toEqual([]);
    expect(site.requests).toEqual([]);
  });
});

describe('uploads across restarts', () => {
  it('resumes a worker killed between its uploads and its page without uploading again', async () => {
    h.emulator.injectFault({
      method: 'POST',
      path: '/v1/pages',
      times: 1,
      action: { type: 'delay', ms: 150 },
    });
    const first = h.queue({ policy: { settleMs: 400 } });
    const input = capture('Restarted', [image(site.picture(1)), image(site.picture(2))]);
    await first.enqueue(input, rowProperties('Restarted'));
    // The page creation is out (uploads done): the worker dies now.
    await vi.waitFor(async () => expect((await h.store.listStates())[0]?.inFlight).toBe(4), {
      interval: 2,
    });
    await first.stop({ abandon: true });
    const second = h.queue({ policy: { settleMs: 400 } });
    await second.start();
    await second.settled();
    const [entry] = second.list();
    expect(entry?.status).toBe('saved');
    expect(shownImages(entry!.pageId!)).toEqual([file(1), file(2)]);
    expect(uploadRequests()).toHaveLength(4);
    expect(h.emulator.requestLog().filter((r) => r.path === '/v1/pages')).toHaveLength(1);
  });

  it('makes an upload again when it expired before the page that shows it was created', async () => {
    // The page creation is refused for a second; meanwhile two hours pass.
    h.emulator.injectFault({
      method: 'POST',
      path: '/v1/pages',
      times: 1,
      action: { type: 'status', status: 429, retryAfterSeconds: 1 },
    });
    const queue = h.queue({ clock: { now, setTimer: systemClock.setTimer } });
    const job = await queue.enqueue(
      capture('Late', [image(site.picture(3))]),
      rowProperties('Late'),
    );
    await vi.waitFor(() => expect(queue.get(job.id)?.waitReason).toBe('rate_limited'));
    offset = 2 * 60 * 60 * 1000;
    await queue.settled();
    const [entry] = queue.list();
    expect(entry?.status).toBe('saved');
    expect(shownImages(entry!.pageId!)).toEqual([file(3)]);
    // The first upload expired unattached; the second one is the one on the page. Its
    // bytes were fetched again: a page image is never kept, in storage or in memory.
    expect(uploadRequests()).toEqual(Array(2).fill(['POST create 200', 'POST send 200']).flat());
    expect(site.requests).toEqual(['/picture/3.png', '/picture/3.png']);
  });
});
