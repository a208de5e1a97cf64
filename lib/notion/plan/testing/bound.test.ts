import { describe, expect, it } from 'vitest';
import { fewestAppends, lowerBoundRequests } from './bound';
import { bullet, chain, paragraphs, table } from './fixtures';
import type { PlanTarget } from '../types';

const ds: PlanTarget = { kind: 'data_source', dataSourceId: 'ds' };
const inbox: PlanTarget = { kind: 'page', pageId: 'inbox', pageMode: 'append' };
const all = (n: number, value = true) => Array.from({ length: n }, () => value);

describe('fewestAppends', () => {
  it('lets up to 100 children ride along and appends the rest in hundreds', () => {
    expect(fewestAppends(all(0))).toBe(0);
    expect(fewestAppends(all(100))).toBe(0);
    expect(fewestAppends(all(150))).toBe(1);
    expect(fewestAppends(all(350))).toBe(3);
  });

  it('counts appends on both sides of the run that rides along', () => {
    expect(fewestAppends(all(150, false))).toBe(2);
    // Child 10 must be appended: the last 100 ride along, the first 50 are one append.
    const eligible = all(150);
    eligible[10] = false;
    expect(fewestAppends(eligible)).toBe(1);
    // Children 10 and 140 must be appended: no window leaves one side empty.
    eligible[140] = false;
    expect(fewestAppends(eligible)).toBe(2);
  });
});

describe('lowerBoundRequests', () => {
  it('needs one request for a page whose content fits', () => {
    expect(lowerBoundRequests(ds, [])).toBe(1);
    expect(lowerBoundRequests(ds, paragraphs(100))).toBe(1);
    expect(lowerBoundRequests(ds, [chain(3)])).toBe(1);
  });

  it('counts top-level blocks in hundreds', () => {
    expect(lowerBoundRequests(ds, paragraphs(101))).toBe(2);
    expect(lowerBoundRequests(ds, paragraphs(250))).toBe(3);
    expect(lowerBoundRequests(inbox, paragraphs(99))).toBe(1);
    // The header makes it 100 blocks… and one more makes 101.
    expect(lowerBoundRequests(inbox, paragraphs(100))).toBe(2);
  });

  it('needs a request per level past the third, less the three the last one carries', () => {
    // A chain of D blocks: every block with 3+ levels below it is a target, plus the page.
    expect(lowerBoundRequests(ds, [chain(4)])).toBe(3);
    expect(lowerBoundRequests(ds, [chain(6)])).toBe(5);
    expect(lowerBoundRequests(ds, [chain(10)])).toBe(9);
  });

  it('counts the rows of a long table in hundreds beyond the first hundred', () => {
    expect(lowerBoundRequests(ds, [table(100)])).toBe(1);
    // The table is a target (its id must come back from an append to the page).
    expect(lowerBoundRequests(ds, [table(101)])).toBe(3);
    expect(lowerBoundRequests(ds, [table(350)])).toBe(5);
  });

  it('counts 1000 block elements per request', () => {
    const blocks = Array.from({ length: 60 }, (_, i) => bullet(`b${i}`, paragraphs(20, `${i}.`)));
    expect(lowerBoundRequests(ds, blocks)).toBe(2);
  });

  it('adds two requests per uploaded file', () => {
    const attachments = [{ filename: 'a.png', contentType: 'image/png' }];
    expect(lowerBoundRequests(ds, [], { attachments })).toBe(3);
  });
});
