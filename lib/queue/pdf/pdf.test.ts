/**
 * A PDF tab's file through the queue, the real SDK and the emulator: fetched from a
 * website on this machine at send time and shown by a `pdf` block as its upload; its
 * link kept, and the history told, when the file is over the upload limit, is not a
 * PDF, or the browser gave no access to websites.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { BlockObjectRequest } from '@notionhq/client';
import { pdfCapture } from '../../capture/pdf-tab';
import { readingList, rowProperties, startHarness, type Harness } from '../testing/harness';
import type { CaptureInput } from '../types';
import { buildJob } from '../job';
import { capturePdfs } from './job-pdfs';

/** The smallest well-formed PDF: one empty page. */
const PDF = Buffer.from(
  '%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n' +
    '2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n' +
    '3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 200 200]>>endobj\n' +
    'trailer<</Root 1 0 R>>\n%%EOF\n',
);

let h: Harness;
let server: Server;
let base: string;
const served: string[] = [];

beforeEach(async () => {
  h = await startHarness();
  served.length = 0;
  server = createServer((req, res) => {
    served.push(req.url ?? '');
    if (req.url === '/paper.pdf')
      res.writeHead(200, { 'content-type': 'application/pdf' }).end(PDF);
    else if (req.url === '/fake.pdf')
      res.writeHead(200, { 'content-type': 'application/octet-stream' }).end('<html>no</html>');
    else res.writeHead(404).end();
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterEach(async () => {
  await h.close();
  server.closeAllConnections();
  await new Promise<void>((done) => server.close(() => done()));
});

function pdfInput(url: string, uploadPdf: boolean): CaptureInput {
  const capture = pdfCapture({ url, title: 'A paper' }, 'bookmark', !uploadPdf);
  return {
    target: readingList,
    mode: 'bookmark',
    source: { url, title: capture.metadata.title },
    title: capture.metadata.title,
    blocks: capture.blocks,
    uploadPdf,
  };
}

async function saveOne(input: CaptureInput, queue = h.queue()) {
  const job = await queue.enqueue(input, rowProperties(input.title));
  await queue.settled();
  const entry = queue.list().find((e) => e.id === job.id)!;
  expect(entry.error ?? null).toBeNull();
  expect(entry.status).toBe('saved');
  return entry;
}

/** The page's `pdf` blocks as Notion shows them. */
function pdfBlocks(pageId: string) {
  return (h.emulator.getPageTree(pageId)?.blocks ?? [])
    .filter((b) => b.type === 'pdf')
    .map(
      (b) =>
        (
          b as unknown as {
            pdf: { type: string; file?: { url: string }; external?: { url: string } };
          }
        ).pdf,
    );
}

describe('planning a PDF tab', () => {
  const url = 'https://example.com/papers/paper.pdf';
  const blocks = pdfCapture({ url, title: '' }, 'bookmark', false).blocks;

  it('plans the tab’s own file as an upload, its address kept as the fallback', () => {
    const planned = capturePdfs(blocks, url, true, 2);
    expect(planned.attachments).toEqual([
      {
        filename: 'paper.pdf',
        contentType: 'application/pdf',
        imageBlock: false,
        source: { kind: 'pdf', url },
      },
    ]);
    expect(planned.blocks).toEqual([
      {
        type: 'pdf',
        pdf: { type: 'file_upload', file_upload: { id: '{{attachment2}}' }, external: { url } },
      },
    ]);
  });

  it('keeps the link without access, and never fetches an address the page wrote', () => {
    expect(capturePdfs(blocks, url, false, 0)).toEqual({ blocks, attachments: [] });
    const other: BlockObjectRequest[] = [
      { type: 'pdf', pdf: { type: 'external', external: { url: 'https://evil.example/x.pdf' } } },
    ] as BlockObjectRequest[];
    expect(capturePdfs(other, url, true, 0)).toEqual({ blocks: other, attachments: [] });
    // A file: or other non-web tab address is never planned as a fetch.
    const local = pdfCapture({ url: 'file:///home/a.pdf', title: '' }, 'bookmark', false).blocks;
    expect(capturePdfs(local, 'file:///home/a.pdf', true, 0).attachments).toEqual([]);
  });

  it('queues the upload as an optional step of the job', () => {
    const { body } = buildJob('job-1', pdfInput(url, true), rowProperties('A paper'), 0);
    const create = body.plan.steps.find((s) => s.kind === 'upload_create');
    expect(create).toMatchObject({
      body: { filename: 'paper.pdf', content_type: 'application/pdf' },
      source: { kind: 'pdf', url },
    });
  });
});

describe('saving a PDF tab', () => {
  it('uploads the file and shows it in a pdf block', async () => {
    const entry = await saveOne(pdfInput(`${base}/paper.pdf`, true));
    expect(entry.pdfNotCopied).toBeUndefined();
    const [shown, ...rest] = pdfBlocks(entry.pageId!);
    expect(rest).toEqual([]);
    expect(shown?.type).toBe('file');
    const id = shown?.file?.url.split('/').pop() ?? '';
    const upload = h.emulator.workspace.uploads.get(id);
    expect(upload?.status).toBe('uploaded');
    expect(Buffer.from(upload?.data ?? []).equals(PDF)).toBe(true);
  });

  it('keeps the link, and says so, for a file over the workspace’s upload limit', async () => {
    const queue = h.queue({ uploadLimit: async () => PDF.length - 1 });
    const entry = await saveOne(pdfInput(`${base}/paper.pdf`, true), queue);
    expect(entry.pdfNotCopied).toBe(true);
    expect(entry.imagesNotCopied).toBeUndefined();
    expect(pdfBlocks(entry.pageId!)).toEqual([
      expect.objectContaining({ type: 'external', external: { url: `${base}/paper.pdf` } }),
    ]);
  });

  it('keeps the link for a file that is not really a PDF', async () => {
    const entry = await saveOne(pdfInput(`${base}/fake.pdf`, true));
    expect(entry.pdfNotCopied).toBe(true);
    expect(pdfBlocks(entry.pageId!)).toEqual([
      expect.objectContaining({ type: 'external', external: { url: `${base}/fake.pdf` } }),
    ]);
    expect(h.emulator.requestLog().filter((r) => r.path.startsWith('/v1/file_uploads'))).toEqual(
      [],
    );
  });

  it('without access to websites, fetches nothing and saves the link', async () => {
    const entry = await saveOne(pdfInput(`${base}/paper.pdf`, false));
    expect(served).toEqual([]);
    expect(pdfBlocks(entry.pageId!)).toEqual([
      expect.objectContaining({ type: 'external', external: { url: `${base}/paper.pdf` } }),
    ]);
  });
});
