// Bundled by extract.ts into a Chromium page: the extractors on the live document —
// defuddle alone (as capture configures it), capture's extraction (defuddle with the
// Readability cross-check, then converted to Notion blocks whose text is measured),
// Readability alone on a copy (it changes what it reads), and last, as Obsidian Web
// Clipper runs it, defuddle with its Markdown output on the page itself (it changes the
// page, so nothing runs after it). `convertMs` times the conversion of capture's
// extraction to Notion blocks: extraction and conversion together are the peer of `owc`.
import { Readability } from '@mozilla/readability';
import Defuddle from 'defuddle/full';
import '../../lib/capture/page/defuddle-per-page';
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
  const convertStarted = performance.now();
  const { blocks } = convertDom(article.root, { baseUrl: location.href });
  const convertMs = performance.now() - convertStarted;
  return { html: article.html, ms, blocksText: blocksReaderText(blocks), convertMs };
}

Object.assign(globalThis, {
  extractAll: () => {
    const defuddle = timed(
      () => defuddleFor(document, { url: location.href, useAsync: false }).parse().content,
    );
    const { convertMs, ...capture } = captured();
    const readability = timed(
      () => new Readability(document.cloneNode(true) as Document).parse()?.content ?? '',
    );
    const owc = timed(
      () => new Defuddle(document, { url: location.href, markdown: true }).parse().content,
    );
    return { defuddle, capture, readability, owc, convertMs };
  },
});
