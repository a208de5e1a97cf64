import { parseHtml } from './parse-html';
import { Readability } from '@mozilla/readability';
import type { DefuddleOptions, DefuddleResponse } from 'defuddle';
import { defuddleBuildFor } from './defuddle-build';
import { documentBaseUrl } from '../../convert/build/urls';
import { applyLazyImageUpgrades, findLazyImageUpgrades } from './lazy-images';
import { crossCheckWorthIt } from './cross-check-gate';
import { readableText } from './readable-text';
import { mergeContent } from './merge-content';
import { coverageOf, wordCounts } from './word-coverage';

/** The main content of a page, as a detached DOM plus what the extractor learned. */
export interface ExtractedArticle {
  /** Which extractor's content this is (see `extractArticle`). */
  extractor: 'defuddle' | 'readability' | 'merged';
  /** Defuddle's site extractor that read the page (`twitter`, `reddit`, …), if one did. */
  site: string | null;
  /** `<body>` of an inert document holding the extracted content (scripts never run). */
  root: Element;
  /** The extracted content as serialised HTML (before lazy images are upgraded). */
  html: string;
  /** Plain text of the extracted content, one line per block. */
  text: string;
  title: string;
  author: string | null;
  published: string | null;
  siteName: string | null;
  wordCount: number;
}

/**
 * A defuddle for `doc` that cannot change it. Defuddle 0.19.4 edits the document it is
 * handed before copying it (`parse()` rewrites `srcset` attributes and inserts the images
 * of <noscript> fallbacks), which on the live page would insert images the user sees and
 * make the page fetch them. So it reads a copy. A copy has no window: defuddle then
 * judges hidden elements and image sizes by attributes rather than layout, and keeps
 * less of some pages — the Readability cross-check below catches those. The build is
 * the one chosen for the page (`defuddle-build.ts`: the full one only where it has math).
 */
export function defuddleFor(
  doc: Document,
  options: DefuddleOptions,
): { parse(): DefuddleResponse } {
  const Defuddle = defuddleBuildFor(doc);
  return new Defuddle(doc.cloneNode(true) as Document, options);
}

// Defuddle sometimes chooses too narrow a root (a lead paragraph or a header left out),
// removes parts a reader sees as content (bylines and cards on an index page, comments),
// or stops early. When Readability found words defuddle lacks, either Readability's
// content holds nearly all defuddle's and a good deal more — a superset, taken instead —
// or the pieces only Readability found are merged into defuddle's content in their place.
const DEFUDDLE_MISSES = 0.8;
const READABILITY_HOLDS = 0.9;
const MERGE_BELOW = 0.95;

/** Readability's article, from a copy (Readability changes the document it reads). */
function readabilityContent(doc: Document): string | null {
  try {
    const copy = doc.cloneNode(true) as Document;
    return new Readability(copy, { keepClasses: true }).parse()?.content ?? null;
  } catch {
    // A cross-check only: defuddle's result stands if Readability cannot read the page.
    return null;
  }
}

/**
 * The extraction as steps: each `yield` is a point where the page may run its own work
 * before the next pass (`extractArticleInSlices`). The passes are those of
 * `extractArticle`, in the same order.
 */
export function* extractionSteps(
  doc: Document,
  pageUrl: string,
): Generator<void, ExtractedArticle> {
  const baseUrl = documentBaseUrl(doc, pageUrl);
  const upgrades = findLazyImageUpgrades(doc, baseUrl);
  const result = defuddleFor(doc, { url: pageUrl, useAsync: false }).parse();
  yield;
  let extractor: ExtractedArticle['extractor'] = 'defuddle';
  let html = result.content ?? '';
  let root = parseHtml(doc, html).body;
  let text = readableText(root);
  // A site extractor (a thread on X, a Reddit or Hacker News post, a YouTube video) reads
  // the page by its known structure — the author's posts in order, then the replies —
  // which Readability's reading of the same page would only disturb. Otherwise
  // Readability reads the whole page again only when the page has words that defuddle's
  // content lacks, which Readability could bring back.
  const other =
    !result.extractorType && crossCheckWorthIt(doc, text) ? readabilityContent(doc) : null;
  if (other) {
    yield;
    const otherRoot = parseHtml(doc, other).body;
    const otherText = readableText(otherRoot);
    // Each text's words counted once, for both directions.
    const [counts, otherCounts] = [wordCounts(text), wordCounts(otherText)];
    const found = coverageOf(otherCounts, counts);
    if (found < DEFUDDLE_MISSES && coverageOf(counts, otherCounts) >= READABILITY_HOLDS) {
      [extractor, html, root, text] = ['readability', other, otherRoot, otherText];
    } else if (found < MERGE_BELOW && mergeContent(root, otherRoot) > 0) {
      // Reading, not writing: the serialisation of our own detached copy, for callers that
      // re-parse the content (the conversion benchmark).
      // eslint-disable-next-line no-restricted-properties
      [extractor, html, text] = ['merged', root.innerHTML, readableText(root)];
    }
  }
  applyLazyImageUpgrades(root, upgrades, baseUrl);
  return {
    extractor,
    site: result.extractorType ?? null,
    root,
    html,
    text,
    title: result.title?.trim() ?? '',
    author: result.author?.trim() || null,
    published: result.published?.trim() || null,
    siteName: result.site?.trim() || null,
    wordCount: result.wordCount ?? 0,
  };
}

/**
 * Extracts the main content of `doc` with defuddle, which also standardises code blocks
 * (language kept), math (MathML with its LaTeX) and footnotes, without changing the
 * page; Readability's content replaces it when defuddle visibly kept only part of the
 * article. `useAsync: false` keeps defuddle from fetching anything (transcripts,
 * third-party APIs): capture makes no network call.
 */
export function extractArticle(doc: Document, pageUrl: string): ExtractedArticle {
  const steps = extractionSteps(doc, pageUrl);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/**
 * `extractArticle` with `pause()` awaited between its passes, so that a long page keeps
 * answering (its timers, input, painting) while it is read.
 */
export async function extractArticleInSlices(
  doc: Document,
  pageUrl: string,
  pause: () => Promise<void>,
): Promise<ExtractedArticle> {
  const steps = extractionSteps(doc, pageUrl);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
    await pause();
  }
}
