/**
 * Storage in Firefox. Its `storage.local` has no 10 MB quota to lift (`unlimitedStorage`
 * only keeps the extension's IndexedDB from being evicted there), so captures made
 * offline may wait there well past what Chrome allows without the permission; each is
 * saved once when the network is back (Firefox's "Work Offline", which the queue sees as
 * `navigator.onLine`).
 */
import { randomBytes } from 'node:crypto';
import { waitFor } from './driver/firefox';
import { expect, history, test } from './fixtures';

const SCREENSHOTS = 3;
// Under the demo workspace's 5 MB upload cap, as a large screenshot is.
const BYTES = 4.8 * 1024 * 1024;

function screenshot(): string {
  const bytes = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47]), randomBytes(BYTES)]);
  return `data:image/png;base64,${bytes.toString('base64')}`;
}

test('more than 10 MB of screenshots wait in storage.local and are each saved once', async ({
  firefox,
  extension,
  connect,
  send,
  emulator,
}) => {
  test.setTimeout(120_000);
  const demo = await connect();
  await firefox.setOffline(true);
  const jobs: string[] = [];
  for (let i = 0; i < SCREENSHOTS; i++) {
    const reply = await send<{ jobId: string }>('saveCapture', {
      targetId: demo.inboxTargetId,
      mode: 'screenshot',
      source: { url: `https://example.com/offline/${i}`, title: `Offline ${i}` },
      title: `Offline screenshot ${i}`,
      inputs: {},
      blocks: [],
      screenshot: { dataUrl: screenshot() },
    });
    expect(reply.ok, JSON.stringify(reply).slice(0, 300)).toBe(true);
    jobs.push(reply.value!.jobId);
  }
  const size = await extension.evaluate(
    async (w) => JSON.stringify(await w.browser.storage.local.get(null)).length,
  );
  expect(size).toBeGreaterThan(10 * 1024 * 1024);
  // Nothing was sent while offline.
  expect(emulator.requestLog().filter((r) => r.path.startsWith('/v1/file_uploads'))).toEqual([]);
  await firefox.setOffline(false);
  await waitFor(
    async () =>
      (await history(extension)).filter((e) => jobs.includes(e.id) && e.status === 'saved')
        .length === SCREENSHOTS,
    'every screenshot saved',
    90_000,
  );
  const uploads = emulator
    .requestLog()
    .filter((r) => r.method === 'POST' && r.path === '/v1/file_uploads' && r.status === 200);
  expect(uploads).toHaveLength(SCREENSHOTS);
});
