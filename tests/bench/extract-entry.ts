// Bundled by extract.ts into a Chromium page: the extractors on the live document —
// defuddle alone (as capture configures it), capture's extraction (defuddle with the
// Readability cross-check), and Readability alone on a copy (it changes what it reads).
import { Readability } from '@mozilla/readability';
import { defuddleFor, extractArticle } from '../../lib/capture/page/article';

function timed(run: () => string): { html: string; ms: number } {
  const started = performance.now();
  const html = run();
  return { html, ms: performance.now() - started };
}

Object.assign(globalThis, {
  extractAll: () => ({
    defuddle: timed(
      () => defuddleFor(document, { url: location.href, useAsync: false }).parse().content,
    ),
    capture: timed(() => extractArticle(document, location.href).html),
    readability: timed(
      () => new Readability(document.cloneNode(true) as Document).parse()?.content ?? '',
    ),
  }),
});
