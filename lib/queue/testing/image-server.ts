/**
 * Page images for the upload tests, served on 127.0.0.1 as a website would: pictures
 * with distinct bytes, and the ways a fetch goes wrong (a 404, a page instead of an
 * image, a file over the cap, an image labelled only as bytes, a redirect to anywhere,
 * an answer that never comes).
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';

/** A PNG signature followed by `n`, so every picture's bytes differ. */
export function pictureBytes(n: number, size = 64): Uint8Array<ArrayBuffer> {
  const bytes = new Uint8Array(size);
  bytes.set([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  bytes.fill(n % 256, 8);
  return bytes;
}

export interface ImageServer {
  url: string;
  /** `/picture/<n>.png`: a PNG of 64 bytes, or `size` bytes. */
  picture(n: number, size?: number): string;
  /** `/redirect?to=…`: a 302 to `to` (resolved against this server). */
  redirect(to: string): string;
  /** `/loop`: a redirect to itself, for ever. */
  loop: string;
  /** `/hang`: a request this server never answers. */
  hang: string;
  /** Paths requested so far, in order. */
  requests: string[];
  close(): Promise<void>;
}

export async function startImageServer(): Promise<ImageServer> {
  const requests: string[] = [];
  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    requests.push(url.pathname);
    const picture = /^\/picture\/(\d+)\.png$/.exec(url.pathname);
    if (picture) {
      const size = Number(url.searchParams.get('size') ?? 64);
      res
        .writeHead(200, { 'content-type': 'image/png' })
        .end(pictureBytes(Number(picture[1]), size));
    } else if (url.pathname === '/bytes/7') {
      res.writeHead(200, { 'content-type': 'application/octet-stream' }).end(pictureBytes(7));
    } else if (url.pathname === '/redirect') {
      res.writeHead(302, { location: url.searchParams.get('to') ?? '/' }).end();
    } else if (url.pathname === '/loop') {
      res.writeHead(302, { location: '/loop' }).end();
    } else if (url.pathname === '/hang') {
      // Never answered: the fetch must give up by itself.
    } else if (url.pathname === '/page.png') {
      res.writeHead(200, { 'content-type': 'text/html' }).end('<p>not a picture</p>');
    } else {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('Not found');
    }
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    url,
    picture: (n, size) => `${url}/picture/${n}.png${size ? `?size=${size}` : ''}`,
    redirect: (to) => `${url}/redirect?to=${encodeURIComponent(to)}`,
    loop: `${url}/loop`,
    hang: `${url}/hang`,
    requests,
    close: () =>
      new Promise((done) => {
        server.close(() => done());
        server.closeAllConnections();
      }),
  };
}
