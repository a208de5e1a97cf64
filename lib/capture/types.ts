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
}
