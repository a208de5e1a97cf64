/**
 * A tab showing a PDF, saved with the "save page" shortcut (run through the
 * background's own handler, as the browser's command event would) in a browser that
 * granted access to websites (`image-access.ts`): the worker fetches the tab's file and
 * Notion gets one completed upload and a `pdf` block showing it. Without that access
 * the block shows the file's address.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Worker } from '@playwright/test';
import { DEMO } from '../notion-emulator/index';
import type { RunningEmulator } from '../notion-emulator/index';
import { allowImageAccess } from './image-access';
import { expect, grantActiveTab, launchForPopup, test as base } from './pages/popup-page';

/** The smallest well-formed PDF: one empty page, its cross-reference table exact. */
function minimalPdf(): Buffer {
  const objects = [
    '<</Type/Catalog/Pages 2 0 R>>',
    '<</Type/Pages/Kids[3 0 R]/Count 1>>',
    '<</Type/Page/Parent 2 0 R/MediaBox[0 0 200 200]>>',
  ];
  let body = '%PDF-1.4\n';
  const offsets: number[] = [];
  objects.forEach((object, i) => {
    offsets.push(body.length);
    body += `${i + 1} 0 obj\n${object}\nendobj\n`;
  });
  const xref = body.length;
  body += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  for (const at of offsets) body += `${String(at).padStart(10, '0')} 00000 n \n`;
  body += `trailer\n<</Size ${objects.length + 1}/Root 1 0 R>>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(body, 'latin1');
}

const PDF = minimalPdf();

interface PdfSite {
  /** The PDF's address on this machine. */
  url: string;
  close(): Promise<void>;
}

async function startPdfSite(): Promise<PdfSite> {
  const server: Server = createServer((req, res) => {
    if ((req.url ?? '').split('?')[0] === '/papers/minimal.pdf') {
      res.writeHead(200, { 'content-type': 'application/pdf' }).end(PDF);
    } else res.writeHead(404, { 'content-type': 'text/plain' }).end('Not found');
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/papers/minimal.pdf`,
    close: () =>
      new Promise((done) => {
        server.close(() => done());
        server.closeAllConnections();
      }),
  };
}

async function savePage(worker: Worker, tabId: number): Promise<string | null> {
  return worker.evaluate(async (tabId) => {
    const tab = await chrome.tabs.get(tabId);
    const handlers = (
      globalThis as unknown as {
        quickCaptureGestures: Record<string, (...a: unknown[]) => Promise<string | null>>;
      }
    ).quickCaptureGestures;
    return handlers.onCommand!('save-page', tab);
  }, tabId);
}

async function savedPage(worker: Worker, jobId: string): Promise<string> {
  let last: { status: string; pageId: string | null } | null = null;
  await expect
    .poll(
      async () => {
        last = await worker.evaluate(async (id) => {
          const history = (await chrome.storage.local.get('captureHistory')).captureHistory as
            { id: string; status: string; pageId: string | null }[] | undefined;
          return history?.find((e) => e.id === id) ?? null;
        }, jobId);
        return last?.status;
      },
      { timeout: 30_000, message: `capture ${jobId} saved` },
    )
    .toBe('saved');
  return last!.pageId!;
}

type PdfContent = { type: string; file?: { url: string }; external?: { url: string } };

function pdfBlocks(emulator: RunningEmulator, pageId: string): PdfContent[] {
  return (emulator.getPageTree(pageId)?.blocks ?? [])
    .filter((b) => b.type === 'pdf')
    .map((b) => (b as unknown as { pdf: PdfContent }).pdf);
}

function newRow(emulator: RunningEmulator) {
  const rows = emulator
    .listPages({ dataSource: DEMO.ids.readingListDataSource })
    .filter((p) => (p as { id: string }).id !== DEMO.ids.welcomePage);
  expect(rows).toHaveLength(1);
  return rows[0] as { id: string };
}

const test = base.extend<{ site: PdfSite }>({
  // eslint-disable-next-line no-empty-pattern
  site: async ({}, use) => {
    const site = await startPdfSite();
    await use(site);
    await site.close();
  },
});

test.describe('with access to websites', () => {
  const granted = test.extend({
    context: async ({ userDataDir, uiLanguage }, use) => {
      await allowImageAccess(userDataDir, uiLanguage);
      const context = await launchForPopup(userDataDir, uiLanguage);
      await use(context);
      await context.close();
    },
  });

  granted(
    'a PDF tab is saved as a pdf block with its file uploaded',
    async ({ connect, context, serviceWorker, extensionId, emulator, site }) => {
      await connect();
      const page = await context.newPage();
      await page.goto(site.url);
      const tabId = await grantActiveTab(context, serviceWorker, extensionId, page);
      const jobId = await savePage(serviceWorker, tabId);
      expect(jobId).toBeTruthy();
      const pageId = await savedPage(serviceWorker, jobId!);
      expect(newRow(emulator).id).toBe(pageId);

      const uploads = [...emulator.workspace.uploads.values()];
      expect(uploads).toHaveLength(1);
      const [upload] = uploads;
      expect(upload).toMatchObject({
        status: 'uploaded',
        contentType: 'application/pdf',
        filename: 'minimal.pdf',
        attached: true,
      });
      expect(Buffer.from(upload!.data ?? []).equals(PDF)).toBe(true);

      const shown = pdfBlocks(emulator, pageId);
      expect(shown).toHaveLength(1);
      expect(shown[0]!.type).toBe('file');
      expect(shown[0]!.file?.url.split('/').pop()).toBe(upload!.id);
    },
  );
});

test('without access to websites, a PDF tab is saved as a pdf block of its address', async ({
  connect,
  context,
  serviceWorker,
  extensionId,
  emulator,
  site,
}) => {
  await connect();
  const page = await context.newPage();
  await page.goto(site.url);
  const tabId = await grantActiveTab(context, serviceWorker, extensionId, page);
  const jobId = await savePage(serviceWorker, tabId);
  expect(jobId).toBeTruthy();
  const pageId = await savedPage(serviceWorker, jobId!);
  expect(emulator.workspace.uploads.size).toBe(0);
  expect(pdfBlocks(emulator, pageId)).toEqual([
    expect.objectContaining({ type: 'external', external: { url: site.url } }),
  ]);
});
