/**
 * Extraction benchmark: defuddle alone, capture's extraction (`extractArticle`: defuddle
 * with a Readability cross-check) and @mozilla/readability alone on every corpus page, in
 * Chromium (where capture runs for users) and under Node with linkedom (the command line
 * and the golden fixtures). Figures: recall of the words of the corpus's `expected.html`
 * (Readability's own output, so a reference that favours Readability), the share of
 * extracted words that expected.html also has, and the median extraction time. For
 * capture the words counted are those of the Notion blocks it makes (what a person finds
 * in Notion), not of the extracted HTML; `reader-text.ts` says what is not counted as a
 * loss. The pages under 0.95 are printed and kept as `….below_0.95.<page>` figures. In
 * Chromium also capture's extraction with its conversion against Obsidian Web Clipper's
 * pipeline (`versusWebClipper`).
 *
 *   npx tsx tests/bench/extract.ts
 */
import { Readability } from '@mozilla/readability';
import { chromium } from '@playwright/test';
import { build } from 'esbuild';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import '../../lib/capture/page/defuddle-per-page';
import { defuddleFor, extractArticle } from '../../lib/capture/page/article';
import { convertDom } from '../../lib/convert/convert-dom';
import {
  CORPUS_URL,
  corpusPages,
  parseDocument,
  projectRoot,
  readCorpusFile,
} from '../golden/corpus';
import { blocksReaderText, htmlReaderText, readerRecall } from './reader-text';
import { defuddleLinearEsbuild } from '../../build/defuddle-linear';
import { sandboxFlags } from '../tools/find-chromium';

interface Extracted {
  html: string;
  ms: number;
  /** The reader's text of the Notion blocks made from it (capture only). */
  blocksText?: string;
}
type Side = 'defuddle' | 'capture' | 'readability';
const SIDES: Side[] = ['defuddle', 'capture', 'readability'];

/** A page's result in Chromium, with the Web Clipper's pipeline and capture's conversion. */
type InPage = Record<Side | 'owc', Extracted> & { convertMs: number };

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
};
const round = (value: number, digits = 4) => Number(value.toFixed(digits));

const textOf = (html: string) => htmlReaderText(parseDocument('<p></p>'), html);
const BELOW = 0.95;

function inNode(page: string): Record<Side, Extracted> {
  const html = readCorpusFile(page, 'source.html');
  const timed = (run: (doc: Document) => string): Extracted => {
    const doc = parseDocument(html);
    const started = performance.now();
    return { html: run(doc), ms: performance.now() - started };
  };
  return {
    defuddle: timed(
      (doc) => defuddleFor(doc, { url: CORPUS_URL, useAsync: false }).parse().content,
    ),
    capture: capturedInNode(html),
    readability: timed((doc) => new Readability(doc).parse()?.content ?? ''),
  };
}

function capturedInNode(html: string): Extracted {
  const doc = parseDocument(html);
  const started = performance.now();
  const article = extractArticle(doc, CORPUS_URL);
  const ms = performance.now() - started;
  const { blocks } = convertDom(article.root, { baseUrl: CORPUS_URL });
  return { html: article.html, ms, blocksText: blocksReaderText(blocks) };
}

async function inChromium(pages: string[]): Promise<Map<string, InPage>> {
  const entry = path.join(projectRoot, 'tests/bench/extract-entry.ts');
  const bundle = (
    await build({
      entryPoints: [entry],
      bundle: true,
      format: 'iife',
      write: false,
      logLevel: 'silent',
      // What the extension ships: defuddle with its passes made linear.
      plugins: [defuddleLinearEsbuild()],
    })
  ).outputFiles[0]!.text;
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: [...sandboxFlags(), '--disable-gpu', '--disable-background-networking'],
  });
  const page = await browser.newPage();
  let current = '';
  await page.route('**/*', (route) =>
    route.request().url() === CORPUS_URL
      ? route.fulfill({
          body: readCorpusFile(current, 'source.html'),
          contentType: 'text/html; charset=utf-8',
        })
      : route.abort(),
  );
  const out = new Map<string, InPage>();
  for (const name of pages) {
    current = name;
    await page.goto(CORPUS_URL, { waitUntil: 'domcontentloaded' });
    await page.addScriptTag({ content: bundle });
    out.set(
      name,
      await page.evaluate(() =>
        (globalThis as unknown as { extractAll: () => InPage }).extractAll(),
      ),
    );
  }
  await browser.close();
  return out;
}

function figures(prefix: string, results: Map<string, Record<Side, Extracted>>) {
  const out: Record<string, number> = {};
  for (const side of SIDES) {
    const recalls: number[] = [];
    const precisions: number[] = [];
    const times: number[] = [];
    for (const [page, both] of results) {
      const expected = textOf(readCorpusFile(page, 'expected.html'));
      const got = both[side].blocksText ?? textOf(both[side].html);
      const recall = readerRecall(expected, got);
      recalls.push(recall);
      precisions.push(readerRecall(got, expected));
      times.push(both[side].ms);
      if (side === 'capture' && recall < BELOW)
        out[`${prefix}.${side}.below_0.95.${page}`] = round(recall);
    }
    out[`${prefix}.${side}.recall_min`] = round(Math.min(...recalls));
    out[`${prefix}.${side}.recall_median`] = round(median(recalls));
    out[`${prefix}.${side}.recall_mean`] = round(
      recalls.reduce((a, b) => a + b, 0) / recalls.length,
    );
    out[`${prefix}.${side}.pages_recall_below_0.9`] = recalls.filter((r) => r < 0.9).length;
    out[`${prefix}.${side}.pages_recall_below_0.95`] = recalls.filter((r) => r < BELOW).length;
    out[`${prefix}.${side}.precision_median`] = round(median(precisions));
    out[`${prefix}.${side}.median_ms`] = round(median(times), 2);
  }
  return out;
}

/** Extraction figures, keys prefixed `extract.`. */
/**
 * `extract.ratio_vs_owc_pipeline`: capture's extraction and conversion to blocks, median
 * over the pages, ÷ Obsidian Web Clipper's pipeline (defuddle with its Markdown output)
 * on the same pages in the same run; below 1 is faster. The recall of capture's
 * extraction is printed beside it (`extract.chromium.capture.recall_min`): speed is
 * never bought with lost text.
 */
function versusWebClipper(results: Map<string, InPage>): Record<string, number> {
  const ours = [...results.values()].map((page) => page.capture.ms + page.convertMs);
  const theirs = [...results.values()].map((page) => page.owc.ms);
  return {
    'extract.chromium.pipeline_median_ms': round(median(ours), 2),
    'extract.chromium.owc_pipeline_median_ms': round(median(theirs), 2),
    'extract.ratio_vs_owc_pipeline': round(median(ours) / median(theirs), 3),
  };
}

export async function benchExtract(): Promise<Record<string, number>> {
  const pages = corpusPages();
  const node = new Map(pages.map((page) => [page, inNode(page)]));
  const result = figures('extract.linkedom', node);
  if (existsSync(process.env.CHROMIUM_PATH ?? '/usr/bin/chromium')) {
    const chromium = await inChromium(pages);
    Object.assign(result, figures('extract.chromium', chromium), versusWebClipper(chromium));
  }
  const below = Object.entries(result).filter(([key]) => key.includes('.below_0.95.'));
  console.log(
    below.length === 0
      ? `  every page's capture recall ≥ ${BELOW}`
      : `  pages whose capture recall < ${BELOW}:\n${below.map(([k, v]) => `    ${k} ${v}`).join('\n')}`,
  );
  return result;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  console.log(await benchExtract());
}
