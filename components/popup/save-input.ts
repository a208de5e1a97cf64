/**
 * From what the popup shows to what it asks the queue to save: the form's values (the
 * capture's pre-fill under the person's edits) and the `SaveCaptureInput` itself.
 */
import type { BlockObjectRequest } from '@notionhq/client';
import type { PageCapture } from '@/lib/capture/types';
import type { SaveCaptureInput } from '@/lib/messaging';
import { initialInputs } from '@/lib/notion/properties/initial-inputs';
import type { CachedSchema } from '@/lib/notion/schema/schema';
import type { PropertyInputs, PropertyMapping, Target } from '@/lib/notion/types';
import { needsPage, type PopupMode } from './capture-choice';
import { formFields, titlePropertyId } from './form-fields';

export interface FormContext {
  schema: CachedSchema;
  mapping: PropertyMapping;
  capture: PageCapture;
  /** When the popup opened: the capture's "saved at". */
  openedAt: Date;
  title: string;
  /** What the person changed, by property id. */
  edits: PropertyInputs;
}

/**
 * The values the form holds: the capture's pre-fill, the person's edits over it, and
 * the title field. Edits of properties that vanished from the schema are dropped: their
 * fields are no longer on screen to be fixed.
 */
export function formInputs(context: FormContext): PropertyInputs {
  const { schema, mapping, capture } = context;
  const inputs: PropertyInputs = initialInputs(schema, mapping, capture, {
    capturedAt: context.openedAt,
    tags: [],
  });
  const shown = new Set(formFields(schema, mapping).map((f) => f.propertyId));
  for (const [id, input] of Object.entries(context.edits)) if (shown.has(id)) inputs[id] = input;
  const titleId = titlePropertyId(schema);
  if (titleId) inputs[titleId] = { type: 'title', text: context.title };
  return inputs;
}

/** The title to save: the person's, else the page's, else its address. */
export function titleToSave(edited: string | null, capture: PageCapture): string {
  if (edited !== null) return edited;
  return capture.metadata.title.trim() || capture.metadata.url;
}

function webAddress(url: string | null | undefined): string | undefined {
  return url && /^https?:\/\//i.test(url) ? url : undefined;
}

/**
 * The blocks to save: the content of an article or a selection; a bookmark card for a
 * bookmark of a web page (as a capture from the context menu saves it); nothing for a
 * screenshot, whose image the queue adds once uploaded.
 */
function blocksOf(mode: PopupMode, capture: PageCapture): BlockObjectRequest[] {
  if (needsPage(mode)) return capture.blocks;
  const url = webAddress(capture.metadata.url);
  return mode === 'bookmark' && url ? [{ type: 'bookmark', bookmark: { url, caption: [] } }] : [];
}

export interface SaveContext {
  target: Target;
  mode: PopupMode;
  capture: PageCapture;
  title: string;
  /** `formInputs(…)` for a data source target. */
  inputs: PropertyInputs;
  note: string;
  screenshot: string | null;
}

/** The request for `saveCapture`. */
export function saveCaptureInput(context: SaveContext): SaveCaptureInput {
  const { target, mode, capture } = context;
  const favicon = webAddress(capture.metadata.favicon);
  const note = context.note.trim();
  return {
    targetId: target.id,
    mode,
    source: {
      url: capture.metadata.url,
      title: capture.metadata.title.trim() || context.title,
      ...(favicon ? { favicon } : {}),
    },
    title: context.title.trim(),
    inputs: target.kind === 'data_source' ? context.inputs : {},
    blocks: blocksOf(mode, capture),
    screenshot:
      mode === 'screenshot' && context.screenshot ? { dataUrl: context.screenshot } : null,
    // Only with the blocks that name them (an article's, a selection's).
    ...(needsPage(mode) && capture.dataImages ? { dataImages: capture.dataImages } : {}),
    // A data source keeps the note in its own property, through the form.
    ...(target.kind === 'page' && note ? { note } : {}),
  };
}
