import type { BlockObjectRequest } from '@notionhq/client';
import type { RichTextItemRequest } from '../../notion/api/request-types';
import type { Run } from './rich-text';

type Json = Record<string, unknown>;
const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null;
const items = (v: unknown): RichTextItemRequest[] =>
  Array.isArray(v) ? (v as RichTextItemRequest[]) : [];
const plain = (text: string, link: string | null = null): Run => ({
  kind: 'text',
  text,
  marks: {},
  link,
});

/** Runs back from rich text items, optionally all set as code. */
function runsOf(rich: readonly RichTextItemRequest[], code = false): Run[] {
  return rich.map((item): Run => {
    const marks = { ...(item.annotations ?? {}), ...(code ? { code: true } : {}) };
    if ('equation' in item)
      return { kind: 'equation', expression: item.equation.expression, marks };
    if ('text' in item)
      return { kind: 'text', text: item.text.content, marks, link: item.text.link?.url ?? null };
    return { kind: 'text', text: '', marks, link: null };
  });
}

function mediaUrl(body: Json): string | null {
  if (typeof body.url === 'string') return body.url;
  if (isObject(body.external) && typeof body.external.url === 'string') return body.external.url;
  return null;
}

/** One line of runs standing for a block (children not included). */
function blockLine(type: string, body: Json, number: number): Run[] {
  const prefix =
    type === 'bulleted_list_item'
      ? '• '
      : type === 'numbered_list_item'
        ? `${number}. `
        : type === 'to_do'
          ? body.checked === true
            ? '☑ '
            : '☐ '
          : '';
  const out: Run[] = prefix ? [plain(prefix)] : [];
  out.push(...runsOf(items(body.rich_text), type === 'code'));
  if (type === 'equation')
    out.push({ kind: 'equation', expression: String(body.expression ?? ''), marks: {} });
  const url = mediaUrl(body);
  if (url) {
    const caption = runsOf(items(body.caption));
    const text = caption.map((run) => (run.kind === 'text' ? run.text : '')).join('');
    out.push(plain(text.trim() || url, url));
  }
  if (type === 'table' && Array.isArray(body.children)) {
    (body.children as { table_row?: { cells: RichTextItemRequest[][] } }[]).forEach((row, r) => {
      if (r > 0) out.push(plain('\n'));
      row.table_row?.cells.forEach((cell, c) => {
        if (c > 0) out.push(plain(' | '));
        out.push(...runsOf(cell));
      });
    });
  }
  return out;
}

/**
 * Inline runs standing for `blocks`, one line per block, for places that hold only rich
 * text (table cells, captions): list items keep a bullet or number, images become a
 * link to the image. `lossy` tells whether anything but plain paragraphs was flattened.
 */
export function flattenBlocks(blocks: readonly BlockObjectRequest[]): {
  runs: Run[];
  lossy: boolean;
} {
  const runs: Run[] = [];
  let lossy = false;
  let number = 0;
  for (const block of blocks) {
    const type = typeof block.type === 'string' ? block.type : (Object.keys(block)[0] ?? '');
    const body: unknown = (block as Record<string, unknown>)[type];
    if (!isObject(body)) continue;
    lossy ||= type !== 'paragraph';
    number = type === 'numbered_list_item' ? number + 1 : 0;
    const line = blockLine(type, body, number);
    const children = type !== 'table' && Array.isArray(body.children) ? body.children : [];
    const inner = flattenBlocks(children as BlockObjectRequest[]);
    lossy ||= inner.lossy || inner.runs.length > 0;
    for (const part of [line, inner.runs]) {
      if (part.length === 0) continue;
      if (runs.length > 0) runs.push(plain('\n'));
      runs.push(...part);
    }
  }
  return { runs, lossy };
}
