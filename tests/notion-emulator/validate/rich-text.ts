/**
 * Rich text arrays: validated against Notion's limits (100 items, 2000-unit text content,
 * 2000-character http(s) links, 1000-unit equations) and converted to the response shape
 * (`plain_text`, `href`, full `annotations`).
 */
import { fixOneError, semanticError } from '../errors.ts';
import type { Json, JsonObject } from '../json.ts';
import type { Workspace } from '../workspace.ts';
import { normalizeId } from '../ids.ts';
import {
  checkTextLength,
  fail,
  isHttpUrl,
  onlyKeysAt,
  requireArray,
  requireBoolean,
  requireEnum,
  requireObject,
  requireString,
} from './check.ts';
import { dateFromRequest } from './dates.ts';

/** The plain colours, which select and status options take too. */
export const TEXT_COLORS = [
  'default',
  'gray',
  'brown',
  'orange',
  'yellow',
  'green',
  'blue',
  'purple',
  'pink',
  'red',
] as const;

export const API_COLORS = [
  ...TEXT_COLORS,
  ...TEXT_COLORS.map((c) => `${c}_background` as const),
] as const;

const ITEM_TYPES = ['text', 'mention', 'equation'] as const;
const MENTION_TYPES = ['user', 'date', 'page', 'database'] as const;
const FLAGS = ['bold', 'italic', 'strikethrough', 'underline', 'code'] as const;

/** What a rich text conversion needs from the world: users for mentions, URLs for pages. */
export interface RichTextContext {
  workspace: Workspace;
  pageUrl: (id: string) => string;
  titleOf: (id: string) => string;
}

function annotations(value: unknown, path: string): JsonObject {
  const result: JsonObject = {
    bold: false,
    italic: false,
    strikethrough: false,
    underline: false,
    code: false,
    color: 'default',
  };
  if (value === undefined) return result;
  const obj = requireObject(value, path);
  onlyKeysAt(obj, [...FLAGS, 'color'], path);
  for (const flag of FLAGS) {
    if (obj[flag] !== undefined) result[flag] = requireBoolean(obj[flag], `${path}.${flag}`);
  }
  if (obj.color !== undefined) result.color = requireEnum(obj.color, API_COLORS, `${path}.color`);
  return result;
}

function text(
  item: Record<string, unknown>,
  path: string,
): { body: JsonObject; plain: string; href: string | null } {
  const obj = requireObject(item.text, `${path}.text`);
  onlyKeysAt(obj, ['content', 'link'], `${path}.text`);
  const content = requireString(obj.content, `${path}.text.content`);
  checkTextLength(content, 2000, `${path}.text.content`);
  let link: JsonObject | null = null;
  if (obj.link !== undefined && obj.link !== null) {
    const linkObj = requireObject(obj.link, `${path}.text.link`);
    onlyKeysAt(linkObj, ['url'], `${path}.text.link`);
    const url = requireString(linkObj.url, `${path}.text.link.url`);
    checkTextLength(url, 2000, `${path}.text.link.url`);
    // Notion's own sentence for javascript:, relative and other non-web links.
    if (!isHttpUrl(url)) throw semanticError('Invalid URL for link.');
    link = { url };
  }
  return { body: { content, link }, plain: content, href: link ? String(link.url) : null };
}

function mention(
  item: Record<string, unknown>,
  path: string,
  ctx: RichTextContext,
): { body: JsonObject; plain: string; href: string | null } {
  const obj = requireObject(item.mention, `${path}.mention`);
  const kind = obj.type ?? MENTION_TYPES.find((t) => obj[t] !== undefined);
  if (kind === undefined) {
    throw fixOneError(
      MENTION_TYPES.map(
        (t) => `${path}.mention.${t} should be defined, instead was \`undefined\`.`,
      ),
    );
  }
  const type = requireEnum(kind, MENTION_TYPES, `${path}.mention.type`);
  onlyKeysAt(obj, ['type', type], `${path}.mention`);
  const p = `${path}.mention.${type}`;
  if (type === 'date') {
    const date = dateFromRequest(obj.date, p);
    const plain = date.end ? `${String(date.start)} → ${String(date.end)}` : String(date.start);
    return { body: { type, date }, plain, href: null };
  }
  const target = requireObject(obj[type], p);
  // A user reference may repeat `object: "user"` (PartialUserObjectRequest); pages and
  // databases take only their id.
  onlyKeysAt(target, type === 'user' ? ['id', 'object'] : ['id'], p);
  if (type === 'user' && target.object !== undefined && target.object !== 'user')
    fail(`${p}.object`, '`"user"`', target.object);
  const id = normalizeId(requireString(target.id, `${p}.id`));
  if (!id) fail(`${p}.id`, 'a valid uuid', target.id);
  if (type === 'user') {
    const name = ctx.workspace.userName(id);
    if (name === null) fail(`${p}.id`, 'the id of a user in this workspace', id);
    return { body: { type, user: { object: 'user', id } }, plain: `@${name}`, href: null };
  }
  return { body: { type, [type]: { id } }, plain: ctx.titleOf(id), href: ctx.pageUrl(id) };
}

function item(raw: unknown, path: string, ctx: RichTextContext): JsonObject {
  const obj = requireObject(raw, path);
  const kind = obj.type ?? ITEM_TYPES.find((t) => obj[t] !== undefined);
  if (kind === undefined) {
    throw fixOneError(
      ITEM_TYPES.map((t) => `${path}.${t} should be defined, instead was \`undefined\`.`),
    );
  }
  const type = requireEnum(kind, ITEM_TYPES, `${path}.type`);
  // The SDK's RichTextItemRequest: the type, its object and annotations. Response-only
  // fields (`plain_text`, `href`) are refused as well (see the README's decisions).
  onlyKeysAt(obj, ['type', type, 'annotations'], path);
  let part: { body: JsonObject; plain: string; href: string | null };
  if (type === 'text') part = text(obj, path);
  else if (type === 'mention') part = mention(obj, path, ctx);
  else {
    const eq = requireObject(obj.equation, `${path}.equation`);
    onlyKeysAt(eq, ['expression'], `${path}.equation`);
    const expression = requireString(eq.expression, `${path}.equation.expression`);
    checkTextLength(expression, 1000, `${path}.equation.expression`);
    part = { body: { expression }, plain: expression, href: null };
  }
  return {
    type,
    [type]: part.body,
    annotations: annotations(obj.annotations, `${path}.annotations`),
    plain_text: part.plain,
    href: part.href,
  };
}

/** Validates a rich text request array (at `path`) and returns it in response shape. */
export function richTextFromRequest(value: unknown, path: string, ctx: RichTextContext): Json[] {
  return requireArray(value, path).map((raw, i) => item(raw, `${path}[${i}]`, ctx));
}

/** A plain-text rich text array in response shape (seeds, titles typed by the emulator). */
export function plainRichText(content: string): Json[] {
  if (content === '') return [];
  return [
    {
      type: 'text',
      text: { content, link: null },
      annotations: {
        bold: false,
        italic: false,
        strikethrough: false,
        underline: false,
        code: false,
        color: 'default',
      },
      plain_text: content,
      href: null,
    },
  ];
}

/** The concatenated `plain_text` of a stored rich text array. */
export function plainText(richText: Json[] | undefined): string {
  return (richText ?? [])
    .map((part) =>
      part && typeof part === 'object' && !Array.isArray(part) ? String(part.plain_text ?? '') : '',
    )
    .join('');
}
