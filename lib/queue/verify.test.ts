import { describe, expect, it } from 'vitest';
import { chain, para, paragraphs, table } from '../notion/plan-fixtures';
import { planRequests } from '../notion/plan';
import { blockSignature, matchesAt } from './signature';
import { childrenBefore } from './verify';

describe('childrenBefore', () => {
  it('counts what blocks this capture created hold before each append to them', () => {
    const plan = planRequests({ kind: 'data_source', dataSourceId: 'ds' }, {}, [
      ...paragraphs(250),
      table(150),
    ]);
    const appends = plan.steps
      .map((step, index) => ({ step, index }))
      .filter(({ step }) => step.kind === 'append');
    const counts = appends.map(({ step, index }) =>
      step.kind === 'append' ? childrenBefore(plan, index, step.parent) : null,
    );
    // The page got 100 blocks with the create, then 100, then 51 (50 + the table);
    // the table got its window of rows when it was appended.
    expect(counts.slice(0, 2)).toEqual([100, 200]);
    expect(counts[2]).toBeGreaterThan(0);
    expect(counts[2]).toBeLessThan(150);
  });

  it('does not claim to know what an existing page holds', () => {
    const plan = planRequests({ kind: 'page', pageId: 'inbox', pageMode: 'append' }, {}, [
      chain(5),
    ]);
    expect(childrenBefore(plan, 0, 'inbox')).toBeNull();
  });
});

describe('blockSignature', () => {
  it('is the same for a block as sent and as Notion returns it', () => {
    const sent = para('Hello');
    const returned = {
      object: 'block',
      id: 'x',
      type: 'paragraph',
      paragraph: {
        rich_text: [{ type: 'text', text: { content: 'Hello', link: null }, plain_text: 'Hello' }],
        color: 'default',
      },
    };
    expect(blockSignature(returned)).toBe(blockSignature(sent));
    expect(matchesAt([returned], [sent], 0)).toBe(true);
    expect(matchesAt([returned], [para('Other')], 0)).toBe(false);
    expect(matchesAt([returned], [sent], 1)).toBe(false);
  });
});
