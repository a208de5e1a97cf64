/**
 * Golden re-anchoring: on each corpus page, passages are highlighted on the original as a
 * selection would be, then placed again on changed copies (`lib/highlights/testing`).
 * Every page holds the invariants — nothing placed on the wrong text, nothing placed on
 * the copy whose passages were removed — and matches its reviewed baseline: the
 * selectors each passage got and where each landed, or that it was reported as not
 * placed. Baselines change only when someone asks:
 * UPDATE_FIXTURES=1 npx vitest run tests/golden/highlights.test.ts
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { anchor } from '../../lib/highlights/anchor';
import { MUTATION_KINDS } from '../../lib/highlights/testing/mutations';
import { runTrial, type Locator, type Outcome } from '../../lib/highlights/testing/trial';
import { offsetAt } from '../../lib/highlights/text/text-map';
import { corpusPages, parseDocument, projectRoot, readCorpusFile } from './corpus';

const UPDATE = process.env.UPDATE_FIXTURES === '1';
const baselineDir = path.join(projectRoot, 'tests/golden/highlights');

/** Passages of each kind per page: enough to cover every kind, few enough to review. */
const PER_KIND = 2;
/** The corpus-wide goal for highlights placed on changed copies. */
const MIN_RATE = 0.98;
/** A long page's seven changed copies take seconds; a busy machine must not fail them. */
const PAGE_TIMEOUT_MS = 120_000;

/**
 * Our anchoring, through the DOM: the bounds it draws must map back to its offsets. A
 * space at either edge may differ: the space a block's edge stands for has no place in
 * the DOM, so a boundary at the start of a block reads as the space before it.
 */
const ours: Locator = (doc, index, target) => {
  const result = anchor(doc, target, index);
  if (!result.placed) return null;
  const { bounds } = result;
  const start = offsetAt(index, { node: bounds.startContainer, offset: bounds.startOffset });
  const end = offsetAt(index, { node: bounds.endContainer, offset: bounds.endOffset });
  const same = (a: number, b: number) => !index.text.slice(Math.min(a, b), Math.max(a, b)).trim();
  if (!same(start, result.start) || !same(end, result.end))
    throw new Error(`bounds cover ${start}–${end}, offsets say ${result.start}–${result.end}`);
  return { start: result.start, end: result.end };
};

const show = (o: Outcome) =>
  `${o.mutation}/${o.passage}: ${JSON.stringify(o.exact)} → ${JSON.stringify(o.foundText)} (passage now ${JSON.stringify(o.expectedText)})`;

const totals = { trials: 0, placed: 0, pages: 0 };

describe('golden re-anchoring on the corpus', () => {
  it.each(corpusPages())('%s: highlights land on their passage or are reported', (page) => {
    const trial = runTrial({
      page,
      html: readCorpusFile(page, 'source.html'),
      parse: parseDocument,
      perKind: PER_KIND,
      mutations: MUTATION_KINDS,
      locators: { ours },
    });
    const outcomes = trial.outcomes.ours!;
    expect(trial.describeFailures).toEqual([]);
    expect(outcomes.filter((o) => o.verdict === 'misplaced').map(show)).toEqual([]);

    const baseline = {
      targets: trial.targets.map(({ quote, position }) => ({
        exact: quote.exact,
        prefix: quote.prefix,
        suffix: quote.suffix,
        start: position.start,
        end: position.end,
      })),
      outcomes: outcomes.map(
        (o) =>
          `${o.mutation} ${o.passage} ${o.verdict}${o.found ? ` ${o.found.start}-${o.found.end}` : ''}`,
      ),
    };
    const file = path.join(baselineDir, `${page}.json`);
    if (UPDATE) {
      mkdirSync(baselineDir, { recursive: true });
      writeFileSync(file, `${JSON.stringify(baseline, null, 2)}\n`);
    }
    if (existsSync(file)) expect(baseline).toEqual(JSON.parse(readFileSync(file, 'utf8')));

    const changed = outcomes.filter((o) => o.mutation !== 'removed');
    totals.trials += changed.length;
    totals.placed += changed.filter((o) => o.verdict === 'placed').length;
    totals.pages += 1;
  }, PAGE_TIMEOUT_MS);

  it(`places at least ${MIN_RATE * 100} % of the highlights over the corpus`, () => {
    expect(totals.pages).toBe(corpusPages().length);
    expect(totals.trials).toBeGreaterThan(1000);
    expect(totals.placed / totals.trials).toBeGreaterThanOrEqual(MIN_RATE);
  });
});
