/**
 * What the emulator holds after a save, read as plain values the specs compare: a page's
 * properties by name, and its blocks as lines. Pure, so the Chromium and the Firefox
 * suites read Notion's side the same way.
 */
import { DEMO } from '../../notion-emulator/index';

type Json = unknown;

/** A page's properties as plain values by name: text, names, ids, a date's start. */
export function plainProperties(page: Json): Record<string, unknown> {
  const properties = (page as { properties: Record<string, Record<string, Json>> }).properties;
  const text = (items: Json) =>
    (items as { plain_text: string }[]).map((item) => item.plain_text).join('');
  const out: Record<string, unknown> = {};
  for (const [name, value] of Object.entries(properties)) {
    const type = value.type as string;
    const v = value[type] as Record<string, Json> | Json[] | string | null;
    if (type === 'title' || type === 'rich_text') out[name] = text(v);
    else if (type === 'select' || type === 'status')
      out[name] = (v as { name: string } | null)?.name ?? null;
    else if (type === 'multi_select') out[name] = (v as { name: string }[]).map((o) => o.name);
    else if (type === 'people' || type === 'relation')
      out[name] = (v as { id: string }[]).map((o) => o.id);
    else if (type === 'date') out[name] = (v as { start: string } | null)?.start ?? null;
    else out[name] = v;
  }
  return out;
}

/** Every block of a tree, depth first, as `type: text`. */
export function blockLines(blocks: readonly Json[]): string[] {
  const out: string[] = [];
  const walk = (list: readonly Json[]) => {
    for (const block of list as { type: string; children?: Json[] }[]) {
      const body = (block as unknown as Record<string, { rich_text?: { plain_text: string }[] }>)[
        block.type
      ];
      const text = body?.rich_text?.map((r) => r.plain_text).join('') ?? '';
      out.push(`${block.type}: ${text}`);
      walk(block.children ?? []);
    }
  };
  walk(blocks);
  return out;
}

/** The demo Reading list's rows that a test saved (the seed's welcome row left out). */
export function savedRows(emulator: {
  listPages(filter: { dataSource: string }): unknown[];
}): { id: string; values: Record<string, unknown> }[] {
  return emulator
    .listPages({ dataSource: DEMO.ids.readingListDataSource })
    .filter((p) => (p as { id: string }).id !== DEMO.ids.welcomePage)
    .map((p) => ({ id: (p as { id: string }).id, values: plainProperties(p) }));
}

/** A selection of two paragraphs for `targetId`, as the popup hands it to `saveCapture`. */
export function twoParagraphCapture(targetId: string, title: string) {
  const paragraph = (content: string) => ({
    type: 'paragraph',
    paragraph: { rich_text: [{ type: 'text', text: { content } }] },
  });
  return {
    targetId,
    mode: 'selection',
    source: { url: `https://example.com/${encodeURIComponent(title)}`, title },
    title,
    inputs: {},
    blocks: [paragraph(`${title}: one`), paragraph(`${title}: two`)],
  };
}

/**
 * The demo Inbox page's blocks as `type:text` lines, from the heading of the capture
 * titled `first` on (the seed has blocks of its own before it); [] before it arrives.
 */
export function inboxLinesFrom(
  emulator: { getPageTree(id: string): { blocks: readonly Json[] } | null },
  first: string,
): string[] {
  const blocks = (emulator.getPageTree(DEMO.ids.inboxPage)?.blocks ?? []) as unknown as Array<
    Record<string, { rich_text?: Array<{ plain_text: string }> }> & { type: string }
  >;
  const lines = blocks.map(
    (b) => `${b.type}:${(b[b.type]?.rich_text ?? []).map((t) => t.plain_text).join('')}`,
  );
  const start = lines.findIndex((l) => l === `heading_3:${first}`);
  return start === -1 ? [] : lines.slice(start);
}
