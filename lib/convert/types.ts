import type { BlockObjectRequest } from '@notionhq/client';

/**
 * One kind of loss in a conversion: something downgraded (a table flattened, an h5 shown
 * as bold text) or dropped (an inline SVG), with how many times it happened.
 */
export interface LossItem {
  /** Stable identifier, e.g. `table_flattened`, `svg_dropped`, `heading_downgraded`. */
  kind: string;
  count: number;
}

export interface LossReport {
  items: LossItem[];
}

export interface ConversionResult {
  blocks: BlockObjectRequest[];
  report: LossReport;
}

/**
 * Every kind of loss the converter reports. Each has a sentence in the `convert`
 * message area (`lib/i18n/messages/convert.ts`).
 */
export const LOSS_KINDS = [
  'heading_downgraded',
  'table_span_flattened',
  'table_split',
  'table_columns_dropped',
  'table_cell_flattened',
  'svg_dropped',
  'canvas_dropped',
  'embed_dropped',
  'form_control_dropped',
  'frame_dropped',
  'image_data_url',
  'image_not_loaded',
  'image_unsupported',
  'image_url_too_long',
  'media_unsupported',
  'link_unsupported',
  'link_too_long',
  'equation_too_long',
  'text_truncated',
  'more_not_loaded',
  /** A PDF tab saved as the file's link: the extension may not fetch it. */
  'pdf_linked',
] as const;

export type LossKind = (typeof LOSS_KINDS)[number];

/** What the converter needs besides the DOM. */
export interface ConvertOptions {
  /** Absolute URL that relative links and images resolve against (`document.baseURI`). */
  baseUrl: string;
  /**
   * Called for an image Notion cannot fetch by address (a `data:` URL). Return a block
   * (for instance an image with a `file_upload` id once uploads exist) to keep it; by
   * default the image is dropped and reported as `image_data_url`.
   */
  onDataImage?: (dataUrl: string, alt: string) => BlockObjectRequest | null;
}
