/**
 * File-bearing values: media blocks, icons and covers. External files need an http(s) URL
 * of at most 2000 characters; `file_upload` ids must name an upload of the calling
 * integration whose content was sent (Notion rejects attaching a pending upload).
 */
import { fixOneError, semanticError } from '../errors.ts';
import type { Json, JsonObject } from '../json.ts';
import type { FileUploadRecord } from '../model.ts';
import { normalizeId } from '../ids.ts';
import {
  fail,
  onlyKeysAt,
  preview,
  requireEnum,
  requireNotPresent,
  requireObject,
  requireString,
  requireUrl,
} from './check.ts';
import { richTextFromRequest, type RichTextContext } from './rich-text.ts';

export interface FileContext extends RichTextContext {
  /** The calling integration's upload with this id, if any. */
  upload(id: string): FileUploadRecord | undefined;
  /** Where the emulator serves an upload's bytes. */
  fileUrl(id: string): string;
  now(): number;
  /** Uploads referenced by the request; marked attached only once the write commits. */
  usedUploads: Set<string>;
}

const HOUR_MS = 60 * 60 * 1000;

function uploaded(value: unknown, path: string, ctx: FileContext): JsonObject {
  const ref = requireObject(value, path);
  onlyKeysAt(ref, ['id'], path);
  const id = normalizeId(requireString(ref.id, `${path}.id`));
  if (!id) fail(`${path}.id`, 'a valid uuid', ref.id);
  const upload = ctx.upload(id);
  if (!upload) throw semanticError(`Could not find file upload with ID: ${id}.`);
  if (upload.status !== 'uploaded') {
    throw semanticError(
      `File upload with ID: ${id} is in status \`${upload.status}\`; only uploaded files can be attached.`,
    );
  }
  ctx.usedUploads.add(id);
  // Notion answers with a signed URL that expires after an hour.
  return { url: ctx.fileUrl(id), expiry_time: new Date(ctx.now() + HOUR_MS).toISOString() };
}

const SOURCES = ['external', 'file_upload'] as const;

/**
 * `{external:{url}}` or `{file_upload:{id}}` → the response's `{type:'external'|'file', …}`.
 * The two are branches of a union: an object carrying both matches neither, so Notion
 * names the key each branch would not take (or, with `type` given, the other key).
 */
function fileSource(body: Record<string, unknown>, path: string, ctx: FileContext): JsonObject {
  const present = SOURCES.filter((k) => body[k] !== undefined);
  if (body.type === undefined && present.length > 1) {
    throw fixOneError([
      `${path}.file_upload should be not present, instead was \`${preview(body.file_upload)}\`.`,
      `${path}.external should be not present, instead was \`${preview(body.external)}\`.`,
    ]);
  }
  const kind = body.type ?? present[0];
  if (kind === undefined) {
    throw fixOneError([
      `${path}.external should be defined, instead was \`undefined\`.`,
      `${path}.file_upload should be defined, instead was \`undefined\`.`,
    ]);
  }
  const type = requireEnum(kind, SOURCES, `${path}.type`);
  const other = type === 'external' ? 'file_upload' : 'external';
  requireNotPresent(body, other, path);
  if (type === 'external') {
    const external = requireObject(body.external, `${path}.external`);
    onlyKeysAt(external, ['url'], `${path}.external`);
    return {
      type: 'external',
      external: { url: requireUrl(external.url, `${path}.external.url`) },
    };
  }
  return { type: 'file', file: uploaded(body.file_upload, `${path}.file_upload`, ctx) };
}

/** image / video / pdf / audio / file block content. */
export function mediaFromRequest(
  body: Record<string, unknown>,
  path: string,
  ctx: FileContext,
  withName: boolean,
): JsonObject {
  const caption =
    body.caption === undefined ? [] : richTextFromRequest(body.caption, `${path}.caption`, ctx);
  const content: JsonObject = { caption, ...fileSource(body, path, ctx) };
  if (withName) {
    content.name = body.name === undefined ? 'file' : requireString(body.name, `${path}.name`);
  }
  return content;
}

// One emoji as Unicode's RGI list spells them: flags and keycaps included, a bare letter,
// two emoji or a text-style character without its emoji variation selector refused.
// (Built at run time: the `v` flag needs a newer TypeScript target than the project's.)
const EMOJI = new RegExp('^\\p{RGI_Emoji}$', 'v');

const ICON_TYPES = ['emoji', 'external', 'file_upload', 'custom_emoji'] as const;

function customEmoji(obj: Record<string, unknown>, path: string, ctx: FileContext): JsonObject {
  onlyKeysAt(obj, ['type', 'custom_emoji'], path);
  const ref = requireObject(obj.custom_emoji, `${path}.custom_emoji`);
  onlyKeysAt(ref, ['id', 'name', 'url'], `${path}.custom_emoji`);
  const id = normalizeId(requireString(ref.id, `${path}.custom_emoji.id`));
  if (!id) fail(`${path}.custom_emoji.id`, 'a valid uuid', ref.id);
  const emoji = ctx.workspace.customEmojis.get(id);
  if (!emoji) throw semanticError(`Could not find custom emoji with ID: ${id}.`);
  // The id names the emoji; the workspace's own name and picture are what Notion shows.
  return { type: 'custom_emoji', custom_emoji: { id, name: emoji.name, url: emoji.url } };
}

/** Page, database and callout icons: emoji, custom emoji, external image or uploaded file. */
export function iconFromRequest(value: unknown, path: string, ctx: FileContext): Json {
  if (value === null) return null;
  const obj = requireObject(value, path);
  const kind = obj.type ?? ICON_TYPES.find((k) => obj[k] !== undefined);
  if (kind === undefined) {
    throw fixOneError(
      ICON_TYPES.map((k) => `${path}.${k} should be defined, instead was \`undefined\`.`),
    );
  }
  const type = requireEnum(kind, ICON_TYPES, `${path}.type`);
  if (type === 'emoji') {
    onlyKeysAt(obj, ['type', 'emoji'], path);
    const emoji = requireString(obj.emoji, `${path}.emoji`);
    if (!EMOJI.test(emoji)) fail(`${path}.emoji`, 'a single emoji', emoji);
    return { type: 'emoji', emoji };
  }
  if (type === 'custom_emoji') return customEmoji(obj, path, ctx);
  onlyKeysAt(obj, ['type', ...SOURCES], path);
  return fileSource(obj, path, ctx);
}

/** Page covers: external image or uploaded file. */
export function coverFromRequest(value: unknown, path: string, ctx: FileContext): Json {
  if (value === null) return null;
  const obj = requireObject(value, path);
  onlyKeysAt(obj, ['type', ...SOURCES], path);
  return fileSource(obj, path, ctx);
}
