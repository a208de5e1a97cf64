/**
 * Fetching a page image against a website on this machine: where it may point, each
 * redirect hop checked, what a browser's opaque redirect leads to, and the timeout.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { IMAGE_TIMEOUT_MS, MAX_REDIRECTS, createImageFetcher, fetchImage } from './fetch-image';
import { pictureBytes, startImageServer, type ImageServer } from '../testing/image-server';

let site: ImageServer;
beforeEach(async () => {
  site = await startImageServer();
});
afterEach(async () => {
  await site.close();
});

const CAP = 1024 * 1024;
// The image server is on 127.0.0.1: only a fetcher that allows loopback reaches it.
const testBuild = createImageFetcher({ allowLoopback: true });
const production = createImageFetcher({ allowLoopback: false });

describe('fetching a page image', () => {
  it('fetches an image from an address it may reach', async () => {
    const got = await testBuild(site.picture(1), CAP);
    expect(got).toMatchObject({ file: { contentType: 'image/png', filename: '1.png' } });
    if ('file' in got) expect([...got.file.bytes]).toEqual([...pictureBytes(1)]);
  });

  it('refuses this computer in the production build, before any request', async () => {
    expect(await production(site.picture(1), CAP)).toEqual({ skip: 'blocked_address' });
    expect(await production('http://192.168.1.1/router.png', CAP)).toEqual({
      skip: 'blocked_address',
    });
    expect(site.requests).toEqual([]);
  });

  it('the worker’s own fetcher follows the build’s rule: the test build’s, under Vitest', async () => {
    expect(await fetchImage(site.picture(2), CAP)).toHaveProperty('file');
    expect(await fetchImage('http://10.0.0.1/x.png', CAP)).toEqual({ skip: 'blocked_address' });
  });

  it('follows a redirect hop by hop, checking each', async () => {
    const got = await testBuild(site.redirect(site.redirect(site.picture(3))), CAP);
    expect(got).toHaveProperty('file');
    if ('file' in got) expect([...got.file.bytes]).toEqual([...pictureBytes(3)]);
    expect(site.requests).toEqual(['/redirect', '/redirect', '/picture/3.png']);
  });

  it.each([
    'http://169.254.169.254/latest/meta-data/',
    'http://[::ffff:10.0.0.1]/x.png',
    'http://printer.local/x.png',
    'http://167772161/x.png',
  ])('stops at a hop to %j: each hop is judged, not only the first', async (to) => {
    expect(await testBuild(site.redirect(to), CAP)).toEqual({ skip: 'blocked_address' });
    expect(site.requests).toEqual(['/redirect']);
  });

  it('gives up after a bounded number of hops', async () => {
    expect(await testBuild(site.loop, CAP)).toEqual({ skip: 'fetch_failed' });
    expect(site.requests).toEqual(Array(MAX_REDIRECTS + 1).fill('/loop'));
  });

  it('skips an image whose redirect it cannot read (a browser’s opaque redirect)', async () => {
    const opaque = { type: 'opaqueredirect', status: 0, ok: false, headers: new Headers() };
    const browserLike = vi.fn(async () => opaque as unknown as Response);
    const fetcher = createImageFetcher({ allowLoopback: false, fetch: browserLike });
    expect(await fetcher('https://images.example.com/moved.png', CAP)).toEqual({
      skip: 'redirect_unreadable',
    });
    expect(browserLike).toHaveBeenCalledTimes(1);
    expect(browserLike).toHaveBeenCalledWith(
      'https://images.example.com/moved.png',
      expect.objectContaining({ redirect: 'manual', credentials: 'omit' }),
    );
  });

  it('gives up on an answer that never comes, within 25 s', async () => {
    expect(IMAGE_TIMEOUT_MS).toBe(25_000);
    const patient = createImageFetcher({ allowLoopback: true, timeoutMs: 50 });
    expect(await patient(site.hang, CAP)).toEqual({ skip: 'fetch_failed' });
  });
});
