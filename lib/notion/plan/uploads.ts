/**
 * Page images copied into Notion: how a block names an upload before the plan exists,
 * and how it falls back when its upload was skipped.
 *
 * Why blocks carry both forms: whether an image's bytes reach Notion is only known at
 * send time (the site may answer 404, the file may be over the workspace's cap). A
 * block planned as an upload therefore keeps its external address beside the upload
 * (`{type:'file_upload', file_upload, external}`); the planner measures that larger
 * form, so either settled form fits the request it was planned for, and the executor
 * keeps one (`settleUploads`) before sending. Nothing is removed: a block without an
 * address to fall back to (a `data:` image) becomes a paragraph with its caption, so
 * the result indices and anchors the plan relies on stay where they were planned.
 */
import type { BlockObjectRequest } from '@notionhq/client';
import type { LearnedByStep } from './refs';
import { idRef } from './refs';

const ATTACHMENT = /\{\{attachment(\d+)\}\}/g;
const STEP_ID = /^\{\{step(\d+)\.id\}\}$/;

/** Placeholder for the upload of attachment `index`, before steps are numbered. */
export function attachmentRef(index: number): string {
  return `{{attachment${index}}}`;
}

type Json = unknown;
type JsonObject = Record<string, Json>;

/**
 * An image block that shows the upload of attachment `index`, keeping `fallbackUrl`
 * (its address on the web; null for a `data:` image) for when the upload is skipped.
 */
export function plannedImageBlock(
  index: number,
  fallbackUrl: string | null,
  caption: readonly Json[] = [],
): BlockObjectRequest {
  const image: JsonObject = { type: 'file_upload', file_upload: { id: attachmentRef(index) } };
  if (fallbackUrl !== null) image.external = { url: fallbackUrl };
  if (caption.length > 0) image.caption = [...caption];
  // Both sources at once is a planning form only: `settleUploads` keeps one before sending.
  return { type: 'image', image } as BlockObjectRequest;
}

/**
 * A `pdf` block that shows the upload of attachment `index`, keeping the file's web
 * address for when the upload is skipped (settled like an image block).
 */
export function plannedPdfBlock(index: number, fallbackUrl: string): BlockObjectRequest {
  const pdf: JsonObject = {
    type: 'file_upload',
    file_upload: { id: attachmentRef(index) },
    external: { url: fallbackUrl },
  };
  return { type: 'pdf', pdf } as BlockObjectRequest;
}

function mapStrings(value: Json, map: (text: string) => string): Json {
  if (typeof value === 'string') return map(value);
  if (Array.isArray(value)) return value.map((item: Json) => mapStrings(item, map));
  if (typeof value === 'object' && value !== null) {
    const out: Record<string, Json> = {};
    for (const [key, item] of Object.entries(value)) out[key] = mapStrings(item, map);
    return out;
  }
  return value;
}

/** `value` with every attachment placeholder replaced by the id its upload step learns. */
export function bindAttachments<T>(value: T, uploadSteps: readonly number[]): T {
  // Most captures carry no attachment: planning them must not copy every block.
  if (uploadSteps.length === 0) return value;
  return mapStrings(value, (text) =>
    text.replace(ATTACHMENT, (_whole, index: string) => {
      const step = uploadSteps[Number(index)];
      if (step === undefined) throw new Error(`No upload planned for attachment ${index}.`);
      return idRef(step);
    }),
  ) as T;
}

/** The step whose id a `{{stepN.id}}` placeholder names, or null. */
function stepOf(id: unknown): number | null {
  const match = typeof id === 'string' ? STEP_ID.exec(id) : null;
  return match ? Number(match[1]) : null;
}

type Outcome = 'uploaded' | 'skipped' | 'unknown';

function outcomeOf(id: unknown, learned: LearnedByStep): Outcome {
  const step = stepOf(id);
  if (step === null) return 'unknown';
  const entry = learned[step];
  if (entry?.skipped) return 'skipped';
  return entry?.id ? 'uploaded' : 'unknown';
}

const isRecord = (value: Json): value is JsonObject =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** Block types planned as an upload with their address kept beside it. */
const SETTLED_TYPES = ['image', 'pdf'] as const;
type SettledType = (typeof SETTLED_TYPES)[number];

/** An image or pdf block planned as an upload, settled on what its upload step did. */
function settleMedia(block: JsonObject, type: SettledType, learned: LearnedByStep): JsonObject {
  const media = block[type] as JsonObject;
  const upload = media.file_upload as JsonObject | undefined;
  const outcome = outcomeOf(upload?.id, learned);
  const { external, file_upload: _upload, type: _type, ...rest } = media;
  if (outcome === 'uploaded')
    return { ...block, [type]: { ...rest, type: 'file_upload', file_upload: upload } };
  if (outcome !== 'skipped') return block;
  if (isRecord(external)) return { ...block, [type]: { ...rest, type: 'external', external } };
  // No address to show instead: the caption stays, in a block of the same place.
  const caption = Array.isArray(rest.caption) ? rest.caption : [];
  return { type: 'paragraph', paragraph: { rich_text: caption } };
}

const isFileUpload = (value: Json): boolean =>
  isRecord(value) && value.type === 'file_upload' && isRecord(value.file_upload);

/**
 * `value` (a step's body, any depth) with every planned upload settled: image and pdf
 * blocks keep the upload when it was made, else their external address (or become a caption
 * paragraph), and files properties lose the files whose upload was skipped. Uploads
 * not made yet stay as planned.
 */
export function settleUploads<T>(value: T, learned: LearnedByStep): T {
  const walk = (item: Json): Json => {
    if (Array.isArray(item)) {
      return item
        .filter(
          (entry) =>
            !isFileUpload(entry) ||
            outcomeOf((entry as { file_upload: JsonObject }).file_upload.id, learned) !== 'skipped',
        )
        .map(walk);
    }
    if (!isRecord(item)) return item;
    const out: JsonObject = {};
    for (const [key, entry] of Object.entries(item)) out[key] = walk(entry);
    const type = SETTLED_TYPES.find((t) => t === out.type);
    const media = type ? out[type] : undefined;
    return type && isRecord(media) && isRecord(media.file_upload)
      ? settleMedia(out, type, learned)
      : out;
  };
  return walk(value) as T;
}
