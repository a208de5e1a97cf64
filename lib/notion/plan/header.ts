/**
 * What a capture adds around its own blocks: the header that introduces it on an inbox
 * page, the image blocks and files property that show an uploaded screenshot.
 */
import type { BlockObjectRequest } from '@notionhq/client';
import { NOTION_LIMITS, isNotionUrl } from '../api/limits';
import { splitText } from '../api/text';
import { idRef } from './refs';
import { bindAttachments } from './uploads';
import type { PageProperties, PlanAttachment, PlanOptions, PlanTarget } from './types';

/** An absolute http(s) URL Notion accepts as a link, else null. */
function linkableUrl(url: string | null | undefined): string | null {
  return url && isNotionUrl(url) ? url : null;
}

/** The plain text of the title property among page properties, if any. */
export function titleOf(properties: PageProperties): string | null {
  for (const value of Object.values(properties)) {
    if (typeof value === 'object' && value !== null && 'title' in value) {
      const items = (value as { title: Array<{ text?: { content?: string } }> }).title;
      return items.map((item) => item.text?.content ?? '').join('');
    }
  }
  return null;
}

/**
 * The header of a capture appended to an existing page: its title as a small heading
 * linked to the source, so captures stacked on one inbox page stay apart. A capture
 * with no content of its own (a bookmark) gets a bookmark block as well.
 */
export function headerBlocks(
  title: string,
  url: string | null,
  hasContent: boolean,
): BlockObjectRequest[] {
  const link = linkableUrl(url);
  // The heading holds one rich text item: the title cut to the first item's length.
  const [text = ''] = splitText(
    title.trim() || link || 'Untitled',
    NOTION_LIMITS.textContent,
    'code point',
  );
  const heading: BlockObjectRequest = {
    type: 'heading_3',
    heading_3: {
      rich_text: [{ type: 'text', text: { content: text, link: link ? { url: link } : null } }],
    },
  };
  if (hasContent || !link) return [heading];
  return [heading, { type: 'bookmark', bookmark: { url: link } }];
}

/** The image block that shows the upload made by step `uploadStep`. */
export function uploadImageBlock(uploadStep: number): BlockObjectRequest {
  return {
    type: 'image',
    image: { type: 'file_upload', file_upload: { id: idRef(uploadStep) } },
  };
}

/** Properties with each attachment that names a files property added to it. */
export function withFileProperties(
  properties: PageProperties,
  attachments: readonly PlanAttachment[],
  uploadSteps: readonly number[],
): PageProperties {
  const out: PageProperties = { ...properties };
  attachments.forEach((attachment, i) => {
    const name = attachment.fileProperty;
    const step = uploadSteps[i];
    if (!name || step === undefined) return;
    const previous = out[name];
    const files =
      previous && 'files' in previous && Array.isArray(previous.files) ? previous.files : [];
    out[name] = {
      files: [
        ...files,
        { type: 'file_upload', file_upload: { id: idRef(step) }, name: attachment.filename },
      ],
    };
  });
  return out;
}

/**
 * The capture's blocks with its screenshot images and, for an append, the header; the
 * blocks that name an attachment (`attachmentRef`) point at its upload step.
 */
export function contentBlocks(
  target: PlanTarget,
  properties: PageProperties,
  blocks: readonly BlockObjectRequest[],
  options: PlanOptions,
  uploads: readonly number[],
): BlockObjectRequest[] {
  const attachments = options.attachments ?? [];
  const images = (where: 'start' | 'end') =>
    attachments.flatMap((a, i) =>
      (a.imageBlock ?? 'start') === where ? [uploadImageBlock(uploads[i] ?? 0)] : [],
    );
  const content = [...images('start'), ...bindAttachments(blocks, uploads), ...images('end')];
  if (target.kind !== 'page' || target.pageMode !== 'append') return content;
  const title = options.source?.title ?? titleOf(properties) ?? '';
  return [...headerBlocks(title, options.source?.url ?? null, content.length > 0), ...content];
}
