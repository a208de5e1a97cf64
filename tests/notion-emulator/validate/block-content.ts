/**
 * The content object of each block type: rich text, colours, code languages, equations,
 * URLs and files, converted to the shape Notion answers with.
 */
import { ApiError, semanticError } from '../errors.ts';
import type { JsonObject } from '../json.ts';
import { normalizeId } from '../ids.ts';
import {
  checkTextLength,
  fail,
  onlyKeysAt,
  requireBoolean,
  requireEnum,
  requireObject,
  requireString,
  requireUrl,
} from './check.ts';
import { CODE_LANGUAGES } from './block-types.ts';
import { isSupportedEmbed } from './embeds.ts';
import { iconFromRequest, mediaFromRequest, type FileContext } from './files.ts';
import { API_COLORS, richTextFromRequest } from './rich-text.ts';

/** The type object of one block (any type without children rules), minus children. */
export function blockContent(
  type: string,
  body: Record<string, unknown>,
  p: string,
  ctx: FileContext,
): JsonObject {
  const color = () =>
    body.color === undefined ? 'default' : requireEnum(body.color, API_COLORS, `${p}.color`);
  const rich = () => richTextFromRequest(body.rich_text, `${p}.rich_text`, ctx);
  switch (type) {
    case 'paragraph': {
      const content: JsonObject = { rich_text: rich(), color: color() };
      if (body.icon !== undefined) content.icon = iconFromRequest(body.icon, `${p}.icon`, ctx);
      return content;
    }
    case 'bulleted_list_item':
    case 'numbered_list_item':
    case 'quote':
    case 'toggle':
      return { rich_text: rich(), color: color() };
    case 'template':
      return { rich_text: rich() };
    case 'heading_1':
    case 'heading_2':
    case 'heading_3':
    case 'heading_4': {
      const toggleable =
        body.is_toggleable === undefined
          ? false
          : requireBoolean(body.is_toggleable, `${p}.is_toggleable`);
      return { rich_text: rich(), is_toggleable: toggleable, color: color() };
    }
    case 'to_do': {
      const checked =
        body.checked === undefined ? false : requireBoolean(body.checked, `${p}.checked`);
      return { rich_text: rich(), checked, color: color() };
    }
    case 'callout':
      return {
        rich_text: rich(),
        icon: body.icon === undefined ? null : iconFromRequest(body.icon, `${p}.icon`, ctx),
        color: color(),
      };
    case 'code': {
      const caption =
        body.caption === undefined ? [] : richTextFromRequest(body.caption, `${p}.caption`, ctx);
      const language = requireEnum(body.language, CODE_LANGUAGES, `${p}.language`);
      return { caption, rich_text: rich(), language };
    }
    case 'equation': {
      const expression = requireString(body.expression, `${p}.expression`);
      checkTextLength(expression, 1000, `${p}.expression`);
      return { expression };
    }
    case 'divider':
    case 'breadcrumb':
      return {};
    case 'table_of_contents':
      return { color: color() };
    case 'embed':
    case 'bookmark': {
      const caption =
        body.caption === undefined ? [] : richTextFromRequest(body.caption, `${p}.caption`, ctx);
      const url = requireUrl(body.url, `${p}.url`);
      if (type === 'embed' && !isSupportedEmbed(new URL(url))) {
        // Notion's wording for this refusal is not public; the sentence says what to do.
        throw semanticError(
          `${p}.url is not a URL Notion can embed: ${url}. Embeds take only the providers Notion supports; use a bookmark block for other pages.`,
        );
      }
      return { caption, url };
    }
    case 'image':
    case 'video':
    case 'pdf':
    case 'audio':
    case 'file':
      return mediaFromRequest(body, p, ctx, type === 'file');
    case 'link_to_page': {
      const kind = requireEnum(
        body.type ?? (body.page_id !== undefined ? 'page_id' : 'database_id'),
        ['page_id', 'database_id'] as const,
        `${p}.type`,
      );
      const id = normalizeId(requireString(body[kind], `${p}.${kind}`));
      if (!id) fail(`${p}.${kind}`, 'a valid uuid', body[kind]);
      return { type: kind, [kind]: id };
    }
    case 'synced_block': {
      if (body.synced_from === undefined) fail(`${p}.synced_from`, 'defined', undefined);
      if (body.synced_from === null) return { synced_from: null };
      const from = requireObject(body.synced_from, `${p}.synced_from`);
      onlyKeysAt(from, ['type', 'block_id'], `${p}.synced_from`);
      const id = normalizeId(requireString(from.block_id, `${p}.synced_from.block_id`));
      if (!id) fail(`${p}.synced_from.block_id`, 'a valid uuid', from.block_id);
      return { synced_from: { type: 'block_id', block_id: id } };
    }
    default:
      // Tab blocks exist in the schema but the extension never writes them.
      throw new ApiError(
        400,
        'invalid_request',
        `The emulator does not support creating ${type} blocks.`,
      );
  }
}
