import type { RichTextItemRequest } from '../../notion/api/request-types';
import { NOTION_LIMITS } from '../../notion/api/limits';
import type { LossCollector } from '../loss';
import { splitText } from '../../notion/api/text';

export type Annotations = NonNullable<RichTextItemRequest['annotations']>;

/** Inline formatting in effect at a point of the DOM. */
export interface Marks {
  bold?: boolean;
  italic?: boolean;
  strikethrough?: boolean;
  underline?: boolean;
  code?: boolean;
  color?: Annotations['color'];
}

/** A stretch of inline content with one formatting: text, or an inline equation. */
export type Run =
  | { kind: 'text'; text: string; marks: Marks; link: string | null }
  | { kind: 'equation'; expression: string; marks: Marks };

const MARK_KEYS = ['bold', 'italic', 'strikethrough', 'underline', 'code', 'color'] as const;

export function sameMarks(a: Marks, b: Marks): boolean {
  return MARK_KEYS.every((key) => (a[key] ?? false) === (b[key] ?? false));
}

/** Only the annotations that differ from Notion's defaults, or none at all. */
function annotations(marks: Marks): Annotations | undefined {
  const out: Annotations = {};
  for (const key of MARK_KEYS) {
    if (key === 'color') {
      if (marks.color && marks.color !== 'default') out.color = marks.color;
    } else if (marks[key]) out[key] = true;
  }
  return Object.keys(out).length > 0 ? out : undefined;
}

function textItem(content: string, marks: Marks, link: string | null): RichTextItemRequest {
  const note = annotations(marks);
  return {
    type: 'text',
    text: link ? { content, link: { url: link } } : { content },
    ...(note ? { annotations: note } : {}),
  };
}

/** Joins neighbouring text runs that look the same, so fewer items are needed. */
export function mergeRuns(runs: readonly Run[]): Run[] {
  const out: Run[] = [];
  for (const run of runs) {
    const last = out[out.length - 1];
    if (
      run.kind === 'text' &&
      last?.kind === 'text' &&
      last.link === run.link &&
      sameMarks(last.marks, run.marks)
    ) {
      out[out.length - 1] = { ...last, text: last.text + run.text };
    } else if (run.kind !== 'text' || run.text) {
      out.push(run);
    }
  }
  return out;
}

/**
 * Rich text items for `runs`, every one within Notion's limits: text cut at ≤2000 units,
 * equations over 1000 characters kept as inline code (and reported).
 */
export function runsToRichText(runs: readonly Run[], losses: LossCollector): RichTextItemRequest[] {
  const items: RichTextItemRequest[] = [];
  for (const run of mergeRuns(runs)) {
    if (run.kind === 'equation') {
      if (run.expression.length <= NOTION_LIMITS.equation) {
        const note = annotations(run.marks);
        items.push({
          type: 'equation',
          equation: { expression: run.expression },
          ...(note ? { annotations: note } : {}),
        });
      } else {
        losses.add('equation_too_long');
        for (const piece of splitText(run.expression))
          items.push(textItem(piece, { ...run.marks, code: true }, null));
      }
      continue;
    }
    for (const piece of splitText(run.text)) items.push(textItem(piece, run.marks, run.link));
  }
  return items;
}

/** Cuts a rich text array into arrays of at most 100 items (Notion's array limit). */
export function chunkRichText(items: readonly RichTextItemRequest[]): RichTextItemRequest[][] {
  const chunks: RichTextItemRequest[][] = [];
  for (let i = 0; i < items.length; i += NOTION_LIMITS.array)
    chunks.push(items.slice(i, i + NOTION_LIMITS.array));
  return chunks;
}
