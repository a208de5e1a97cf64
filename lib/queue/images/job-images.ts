/**
 * A capture's images as attachments, when image copying is on and allowed: each image
 * block with a web address becomes an upload fetched at send time (its address kept as
 * the fallback), each `data:` image the page carried an upload of bytes stored with the
 * job. Pure: the bytes of `data:` images are checked here, nothing is fetched.
 */
import type { BlockObjectRequest } from '@notionhq/client';
import { DATA_IMAGE_BUDGET, dataImageIndex } from '../../capture/page/data-images';
import { blockType, childrenOf } from '../../notion/api/request-types';
import type { PlanAttachment } from '../../notion/plan/types';
import { plannedImageBlock } from '../../notion/plan/uploads';
import { imageExtension, uploadCap } from '../../notion/api/upload-types';
import { decodeImageDataUrl } from './data-url';
import { filenameFor } from './filename';

/**
 * Images of one capture copied at most. Each costs two requests, about 0.7 s at
 * Notion's 3 per second; past this, a gallery page would hold the queue for minutes,
 * and further images stay linked.
 */
export const MAX_IMAGE_UPLOADS = 100;

export interface CaptureImages {
  blocks: BlockObjectRequest[];
  attachments: PlanAttachment[];
  /** Base64 of the `data:` images to upload, by `source.index`. */
  data: string[];
  /** `data:` images left out: over a limit or not an image, with no address to keep. */
  dropped: number;
}

type Json = Record<string, unknown>;

/** A block with its children replaced (none: without `children`). */
function withChildren(
  block: BlockObjectRequest,
  children: BlockObjectRequest[],
): BlockObjectRequest {
  const type = blockType(block);
  const content = { ...((block as Json)[type] as Json) };
  if (children.length > 0) content.children = children;
  else delete content.children;
  return { ...block, [type]: content } as BlockObjectRequest;
}

/** Every block, depth first, through `visit` (which may replace or drop it). */
function mapBlocks(
  blocks: readonly BlockObjectRequest[],
  visit: (block: BlockObjectRequest) => BlockObjectRequest | null,
): BlockObjectRequest[] {
  const out: BlockObjectRequest[] = [];
  for (const block of blocks) {
    const kept = visit(block);
    if (!kept) continue;
    const children = childrenOf(block);
    out.push(children.length > 0 ? withChildren(kept, mapBlocks(children, visit)) : kept);
  }
  return out;
}

function imageOf(block: BlockObjectRequest): Json | null {
  const image = block.type === 'image' ? (block as { image?: unknown }).image : null;
  return typeof image === 'object' && image !== null ? (image as Json) : null;
}

function captionOf(image: Json): unknown[] {
  return Array.isArray(image.caption) ? image.caption : [];
}

/**
 * The capture's blocks with their images planned as uploads (attachment indices start
 * at `first`, after the screenshot's), the attachments and the stored bytes.
 */
export function captureImages(
  blocks: readonly BlockObjectRequest[],
  dataImages: readonly string[],
  maxUploadBytes: number | null,
  first = 0,
): CaptureImages {
  const attachments: PlanAttachment[] = [];
  const data: string[] = [];
  let dropped = 0;
  let stored = 0;
  const cap = uploadCap(maxUploadBytes);
  const room = () => attachments.length < MAX_IMAGE_UPLOADS;
  const out = mapBlocks(blocks, (block) => {
    const image = imageOf(block);
    if (!image) return block;
    const external = image.external as { url?: unknown } | undefined;
    const url = typeof external?.url === 'string' ? external.url : null;
    if (image.type === 'external' && url && /^https?:\/\//i.test(url)) {
      if (!room()) return block;
      const index = first + attachments.length;
      attachments.push({
        filename: filenameFor(url, null),
        contentType: 'image/*',
        imageBlock: false,
        source: { kind: 'url', url },
      });
      return plannedImageBlock(index, url, captionOf(image));
    }
    const upload = image.file_upload as { id?: unknown } | undefined;
    const marked = dataImageIndex(upload?.id);
    if (marked === null) return block;
    const decoded = decodeImageDataUrl(dataImages[marked] ?? '');
    const fits =
      decoded !== null &&
      decoded.size <= cap &&
      stored + decoded.base64.length <= DATA_IMAGE_BUDGET &&
      room();
    if (!fits) {
      dropped += 1;
      return null;
    }
    stored += decoded.base64.length;
    const index = first + attachments.length;
    attachments.push({
      filename: `image-${data.length + 1}.${imageExtension(decoded.contentType)}`,
      contentType: decoded.contentType,
      imageBlock: false,
      source: { kind: 'data', index: data.length },
    });
    data.push(decoded.base64);
    return plannedImageBlock(index, null, captionOf(image));
  });
  return { blocks: out, attachments, data, dropped };
}

/** The blocks without `data:` images: what a capture saves when copying is off. */
export function withoutDataImages(blocks: readonly BlockObjectRequest[]): BlockObjectRequest[] {
  return mapBlocks(blocks, (block) => {
    const upload = imageOf(block)?.file_upload as { id?: unknown } | undefined;
    return dataImageIndex(upload?.id) === null ? block : null;
  });
}
