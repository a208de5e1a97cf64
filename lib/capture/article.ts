import Defuddle from 'defuddle/full';
import { documentBaseUrl } from '../convert/urls';
import { applyLazyImageUpgrades, findLazyImageUpgrades } from './lazy-images';
import { plainText } from './plain-text';

/** The main content of a page, as a detached DOM plus what the extractor learned. */
export interface ExtractedArticle {
  /** `<body>` of an inert document holding the extracted content (scripts never run). */
  root: Element;
  /** The extracted content as defuddle serialised it (before lazy images are upgraded). */
  html: string;
  /** Plain text of the extracted content, one line per block. */
  text: string;
  title: string;
  author: string | null;
  published: string | null;
  siteName: string | null;
  wordCount: number;
}

/** A document parsed from `html` by the page's own parser: inert, images not loaded. */
export function parseHtml(doc: Document, html: string): Document {
  // linkedom exposes DOMParser on its window only; browsers have it globally too.
  const Parser = doc.defaultView?.DOMParser ?? globalThis.DOMParser;
  // Fragments need the full skeleton: linkedom leaves <body> empty without it.
  const body = html.replace(/^\s*<body[^>]*>/i, '').replace(/<\/body>\s*$/i, '');
  return new Parser().parseFromString(
    `<!doctype html><html><body>${body}</body></html>`,
    'text/html',
  );
}

/**
 * Extracts the main content of `doc` with defuddle, which also standardises code blocks
 * (language kept), math (MathML with its LaTeX) and footnotes. `useAsync: false` keeps
 * defuddle from fetching anything (transcripts, third-party APIs): capture makes no
 * network call.
 *
 * Defuddle is given a copy of the page, never the page: before extracting, it rewrites
 * `srcset` attributes and promotes <noscript> images in the document it is handed
 * (0.19.4, `_normalizeAttributes` / `_resolveNoscriptImages`), which on the live page
 * would reorder attributes and insert images the user can see. A copy has no window, so
 * defuddle sizes images by their attributes instead of their layout.
 */
export function extractArticle(doc: Document, pageUrl: string): ExtractedArticle {
  const baseUrl = documentBaseUrl(doc, pageUrl);
  const upgrades = findLazyImageUpgrades(doc, baseUrl);
  const copy = doc.cloneNode(true) as Document;
  const result = new Defuddle(copy, { url: pageUrl, useAsync: false }).parse();
  const root = parseHtml(doc, result.content ?? '').body;
  applyLazyImageUpgrades(root, upgrades, baseUrl);
  return {
    root,
    html: result.content ?? '',
    text: plainText(root),
    title: result.title?.trim() ?? '',
    author: result.author?.trim() || null,
    published: result.published?.trim() || null,
    siteName: result.site?.trim() || null,
    wordCount: result.wordCount ?? 0,
  };
}
