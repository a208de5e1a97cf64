/**
 * Notion's limits, stated once (developers.notion.com: reference/request-limits, the
 * property value pages, "Working with files and media"). A request that breaks one is
 * refused whole with 400 `validation_error`, so every part of the extension that builds
 * a request reads its limits here: the converter, the property builders, the request
 * planner and the limit checker (`limit-check.ts`). Lengths are UTF-16 code units, as
 * Notion counts them and as `String#length` does.
 */

export const NOTION_LIMITS = {
  /** `text.content` of one rich text item. */
  textContent: 2000,
  /** `text.link.url`, a URL property and every other address. */
  url: 2000,
  /** `equation.expression`. */
  equation: 1000,
  /** Any array in a request: rich text items, table rows, cells, children, options, relations. */
  array: 100,
  /** An email or phone number property value. */
  emailOrPhone: 200,
  /** The name of a select, multi-select or status option. */
  optionName: 100,
  /** Levels of blocks one request may hold: its own children and two levels below them. */
  requestLevels: 3,
  /** Block elements in one request, nested ones included. */
  requestBlocks: 1000,
  /** Bytes of one request body: 500 KB, read as 500,000 to be safe. */
  requestBytes: 500_000,
  /** Results one page of a listing, a search or a query may return (`page_size`). */
  pageSize: 100,
  /** Bytes of one single-part file upload ("up to 20 MB"), read in decimal to be safe. */
  singlePartUploadBytes: 20_000_000,
} as const;

/**
 * Levels of `children` one request may nest below its top-level blocks: the same fact as
 * `requestLevels`, counted from the first level instead of including it.
 */
export const REQUEST_NESTING = NOTION_LIMITS.requestLevels - 1;

/**
 * Block types whose `children` may be blocks of any kind. A column list's children are
 * columns and a table's are its rows; a heading takes children only as a toggle.
 */
export const NESTING_BLOCK_TYPES: ReadonlySet<string> = new Set([
  'paragraph',
  'bulleted_list_item',
  'numbered_list_item',
  'to_do',
  'toggle',
  'quote',
  'callout',
  'synced_block',
  'template',
  'column',
]);

/** Whether Notion takes `children` under a block of `type` with this content. */
export function takesChildren(type: string, body: Readonly<Record<string, unknown>>): boolean {
  if (NESTING_BLOCK_TYPES.has(type) || type === 'column_list' || type === 'table') return true;
  return type.startsWith('heading_') && body.is_toggleable === true;
}

/** UTF-8 length of a string, without encoding it (the planner measures every block). */
export function utf8Length(text: string): number {
  let bytes = text.length;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    // A surrogate pair is 2 units and 4 bytes; other units above 0x7f take 2 or 3 bytes.
    if (code >= 0xd800 && code <= 0xdfff) bytes += 1;
    else if (code > 0x7ff) bytes += 2;
    else if (code > 0x7f) bytes += 1;
  }
  return bytes;
}

/** UTF-8 length of a JSON value, as it travels in a request body. */
export function jsonBytes(value: unknown): number {
  return utf8Length(JSON.stringify(value));
}

/** True for an absolute http(s) URL Notion will take as a link or file address. */
export function isNotionUrl(url: string): boolean {
  if (url.length > NOTION_LIMITS.url) return false;
  try {
    const parsed = new URL(url);
    return (parsed.protocol === 'http:' || parsed.protocol === 'https:') && parsed.hostname !== '';
  } catch {
    return false;
  }
}
