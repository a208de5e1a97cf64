/**
 * A day offline in the real browser: more than 50 MB of captures wait in the
 * extension's own storage (past the 10 MB a browser allows without `unlimitedStorage`),
 * and every one is saved once when the network is back.
 */
import { randomBytes } from 'node:crypto';
import { DEMO } from '../notion-emulator/index';
import { connectDemo } from '../tools/demo-setup';
import { expect, sendFromPage, test } from './fixtures';

const SCREENSHOTS = 11;
// Under the demo workspace's 5 MB upload cap, as a large screenshot is.
const BYTES = 4.8 * 1024 * 1024;

function screenshot(): string {
  const bytes = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47]), randomBytes(BYTES)]);
  return `data:image/png;base64,${bytes.toString('base64')}`;
}

test('more than 50 MB of captures made offline all wait and are each saved once', async ({
  context,
  emulator,
  openExtensionPage,
  serviceWorker,
}) => {
  test.setTimeout(180_000);
  const page = await openExtensionPage('options.html');
  const demo = await connectDemo((verb, input) => sendFromPage(page, verb, input), emulator.url);
  await context.setOffline(true);
  const jobs: string[] = [];
  for (let i = 0; i < SCREENSHOTS; i++) {
    const reply = await sendFromPage<{ ok: boolean; value: { jobId: string } }>(
      page,
      'saveCapture',
      {
        targetId: demo.inboxTargetId,
        mode: 'screenshot',
        source: { url: `https://example.com/offline/${i}`, title: `Offline ${i}` },
        title: `Offline screenshot ${i}`,
        inputs: {},
        blocks: [],
        screenshot: { dataUrl: screenshot() },
      },
    );
    expect(reply.ok, JSON.stringify(reply).slice(0, 300)).toBe(true);
    jobs.push(reply.value.jobId);
  }
  const stored = await serviceWorker.evaluate(() => chrome.storage.local.getBytesInUse(null));
  expect(stored).toBeGreaterThan(50 * 1024 * 1024);
  expect(emulator.requestLog().filter((r) => r.method !== 'GET')).toEqual([]);

  await context.setOffline(false);
  await expect
    .poll(
      async () => {
        const history = await sendFromPage<{ value: { id: string; status: string }[] }>(
          page,
          'listHistory',
        );
        return history.value.filter((e) => jobs.includes(e.id) && e.status === 'saved').length;
      },
      { timeout: 120_000, intervals: [1_000] },
    )
    .toBe(SCREENSHOTS);
  const blocks = emulator.getPageTree(DEMO.ids.inboxPage)!.blocks;
  for (let i = 0; i < SCREENSHOTS; i++) {
    const headings = blocks.filter(
      (b) => b.type === 'heading_3' && JSON.stringify(b).includes(`"Offline screenshot ${i}"`),
    );
    expect(headings, `screenshot ${i}`).toHaveLength(1);
  }
  expect(blocks.filter((b) => b.type === 'image')).toHaveLength(SCREENSHOTS);
  // What was saved leaves the outbox.
  const after = await serviceWorker.evaluate(() => chrome.storage.local.getBytesInUse(null));
  expect(after).toBeLessThan(1024 * 1024);
});
