import { describe, expect, it } from 'vitest';
import { findLimitViolations } from '../api/limit-check';
import { stepViolations } from './check';
import { bullet, chain, columns, para, paragraphs, table, titleProperty } from './testing/fixtures';
import { planRequests, PlanError } from '.';
import { lowerBoundRequests } from './testing/bound';
import { normalizeBlocks, simulatePlan } from './testing/simulate';
import type { PlanTarget, RequestPlan } from './types';
import type { BlockObjectRequest } from '@notionhq/client';

const dataSource: PlanTarget = { kind: 'data_source', dataSourceId: 'ds-1' };
const childPage: PlanTarget = { kind: 'page', pageId: 'parent-1', pageMode: 'child' };
const inbox: PlanTarget = { kind: 'page', pageId: 'inbox-1', pageMode: 'append' };

function kinds(plan: RequestPlan): string[] {
  return plan.steps.map((s) => `${s.kind}${s.kind === 'append' ? `:${s.count}@${s.at}` : ''}`);
}

/** Plans, checks every step against both limit checkers, and runs it in the simulator. */
function planAndRun(target: PlanTarget, blocks: BlockObjectRequest[]) {
  const plan = planRequests(target, titleProperty('T'), blocks);
  for (const step of plan.steps) {
    expect(stepViolations(step)).toEqual([]);
    const children = (step.body as { children?: BlockObjectRequest[] } | null)?.children ?? [];
    expect(findLimitViolations(children, { request: true })).toEqual([]);
  }
  const result = simulatePlan(plan, target.kind === 'page' ? target.pageId : 'none');
  return { plan, result };
}

