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
