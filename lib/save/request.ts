/**
 * A capture made without the popup (context menu, keyboard shortcut) becomes the same
 * request the popup would send: the default form values of the target, the blocks, and
 * the page's title. Pure, so the gestures behave exactly like the popup's defaults.
 */
import type { BlockObjectRequest } from '@notionhq/client';
import type { PageCapture } from '../capture/types';
import type { SaveCaptureInput } from '../messaging';
import { captureUrl, initialInputs } from '../notion/properties/initial-inputs';
import type { CachedSchema } from '../storage';
import type { Target } from '../notion/types';

/** A bookmark block of `url`: Notion shows it as a card with the page's preview. */
export function bookmarkBlock(url: string): BlockObjectRequest {
  return { type: 'bookmark', bookmark: { url, caption: [] } };
}

/** The title a capture saves under: the link's or image's own words, else the page's. */
export function captureTitle(capture: PageCapture): string {
  if (capture.mode === 'link' && capture.link) return capture.link.text || capture.link.url;
  if (capture.mode === 'image' && capture.image?.alt) return capture.image.alt;
  return capture.metadata.title || capture.metadata.url;
}

/** The blocks a capture saves: a bookmark card stands for a page saved as a bookmark. */
export function captureBlocks(capture: PageCapture): BlockObjectRequest[] {
  if (capture.mode === 'bookmark' && /^https?:\/\//.test(capture.metadata.url)) {
    return [bookmarkBlock(capture.metadata.url)];
  }
  return capture.blocks;
}

export interface DraftContext {
  target: Target;
  /** The target's cached schema (data source targets). */
  schema: CachedSchema | null;
  now: Date;
  screenshot?: { dataUrl: string } | null;
}

/** The save request for a capture with the target's default values. */
export function draftFromCapture(capture: PageCapture, context: DraftContext): SaveCaptureInput {
  const { target, schema } = context;
  const inputs =
    target.kind === 'data_source' && schema
      ? initialInputs(schema, target.mapping, capture, {
          capturedAt: context.now,
          tags: [],
        })
      : {};
  return {
    targetId: target.id,
    mode: capture.mode,
    source: {
      url: captureUrl(capture),
      title: capture.metadata.title,
      ...(capture.metadata.favicon ? { favicon: capture.metadata.favicon } : {}),
    },
    title: captureTitle(capture),
    inputs,
    blocks: captureBlocks(capture),
    screenshot: context.screenshot ?? null,
    ...(capture.dataImages && capture.mode !== 'bookmark'
      ? { dataImages: capture.dataImages }
      : {}),
  };
}
