// Bundled by extract.ts into a Chromium page: the extractors on the live document —
// defuddle alone (as capture configures it), capture's extraction (defuddle with the
// Readability cross-check, then converted to Notion blocks whose text is measured), and
// Readability alone on a copy (it changes what it reads).
import { Readability } from '@mozilla/readability';
import { defuddleFor, extractArticle } from '../../lib/capture/page/article';
import { convertDom } from '../../lib/convert/convert-dom';
import { blocksReaderText } from './reader-text';

function timed(run: () => string): { html: string; ms: number } {
  const started = performance.now();
  const html = run();
  return { html, ms: performance.now() - started };
}

function captured() {
  const started = performance.now();
  const article = extractArticle(document, location.href);
  const ms = performance.now() - started;
  const { blocks } = convertDom(article.root, { baseUrl: location.href });
  return { html: article.html, ms, blocksText: blocksReaderText(blocks) };
}

Object.assign(globalThis, {
  extractAll: () => ({
    defuddle: timed(
      () => defuddleFor(document, { url: location.href, useAsync: false }).parse().content,
    ),
    capture: captured(),
    readability: timed(
      () => new Readability(document.cloneNode(true) as Document).parse()?.content ?? '',
    ),
  }),
});
