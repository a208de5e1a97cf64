/**
 * Conversion benchmark: this converter against Turndown + @tryfabric/martian (HTML →
 * Markdown → Notion blocks, the pipeline of the most popular Notion clipper), side by side
 * in one run, from the same extracted article HTML of every corpus page.
 *
 *   npx tsx tests/bench/convert.ts      (or `npm run bench -- convert`)
 */
import type { BlockObjectRequest } from '@notionhq/client';
import { markdownToBlocks } from '@tryfabric/martian';
import { parseHTML } from 'linkedom';
import TurndownService from 'turndown';
import { pathToFileURL } from 'node:url';
import '../../lib/capture/page/defuddle-per-page';
import { extractArticle } from '../../lib/capture/page/article';
import { blocksText } from '../../lib/convert/testing/block-text';
import { convertDom } from '../../lib/convert/convert-dom';
import { findLimitViolations } from '../../lib/notion/api/limit-check';
import { CORPUS_URL, corpusPages, parseDocument, readCorpusFile } from '../golden/corpus';
import { wordRecall } from '../golden/recall';

/** Runs per page and pipeline; the fastest run counts, as the least disturbed by others. */
const RUNS = 3;

type Pipeline = (html: string) => BlockObjectRequest[];

const ours: Pipeline = (html) => {
  const { document } = parseHTML(`<!doctype html><html><body>${html}</body></html>`);
  return convertDom(document as unknown as Document, { baseUrl: CORPUS_URL }).blocks;
};

const turndownMartian: Pipeline = (html) => {
  const markdown = new TurndownService({ headingStyle: 'atx', codeBlockStyle: 'fenced' }).turndown(
    html,
  );
  // martian's own block type is a structural copy of an older SDK's; the limit checker
  // and text reader take any block-shaped JSON.
  return markdownToBlocks(markdown) as unknown as BlockObjectRequest[];
};

function fastest(pipeline: Pipeline, html: string): { ms: number; blocks: BlockObjectRequest[] } {
  let best = Infinity;
  let blocks: BlockObjectRequest[] = [];
  for (let i = 0; i < RUNS; i += 1) {
    const started = performance.now();
    blocks = pipeline(html);
    best = Math.min(best, performance.now() - started);
  }
  return { ms: best, blocks };
}

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
};
const round = (value: number, digits = 4) => Number(value.toFixed(digits));

/** Figures for bench-results.json, keys prefixed `convert.`. */
export async function benchConvert(): Promise<Record<string, number>> {
  const articles = corpusPages().map((page) => {
    const article = extractArticle(parseDocument(readCorpusFile(page, 'source.html')), CORPUS_URL);
    return { page, html: article.html, text: article.text };
  });
  // One untimed pass warms both pipelines' code paths (JIT, lazy module setup).
  for (const { html } of articles.slice(0, 5)) {
    ours(html);
    turndownMartian(html);
  }
  const rows = articles.map(({ html, text }) => {
    const a = fastest(ours, html);
    const b = fastest(turndownMartian, html);
    return {
      oursMs: a.ms,
      theirsMs: b.ms,
      oursViolations: findLimitViolations(a.blocks).length,
      theirsViolations: findLimitViolations(b.blocks).length,
      oursRecall: wordRecall(text, blocksText(a.blocks)),
      theirsRecall: wordRecall(text, blocksText(b.blocks)),
    };
  });
  const sum = (pick: (row: (typeof rows)[number]) => number) =>
    rows.reduce((s, r) => s + pick(r), 0);
  const oursMedian = median(rows.map((r) => r.oursMs));
  const theirsMedian = median(rows.map((r) => r.theirsMs));
  return {
    'convert.pages': rows.length,
    'convert.median_ms': round(oursMedian, 3),
    'convert.median_ms_turndown_martian': round(theirsMedian, 3),
    'convert.speedup_vs_turndown_martian': round(theirsMedian / oursMedian, 2),
    'convert.limit_violations': sum((r) => r.oursViolations),
    'convert.limit_violations_turndown_martian': sum((r) => r.theirsViolations),
    'convert.recall_min': round(Math.min(...rows.map((r) => r.oursRecall))),
    'convert.recall_median': round(median(rows.map((r) => r.oursRecall))),
    'convert.recall_min_turndown_martian': round(Math.min(...rows.map((r) => r.theirsRecall))),
    'convert.recall_median_turndown_martian': round(median(rows.map((r) => r.theirsRecall))),
  };
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  console.log(await benchConvert());
}