describe('planRequests', () => {
  it('creates a small page in one request, properties and blocks together', () => {
    const { plan, result } = planAndRun(dataSource, paragraphs(3));
    expect(kinds(plan)).toEqual(['create_page']);
    expect(plan.steps[0]).toMatchObject({
      method: 'POST',
      path: '/v1/pages',
      body: { parent: { type: 'data_source_id', data_source_id: 'ds-1' } },
    });
    expect(result.blocks).toEqual(normalizeBlocks(paragraphs(3)));
    expect(plan.pageRef).toBe('{{step0.id}}');
  });

  it('sends 250 top-level blocks as a create of 100 and appends of 100 and 50', () => {
    const blocks = paragraphs(250);
    const { plan, result } = planAndRun(childPage, blocks);
    expect(kinds(plan)).toEqual(['create_page', 'append:100@end', 'append:50@end']);
    expect(plan.steps[1]?.path).toBe('/v1/blocks/{{step0.id}}/children');
    expect(result.blocks).toEqual(normalizeBlocks(blocks));
    expect(plan.steps.length).toBe(lowerBoundRequests(childPage, blocks));
  });

  it('reaches a list nested six levels deep with one request per extra level', () => {
    const blocks = [para('intro'), chain(6), para('outro')];
    const { plan, result } = planAndRun(dataSource, blocks);
    expect(result.blocks).toEqual(normalizeBlocks(blocks));
    // create, append c0 (its id comes back), c1 under c0, c2 under c1, c3…c5 under c2.
    expect(plan.steps).toHaveLength(5);
    expect(lowerBoundRequests(dataSource, blocks)).toBe(5);
  });

  it('keeps blocks after a deep one in order by appending the rest after the create', () => {
    const blocks = [...paragraphs(5, 'a'), chain(4), ...paragraphs(5, 'b')];
    const { plan, result } = planAndRun(dataSource, blocks);
    expect(result.blocks).toEqual(normalizeBlocks(blocks));
    expect(plan.steps).toHaveLength(lowerBoundRequests(dataSource, blocks));
  });

  it('creates a page whose early deep block would split it, using position start', () => {
    const blocks = [chain(4), ...paragraphs(149)];
    const { plan, result } = planAndRun(dataSource, blocks);
    expect(result.blocks).toEqual(normalizeBlocks(blocks));
    // Create carries the last 100 paragraphs; the chain and 49 paragraphs go to the start.
    expect(kinds(plan)).toEqual(['create_page', 'append:50@start', 'append:1@end']);
    expect(plan.steps[1]?.body).toMatchObject({ position: { type: 'start' } });
    expect(plan.steps).toHaveLength(lowerBoundRequests(dataSource, blocks));
  });

  it('appends the rows of a table beyond 100 to the table itself', () => {
    const blocks = [para('before'), table(250), para('after')];
    const { plan, result } = planAndRun(childPage, blocks);
    expect(result.blocks).toEqual(normalizeBlocks(blocks));
    // The table goes with its 50 first rows only: two appends of 100 follow either way,
    // and a smaller table leaves room for its siblings.
    expect(kinds(plan)).toEqual([
      'create_page',
      'append:2@end',
      'append:100@end',
      'append:100@end',
    ]);
    expect(plan.steps[2]?.path).toBe('/v1/blocks/{{step1.results[0].id}}/children');
    expect(plan.steps).toHaveLength(lowerBoundRequests(childPage, blocks));
  });

  it('splits a request at 1000 block elements', () => {
    // 60 list items of 1 + 20 children = 1260 elements.
    const blocks = Array.from({ length: 60 }, (_, i) => bullet(`b${i}`, paragraphs(20, `${i}.`)));
    const { plan, result } = planAndRun(dataSource, blocks);
    expect(result.blocks).toEqual(normalizeBlocks(blocks));
    expect(plan.steps).toHaveLength(2);
    expect(plan.steps).toHaveLength(lowerBoundRequests(dataSource, blocks));
  });

  it('splits a request at 500 KB', () => {
    const long = 'x'.repeat(1990);
    const block = (i: number): BlockObjectRequest => ({
      type: 'paragraph',
      paragraph: {
        rich_text: Array.from({ length: 50 }, () => ({ text: { content: `${i}${long}` } })),
      },
    });
    const blocks = Array.from({ length: 12 }, (_, i) => block(i));
    const { plan, result } = planAndRun(dataSource, blocks);
    expect(result.blocks).toEqual(normalizeBlocks(blocks));
    expect(plan.steps.length).toBeGreaterThan(2);
    expect(plan.steps.length).toBe(lowerBoundRequests(dataSource, blocks));
  });

  it('appends to an existing page after a header naming the source', () => {
    const plan = planRequests(inbox, {}, paragraphs(2), {
      source: { title: 'An article', url: 'https://example.com/a' },
    });
    expect(kinds(plan)).toEqual(['append:3@end']);
    expect(plan.steps[0]?.path).toBe('/v1/blocks/inbox-1/children');
    const [header] = (plan.steps[0]?.body as { children: BlockObjectRequest[] }).children;
    expect(header).toMatchObject({
      type: 'heading_3',
      heading_3: {
        rich_text: [{ text: { content: 'An article', link: { url: 'https://example.com/a' } } }],
      },
    });
    expect(plan.pageRef).toBe('inbox-1');
  });

  it('gives a bookmark capture appended to a page a bookmark block', () => {
    const plan = planRequests(inbox, {}, [], { source: { title: 'A', url: 'https://e.com/' } });
    const children = (plan.steps[0]?.body as { children: BlockObjectRequest[] }).children;
    expect(children.map((b) => (b as { type: string }).type)).toEqual(['heading_3', 'bookmark']);
  });

  it('uploads a screenshot first and refers to it from an image block and a files property', () => {
    const plan = planRequests(dataSource, titleProperty('Shot'), [para('x')], {
      attachments: [{ filename: 'shot.png', contentType: 'image/png', fileProperty: 'Files' }],
    });
    expect(kinds(plan)).toEqual(['upload_create', 'upload_send', 'create_page']);
    expect(plan.steps[1]?.path).toBe('/v1/file_uploads/{{step0.id}}/send');
    expect(plan.steps[2]?.body).toMatchObject({
      properties: {
        Files: { files: [{ type: 'file_upload', file_upload: { id: '{{step0.id}}' } }] },
      },
      children: [
        { type: 'image', image: { type: 'file_upload', file_upload: { id: '{{step0.id}}' } } },
        {},
      ],
    });
    const attachments = [{ filename: 'shot.png', contentType: 'image/png' }];
    expect(lowerBoundRequests(dataSource, [para('x')], { attachments })).toBe(3);
  });

  it('learns the ids of columns by listing, then appends below them', () => {
    const deep = [chain(3, 'x'), ...paragraphs(2, 'y')];
    const blocks = [para('a'), columns(deep, [para('z')]), para('b')];
    const { plan, result } = planAndRun(dataSource, blocks);
    expect(result.blocks).toEqual(normalizeBlocks(blocks));
    expect(plan.steps.some((s) => s.kind === 'list')).toBe(true);
    expect(plan.steps.length).toBeGreaterThanOrEqual(lowerBoundRequests(dataSource, blocks));
  });

  it('puts a column list found below the first level at the first level of an append', () => {
    const blocks = [bullet('holder', [columns([para('l')], [para('r')])])];
    const { result } = planAndRun(dataSource, blocks);
    expect(result.blocks).toEqual(normalizeBlocks(blocks));
  });

  it('refuses a single block larger than a request may be', () => {
    const huge: BlockObjectRequest = {
      type: 'paragraph',
      paragraph: {
        rich_text: Array.from({ length: 100 }, () => ({ text: { content: '가'.repeat(2000) } })),
      },
    };
    expect(() => planRequests(dataSource, {}, [huge])).toThrow(PlanError);
  });
});
