/**
 * A PDF tab's file as an attachment: the capture's `pdf` block of the tab's own address
 * becomes an upload fetched at send time (`fetch-pdf.ts`), the address kept as its
 * fallback. Pure.
 *
 * Only top-level `pdf` blocks of the capture's own address are planned: that is what a
 * PDF tab's capture holds (`lib/capture/pdf-tab.ts`), and no address a page wrote is
 * ever fetched this way.
 */
import type { BlockObjectRequest } from '@notionhq/client';
import type { PlanAttachment } from '../../notion/plan/types';
import { plannedPdfBlock } from '../../notion/plan/uploads';
import { isPdfAddress, pdfFileName } from '../../capture/pdf-tab';
import { PDF_TYPE } from './fetch-pdf';

export interface CapturePdfs {
  blocks: BlockObjectRequest[];
  attachments: PlanAttachment[];
}

function externalPdfUrl(block: BlockObjectRequest): string | null {
  if (block.type !== 'pdf') return null;
  const pdf = (block as { pdf?: { type?: unknown; external?: { url?: unknown } } }).pdf;
  const url = pdf?.type === 'external' ? pdf.external?.url : null;
  return typeof url === 'string' ? url : null;
}

/**
 * `blocks` with the `pdf` block of `sourceUrl` planned as the upload of attachment
 * `first` (the screenshot's and images' come before it). Unchanged when the capture has
 * none, or when `allowed` is false (no access to websites: the link stays).
 */
export function capturePdfs(
  blocks: readonly BlockObjectRequest[],
  sourceUrl: string,
  allowed: boolean,
  first: number,
): CapturePdfs {
  const attachments: PlanAttachment[] = [];
  if (!allowed || !isPdfAddress(sourceUrl)) return { blocks: [...blocks], attachments };
  const out = blocks.map((block) => {
    if (attachments.length > 0 || externalPdfUrl(block) !== sourceUrl) return block;
    attachments.push({
      filename: pdfFileName(sourceUrl),
      contentType: PDF_TYPE,
      imageBlock: false,
      source: { kind: 'pdf', url: sourceUrl },
    });
    return plannedPdfBlock(first, sourceUrl);
  });
  return { blocks: out, attachments };
}
