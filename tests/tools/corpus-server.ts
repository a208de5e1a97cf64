/**
 * Serves the real pages of `../shared/corpus/pages` on 127.0.0.1 so that the demo and the
 * end-to-end tests capture real articles from a real http:// address:
 * `GET /<page-name>/` answers that page's `source.html`.
 */
import { createServer } from 'node:http';
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { AddressInfo } from 'node:net';

/** The corpus folder, relative to the project root. */
export const CORPUS_DIR = resolve('../shared/corpus/pages');

export interface CorpusServer {
  url: string;
  /** A few pages worth opening in the demo. */
  sampleUrls: string[];
  pageUrl(name: string): string;
  close(): Promise<void>;
}

/** Starts the server, or returns undefined when the corpus is not on this machine. */
export async function startCorpusServer(port = 0): Promise<CorpusServer | undefined> {
  if (!existsSync(CORPUS_DIR)) return undefined;
  const server = createServer((req, res) => {
    const name = decodeURIComponent((req.url ?? '/').split('?')[0]!.replace(/^\/|\/$/g, ''));
    const file = join(CORPUS_DIR, name, 'source.html');
    // Names are single path segments; anything else is not a corpus page.
    if (!name || name.includes('/') || name.includes('..') || !existsSync(file)) {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('Not a corpus page');
      return;
    }
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(readFileSync(file));
  });
  await new Promise<void>((done) => server.listen(port, '127.0.0.1', done));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const pageUrl = (name: string) => `${url}/${encodeURIComponent(name)}/`;
  return {
    url,
    pageUrl,
    sampleUrls: ['wikipedia', 'v8-blog', 'mozilla-2'].map(pageUrl),
    close: () =>
      new Promise((done) => {
        server.close(() => done());
        // A browser keeps idle connections open; close() alone would wait for them.
        server.closeAllConnections();
      }),
  };
}
