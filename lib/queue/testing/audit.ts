/**
 * After a run of the queue against the emulator: which captures are in Notion more
 * than once (or with repeated blocks), and which are missing or missing blocks. Used by
 * the queue benchmark after its fault-injected run.
 */
import { DEMO, type EmulatorAdmin } from '../../../tests/notion-emulator/index';
import type { CaptureInput } from '../types';
import { outlineOfTree, type Outline } from './harness';

/** A capture and the outline of blocks it should have in Notion. */
export interface ExpectedCapture {
  input: CaptureInput;
  expected: Outline;
}

interface TreeNode {
  type?: unknown;
  children: TreeNode[];
  [key: string]: unknown;
}

/** Captures found more than once (or with repeated blocks), and captures missing any. */
export async function audit(
  admin: EmulatorAdmin,
  planned: readonly ExpectedCapture[],
): Promise<{ duplicates: number; lost: number }> {
  const pageOutline = async (id: string) =>
    outlineOfTree((await admin.getPageTree(id)).blocks as unknown as TreeNode[]);
  const titleOf = (page: Record<string, unknown>) => {
    const props = page.properties as Record<
      string,
      { type: string; title?: Array<{ plain_text: string }> }
    >;
    const title = Object.values(props).find((p) => p.type === 'title');
    return (title?.title ?? []).map((t) => t.plain_text).join('');
  };
  const pagesByTitle = new Map<string, string[]>();
  for (const parent of [DEMO.ids.readingListDataSource, DEMO.ids.inboxPage]) {
    for (const page of await admin.listPages({ parent })) {
      const title = titleOf(page);
      pagesByTitle.set(title, [...(pagesByTitle.get(title) ?? []), String(page.id)]);
    }
  }
  // The inbox page: captures one after the other, each opened by its heading.
  const inboxOutline = await pageOutline(DEMO.ids.inboxPage);
  const sections = new Map<string, Outline[]>();
  const titles = new Set(planned.map((p) => p.input.title));
  let current: Outline | null = null;
  for (const node of inboxOutline) {
    const title = node[0].slice('heading_3:'.length);
    if (node[0].startsWith('heading_3:') && titles.has(title)) {
      current = [];
      sections.set(title, [...(sections.get(title) ?? []), current]);
    } else if (!node[0].startsWith('child_page:')) current?.push(node);
    // Child pages of the Inbox sit among its blocks: they are the child-page captures.
  }
  let duplicates = 0;
  let lost = 0;
  for (const { input, expected } of planned) {
    const same = (outline: Outline) => JSON.stringify(outline) === JSON.stringify(expected);
    let found: Outline[];
    if (input.target.kind === 'page' && input.target.pageMode === 'append') {
      // A bookmark capture on a page carries a bookmark block after its heading.
      found = (sections.get(input.title) ?? []).map((s) =>
        expected.length === 0 ? s.slice(1) : s,
      );
    } else {
      found = await Promise.all((pagesByTitle.get(input.title) ?? []).map(pageOutline));
    }
    if (
      process.env.BENCH_DEBUG &&
      (found.length !== 1 || JSON.stringify(found[0]) !== JSON.stringify(expected))
    ) {
      console.log(
        'MISMATCH',
        input.target.id,
        input.mode,
        JSON.stringify(input.title),
        found.length,
        JSON.stringify(found[0] ?? []).slice(0, 300),
        '| expected',
        JSON.stringify(expected).slice(0, 300),
      );
    }
    if (found.length > 1) duplicates += 1;
    else if (found.length === 0) lost += 1;
    else if (!same(found[0] as Outline)) {
      const flat = JSON.stringify(found[0]);
      if (flat.length > JSON.stringify(expected).length) duplicates += 1;
      else lost += 1;
    }
  }
  return { duplicates, lost };
}
