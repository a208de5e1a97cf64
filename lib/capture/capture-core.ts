/**
 * What every capture script does in the page, whichever modes it carries: metadata, the
 * selection, a link, an image, and (given the extractor) the article.
 */
import type { BlockObjectRequest } from '@notionhq/client';
import { mediaBlock } from '../convert/build/blocks';
import { convertDom } from '../convert/convert-dom';
import { LossCollector } from '../convert/loss';
import type { LossKind, LossReport } from '../convert/types';
import { documentBaseUrl, resolveUrl, type UrlProblem } from '../convert/build/urls';
import type { ExtractedArticle } from './page/article';
import { DataImages } from './page/data-images';
import { readMetadata } from './page/metadata';
import { countClosedMore } from './page/not-loaded';
import { readSelection, type SelectionContent } from './page/selection';
import { readTemplateFields } from './page/template-fields';
import type { CaptureRequest, PageCapture } from './types';

/** Where the page is and what is selected: the browser's globals, or stand-ins under Node. */
export interface CaptureEnvironment {
  /** The page address (`location.href`). */
  url: string;
  /** The user's selection, for selection mode (`document.getSelection()`). */
  selection?: SelectionContent | null;
}

const empty = (): LossReport => ({ items: [] });

function imageLoss(url: string, problem: UrlProblem): LossKind {
  if (url.trim().startsWith('data:')) return 'image_data_url';
  return problem === 'too_long' ? 'image_url_too_long' : 'image_unsupported';
}

/** The article extractor (defuddle with its cross-check), or null where it is not loaded. */
export type ArticleExtractor = (doc: Document, url: string) => ExtractedArticle;

/**
 * Captures `doc` as `request` asks: metadata always, plus the article, the selection,
 * or a context-menu link or image as Notion blocks. Runs in the page (injected) and
 * under Node with linkedom (command line, tests) alike; makes no network call and sees
 * no Notion secret. `extract` is the heavy part, needed only for the article: the light
 * capture script, injected for every other mode, leaves it out.
 */
export function captureWith(
  extract: ArticleExtractor | null,
  doc: Document,
  request: CaptureRequest,
  env: CaptureEnvironment,
): PageCapture {
  const metadata = readMetadata(doc, env.url);
  const baseUrl = documentBaseUrl(doc, env.url);
  const images = request.dataImages ? new DataImages() : null;
  const options = images ? { baseUrl, onDataImage: images.keep } : { baseUrl };
  // Only when some were kept, so that a capture without them keeps its old shape.
  const carried = () => (images && images.urls.length > 0 ? { dataImages: images.urls } : {});
  const base: PageCapture = {
    mode: request.mode,
    metadata,
    blocks: [],
    report: empty(),
    text: null,
    link: null,
    image: null,
    // For rule templates (`{{meta:…}}`, `{{schema:…}}`): what the page says of itself.
    ...readTemplateFields(doc),
  };
  switch (request.mode) {
    case 'article': {
      if (!extract) throw new Error('the article extractor is not loaded in this script');
      const article = extract(doc, env.url);
      const { blocks, report: converted } = convertDom(article.root, options);
      // What the page was still holding back is in the report too (`not-loaded.ts`).
      const closed = countClosedMore(doc);
      const report = closed
        ? { items: [...converted.items, { kind: 'more_not_loaded', count: closed }] }
        : converted;
      const metadataWithArticle = {
        ...metadata,
        title: metadata.title || article.title,
        author: metadata.author ?? article.author,
        publishedTime: metadata.publishedTime ?? article.published,
      };
      return {
        ...base,
        metadata: metadataWithArticle,
        blocks,
        report,
        text: article.text,
        ...carried(),
      };
    }
    case 'selection': {
      const selection = env.selection ?? readSelection(doc, doc.getSelection?.() ?? null);
      if (!selection) return base;
      const { blocks, report } = convertDom(selection.root, options);
      return { ...base, blocks, report, text: selection.text, ...carried() };
    }
    case 'link': {
      const resolved = resolveUrl(request.link.url, baseUrl);
      const link = {
        url: resolved.ok ? resolved.url : request.link.url,
        text: request.link.text.trim(),
      };
      const blocks: BlockObjectRequest[] = resolved.ok
        ? [mediaBlock('bookmark', resolved.url)]
        : [];
      const losses = new LossCollector();
      if (!resolved.ok)
        losses.add(resolved.problem === 'too_long' ? 'link_too_long' : 'link_unsupported');
      return { ...base, blocks, report: losses.report(), link };
    }
    case 'image': {
      // The address is kept even when Notion cannot fetch it (a data: image): the
      // background may upload the bytes instead.
      const resolved = resolveUrl(request.image.url, baseUrl);
      const image = { url: resolved.ok ? resolved.url : request.image.url, alt: request.image.alt };
      const losses = new LossCollector();
      const uploaded = !resolved.ok && images ? images.keep(request.image.url.trim()) : null;
      if (!resolved.ok && !uploaded) losses.add(imageLoss(request.image.url, resolved.problem));
      const block = resolved.ok ? mediaBlock('image', resolved.url) : uploaded;
      const blocks = block ? [block] : [];
      return { ...base, blocks, report: losses.report(), image, ...carried() };
    }
    case 'bookmark':
    case 'screenshot':
      return base;
  }
}
