import type { BlockObjectRequest } from '@notionhq/client';
import { textBlocks } from './build/blocks';
import { InlineBuffer, type InlineStyle } from './inline-buffer';
import type { RichTextItemRequest } from '../notion/api/request-types';
import type { Run } from './build/rich-text';
import type { Context } from './context';

/**
 * The blocks being built for one run of sibling nodes: inline content collects in a
 * buffer and becomes paragraphs whenever a block-level element interrupts it.
 */
export class Flow {
  readonly blocks: BlockObjectRequest[] = [];
  readonly inline = new InlineBuffer();

  constructor(private readonly richText: (runs: readonly Run[]) => RichTextItemRequest[]) {}

  /** Ends the current paragraph, if it has anything visible. */
  flush(): void {
    const empty = this.inline.isEmpty;
    const runs = this.inline.take();
    if (!empty) this.blocks.push(...textBlocks('paragraph', this.richText(runs)));
  }

  push(...blocks: BlockObjectRequest[]): void {
    this.flush();
    this.blocks.push(...blocks);
  }

  finish(): BlockObjectRequest[] {
    this.flush();
    return this.blocks;
  }
}

/** How a rule converts one element into the flow it sits in. */
export type Rule = (el: Element, flow: Flow, style: InlineStyle, ctx: Context) => void;
