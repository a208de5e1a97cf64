/**
 * The one save request: what the popup, the context menu and the keyboard shortcuts ask
 * the queue to save for a capture. The popup brings what the person chose in its form;
 * a gesture brings the target's defaults (`defaultSaveRequest`, in `default-request.ts`). Everything else — the
 * page's address and title, the blocks, the screenshot, the `data:` images — is read
 * from the capture here, the same way for all three. Pure.
 */
import type { BlockObjectRequest } from '@notionhq/client';
import type { CaptureMode, PageCapture } from '../capture/types';
import type { SaveCaptureInput } from '../messaging';
import { captureUrl, initialInputs } from '../notion/properties/initial-inputs';
import { titlePropertyId } from '../notion/schema/schema-properties';
import type { PropertyInputs, PropertyMapping, Target } from '../notion/types';
import type { RuleValues } from '../rules/values/rule-values';
import type { CachedSchema } from '../storage';

/** A bookmark block of `url`: Notion shows it as a card with the page's preview. */
export function bookmarkBlock(url: string): BlockObjectRequest {
  return { type: 'bookmark', bookmark: { url, caption: [] } };
}

/** The title a capture saves under: the link's or image's own words, else the page's, else its address. */
export function captureTitle(capture: PageCapture): string {
  if (capture.mode === 'link' && capture.link) return capture.link.text.trim() || capture.link.url;
  if (capture.mode === 'image' && capture.image?.alt.trim()) return capture.image.alt.trim();
  return capture.metadata.title.trim() || capture.metadata.url;
}

/** The title to save: the person's (even an empty one), else the capture's own. */
export function titleToSave(edited: string | null, capture: PageCapture): string {
  return edited ?? captureTitle(capture);
}

function webAddress(url: string | null | undefined): string | undefined {
  return url && /^https?:\/\//i.test(url) ? url : undefined;
}

/** Whether the capture's own blocks are saved: not for a bookmark or a screenshot. */
function savesOwnBlocks(mode: CaptureMode): boolean {
  return mode !== 'bookmark' && mode !== 'screenshot';
}

/**
 * The blocks to save: the capture's content (an article, a selection, a link, an image);
 * a bookmark card for a bookmark of a web page; nothing for a screenshot, whose image
 * the queue adds once uploaded.
 */
function blocksOf(mode: CaptureMode, capture: PageCapture): BlockObjectRequest[] {
  // A PDF tab's one block is the file itself, for a bookmark as for an article.
  if (savesOwnBlocks(mode) || (capture.pdf && mode === 'bookmark')) return capture.blocks;
  const url = webAddress(capture.metadata.url);
  return mode === 'bookmark' && url ? [bookmarkBlock(url)] : [];
}

/**
 * A data source's form values with nothing edited: the capture's pre-fill, the values
 * of the rule for the page over it (its tags in the mapped tags property), and the
 * title in the title property (whether or not the mapping names one).
 */
export function defaultInputs(
  schema: CachedSchema,
  mapping: PropertyMapping,
  capture: PageCapture,
  context: { capturedAt: Date; title: string; rule?: RuleValues | null },
): PropertyInputs {
  const inputs = initialInputs(schema, mapping, capture, {
    capturedAt: context.capturedAt,
    tags: context.rule?.tags ?? [],
  });
  for (const [id, input] of Object.entries(context.rule?.inputs ?? {})) inputs[id] = input;
  const titleId = titlePropertyId(schema);
  if (titleId) inputs[titleId] = { type: 'title', text: context.title };
  return inputs;
}

/** What the person chose, or the defaults a gesture takes. */
export interface SaveChoices {
  target: Target;
  /** The mode saved; the capture was read for it (`capture.mode`) or shares its page. */
  mode: CaptureMode;
  /** The title the person typed; null for the capture's own (`captureTitle`). */
  title: string | null;
  /** Form values by property id (data source targets). */
  inputs: PropertyInputs;
  /** The person's note (page targets; a data source keeps it in its own property). */
  note: string;
  /** The visible part of the tab as a PNG `data:` URL (screenshot captures). */
  screenshot: string | null;
}

/**
 * The request for `saveCapture`. The page's favicon is not sent: nothing in the
 * background keeps it.
 */
export function saveRequest(capture: PageCapture, choices: SaveChoices): SaveCaptureInput {
  const { target, mode } = choices;
  const title = titleToSave(choices.title, capture);
  const note = choices.note.trim();
  return {
    targetId: target.id,
    mode,
    source: {
      url: captureUrl(capture),
      title: capture.metadata.title.trim() || title,
    },
    title: title.trim(),
    inputs: target.kind === 'data_source' ? choices.inputs : {},
    blocks: blocksOf(mode, capture),
    screenshot:
      mode === 'screenshot' && choices.screenshot ? { dataUrl: choices.screenshot } : null,
    // Only with the blocks that name them (an article's, a selection's, an image's).
    ...(savesOwnBlocks(mode) && capture.dataImages ? { dataImages: capture.dataImages } : {}),
    ...(target.kind === 'page' && note ? { note } : {}),
  };
}
