import type { BlockObjectRequest } from '@notionhq/client';
import type { LossReport } from '../convert/types';

/** What a person asked to save. */
export type CaptureMode = 'bookmark' | 'article' | 'selection' | 'link' | 'image' | 'screenshot';

/** What the page says about itself, from `<meta>`, JSON-LD and the document. */
export interface PageMetadata {
  title: string;
  /** The address of the tab. */
  url: string;
  /** `<link rel=canonical>` or `og:url`, resolved; null when the page names none. */
  canonicalUrl: string | null;
  description: string | null;
  /** og:image or twitter:image, absolute. */
  image: string | null;
  favicon: string | null;
  siteName: string | null;
  author: string | null;
  /** ISO 8601 as the page gave it. */
  publishedTime: string | null;
  /** BCP 47 language tag. */
  language: string | null;
}

/**
 * Everything the injected capture script returns: plain, structured-cloneable data. It
 * never sees a Notion secret and makes no network call.
 */
export interface PageCapture {
  mode: CaptureMode;
  metadata: PageMetadata;
  /** The content converted to Notion blocks (empty for a bare bookmark). */
  blocks: BlockObjectRequest[];
  report: LossReport;
  /** Plain text of the selection (selection mode) or of the article (article mode). */
  text: string | null;
  /** Context-menu link or image, when the capture started from one. */
  link: { url: string; text: string } | null;
  image: { url: string; alt: string } | null;
  /**
   * `data:` images to upload, when the request asked for them: image blocks name them
   * by `dataImageRef(i)` (`data-images.ts`). Absent when there are none.
   */
  dataImages?: string[];
  /**
   * The page's `<meta>` tags and JSON-LD for rule templates (`page/template-fields.ts`),
   * bounded. Absent when the page was not read (a capture made from the tab alone).
   */
  meta?: Record<string, string>;
  jsonLd?: unknown[];
  /**
   * Present for a tab showing a PDF (`pdf-tab.ts`): the file's address. Its blocks (one
   * `pdf` block) are saved whatever the mode, as the file is the page.
   */
  pdf?: { url: string };
}

/**
 * What the background asks the injected script to capture: plain, structured-cloneable
 * data (it crosses `scripting.executeScript`).
 */
export type CaptureRequest = (
  | { mode: 'bookmark' }
  | { mode: 'article' }
  | { mode: 'selection' }
  | { mode: 'screenshot' }
  | { mode: 'link'; link: { url: string; text: string } }
  | { mode: 'image'; image: { url: string; alt: string } }
) & {
  /** The frame to capture (a context-menu click inside an iframe); the top frame if absent. */
  frameId?: number;
  /**
   * Carry `data:` images for upload (image copying is on and allowed) instead of
   * dropping them. Off by default: the capture is then exactly what it always was.
   */
  dataImages?: boolean;
};

/**
 * The global the injected `/capture.js` defines in the extension's isolated world of a
 * page (invisible to the page's own scripts); `captureTab` calls it.
 */
export const CAPTURE_GLOBAL = '__quickCaptureForNotion';

/**
 * The global `/capture-math.js` defines the same way: `/capture.js` with defuddle's full
 * build, which turns a page's math into LaTeX; injected instead of it on a page with
 * math (`pageHasMath`).
 */
export const CAPTURE_MATH_GLOBAL = '__quickCaptureForNotionMath';

/**
 * What `/capture.js` answers instead of an article when the page has math (it gained
 * some after the script was injected): `captureTab` then injects `/capture-math.js`.
 */
export const NEEDS_MATH_BUILD = 'needs-math-build';

/**
 * The global the light `/capture-light.js` defines the same way: every mode but the
 * article, without the article extractor (most of `/capture.js`'s size).
 */
export const CAPTURE_LIGHT_GLOBAL = '__quickCaptureForNotionLight';
