import { describe, expect, it } from 'vitest';
import type { BlockObjectRequest } from '@notionhq/client';
import { stepViolations } from './check';
import { para, paragraphs, titleProperty } from './testing/fixtures';
import { planRequests } from '.';
import { lowerBoundRequests } from './testing/bound';
import { simulatePlan } from './testing/simulate';
import type { PlanAttachment, PlanTarget } from './types';
import { bindAttachments, plannedImageBlock, plannedPdfBlock, settleUploads } from './uploads';

const dataSource: PlanTarget = { kind: 'data_source', dataSourceId: 'ds-1' };
const inbox: PlanTarget = { kind: 'page', pageId: 'inbox-1', pageMode: 'append' };
const caption = [{ type: 'text', text: { content: 'A caption' } }];

function images(count: number): { blocks: BlockObjectRequest[]; attachments: PlanAttachment[] } {
  const blocks: BlockObjectRequest[] = [];
  const attachments: PlanAttachment[] = [];
  for (let i = 0; i < count; i++) {
    const url = `https://example.com/${i}.png`;
    blocks.push(para(`before ${i}`), plannedImageBlock(i, url, caption));
    attachments.push({
      filename: `${i}.png`,
      contentType: 'image/png',
      imageBlock: false,
      source: { kind: 'url', url },
    });
  }
  return { blocks, attachments };
}

const imageContent = (blocks: BlockObjectRequest[]) =>
  blocks.filter((b) => b.type === 'image').map((b) => (b as { image: unknown }).image);

describe('attachments named by blocks', () => {
  it('point at the upload step of their attachment', () => {
    const bound = bindAttachments([plannedImageBlock(1, null)], [0, 2]);
    expect(bound).toEqual([
      { type: 'image', image: { type: 'file_upload', file_upload: { id: '{{step2.id}}' } } },
    ]);
    expect(() => bindAttachments([plannedImageBlock(5, null)], [0])).toThrow(/attachment 5/);
  });

  it('are uploaded first, in order, and counted in the lower bound', () => {
    const { blocks, attachments } = images(3);
    const plan = planRequests(dataSource, titleProperty('T'), blocks, { attachments });
    expect(plan.steps.map((s) => s.kind)).toEqual([
      ...Array.from({ length: 3 }, () => ['upload_create', 'upload_send']).flat(),
      'create_page',
    ]);
    expect(plan.steps[0]).toMatchObject({
      source: { kind: 'url', url: 'https://example.com/0.png' },
    });
    expect(plan.steps.length).toBe(lowerBoundRequests(dataSource, blocks, { attachments }));
    const { blocks: saved, learned } = simulatePlan(plan);
    expect(imageContent(saved)).toEqual(
      [0, 2, 4].map((step) => ({
        type: 'file_upload',
        file_upload: { id: learned[step]?.id },
        caption,
      })),
    );
  });

  it('fall back to their address when the upload was skipped', () => {
    const { blocks, attachments } = images(3);
    const plan = planRequests(inbox, titleProperty('T'), blocks, { attachments });
    const { blocks: saved } = simulatePlan(plan, 'inbox-1', new Set([1]));
    expect(imageContent(saved)[1]).toEqual({
      type: 'external',
      external: { url: 'https://example.com/1.png' },
      caption,
    });
    expect(imageContent(saved).map((c) => (c as { type: string }).type)).toEqual([
      'file_upload',
      'external',
      'file_upload',
    ]);
  });

  it('are planned at the size of both forms, so either fits its request', () => {
    // 300 images with 1,900-character addresses: about 600 KB, more than one request.
    const long = 'x'.repeat(1_900);
    const blocks = Array.from({ length: 300 }, (_, i) =>
      plannedImageBlock(i, `https://example.com/${i}/${long}`),
    );
    const attachments = blocks.map((_, i) => ({
      filename: 'a.png',
      contentType: 'image/png',
      imageBlock: false as const,
      source: { kind: 'url' as const, url: `https://example.com/${i}` },
    }));
    const plan = planRequests(dataSource, titleProperty('T'), blocks, { attachments });
    for (const skip of [new Set<number>(), new Set(blocks.map((_, i) => i))]) {
      const { learned } = simulatePlan(plan, 'none', skip);
      for (const step of plan.steps)
        expect(stepViolations(settleUploads(step, learned))).toEqual([]);
    }
    expect(plan.steps.length).toBe(lowerBoundRequests(dataSource, blocks, { attachments }));
  });
});

describe('settleUploads', () => {
  const image = plannedImageBlock(0, 'https://example.com/a.png', caption);
  const bound = bindAttachments([image], [3]);

  it('keeps the upload once it was made, and leaves pending ones alone', () => {
    expect(settleUploads(bound, { 3: { id: 'u-1' } })).toEqual([
      {
        type: 'image',
        image: { caption, type: 'file_upload', file_upload: { id: '{{step3.id}}' } },
      },
    ]);
    expect(settleUploads(bound, {})).toEqual(bound);
  });

  it('shows a data: image that could not be uploaded as its caption, in the same place', () => {
    const data = bindAttachments([para('a'), plannedImageBlock(0, null, caption), para('b')], [0]);
    const settled = settleUploads(data, { 0: { skipped: 'refused' } });
    expect(settled).toHaveLength(3);
    expect(settled[1]).toEqual({ type: 'paragraph', paragraph: { rich_text: caption } });
  });

  it('drops skipped uploads from a files property', () => {
    const files = {
      Files: {
        files: [
          { type: 'file_upload', file_upload: { id: '{{step0.id}}' }, name: 'a.png' },
          { type: 'file_upload', file_upload: { id: '{{step2.id}}' }, name: 'b.png' },
        ],
      },
    };
    const settled = settleUploads(files, { 0: { skipped: 'fetch_failed' }, 2: { id: 'u' } });
    expect(settled.Files.files.map((f) => f.name)).toEqual(['b.png']);
  });

  it('changes nothing in a plan without uploads', () => {
    const blocks = paragraphs(3);
    expect(settleUploads(blocks, {})).toEqual(blocks);
  });
});

describe('settleUploads for a PDF', () => {
  const url = 'https://example.com/paper.pdf';
  const bound = bindAttachments([plannedPdfBlock(0, url)], [0]);

  it('shows the upload once made, else the file’s address; pending stays as planned', () => {
    expect(settleUploads(bound, { 0: { id: 'u-1' } })).toEqual([
      { type: 'pdf', pdf: { type: 'file_upload', file_upload: { id: '{{step0.id}}' } } },
    ]);
    expect(settleUploads(bound, { 0: { skipped: 'too_large' } })).toEqual([
      { type: 'pdf', pdf: { type: 'external', external: { url } } },
    ]);
    expect(settleUploads(bound, {})).toEqual(bound);
  });
});
