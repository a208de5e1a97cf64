/**
 * Re-anchoring benchmark: on every corpus page, passages are highlighted on the original
 * (sentences, parts of list items, passages across elements, phrases the page repeats),
 * then found again on changed copies — ads inserted, blocks reordered, sentences beside
 * them edited, whitespace re-indented, the passage itself lightly edited, all of these
 * together — and judged against where the passage really went (`lib/highlights/testing`).
 * A copy with the passages removed is the control: nothing may be placed on it.
 *
 * Beside ours, two peers on the same trials: the stored position alone, and the first
 * exact copy of the quote (a plain text search, what anchoring without context or fuzzy
 * matching gives).
 *
 *   npx tsx tests/bench/highlights.ts      (or `npm run bench -- highlights`)
 */
import { pathToFileURL } from 'node:url';
import { anchor } from '../../lib/highlights/anchor';
import { MUTATION_KINDS } from '../../lib/highlights/testing/mutations';
import { runTrial, type Locator, type Outcome } from '../../lib/highlights/testing/trial';
import { corpusPages, parseDocument, readCorpusFile } from '../golden/corpus';

/** Passages of each kind per page (fewer where a page has no lists or repeats). */
const PER_KIND = 3;

const LOCATORS: Record<string, Locator> = {
  ours: (doc, index, target) => {
    const result = anchor(doc, target, index);
    return result.placed ? { start: result.start, end: result.end } : null;
  },
  position: (_doc, index, target) => {
    const { start, end } = target.position;
    return end <= index.text.length ? { start, end } : null;
  },
  first_copy: (_doc, index, target) => {
    const start = index.text.indexOf(target.quote.exact);
    return start === -1 ? null : { start, end: start + target.quote.exact.length };
  },
};

const rate = (part: number, whole: number) => Number((whole ? part / whole : 0).toFixed(4));

function summary(outcomes: Outcome[]) {
  const changed = outcomes.filter((o) => o.mutation !== 'removed');
  return {
    trials: changed.length,
    placed: changed.filter((o) => o.verdict === 'placed').length,
    misplaced: outcomes.filter((o) => o.verdict === 'misplaced').length,
  };
}

/** Figures for bench-results.json, keys prefixed `highlights.`. */
export async function benchHighlights(): Promise<Record<string, number>> {
  const outcomes: Record<string, Outcome[]> = Object.fromEntries(
    Object.keys(LOCATORS).map((name) => [name, []]),
  );
  let highlights = 0;
  let describeFailures = 0;
  const indexMs: number[] = [];
  const pages = corpusPages();
  for (const page of pages) {
    const trial = runTrial({
      page,
      html: readCorpusFile(page, 'source.html'),
      parse: parseDocument,
      perKind: PER_KIND,
      mutations: MUTATION_KINDS,
      locators: LOCATORS,
    });
    highlights += trial.targets.length;
    describeFailures += trial.describeFailures.length;
    indexMs.push(...trial.indexMs);
    for (const [name, list] of Object.entries(trial.outcomes)) outcomes[name]!.push(...list);
  }
  const ours = outcomes.ours!;
  const total = summary(ours);
  const removed = ours.filter((o) => o.mutation === 'removed');
  const figures: Record<string, number> = {
    'highlights.reanchor_rate': rate(total.placed, total.trials),
    'highlights.misplaced': total.misplaced,
    'highlights.trials': total.trials,
    'highlights.highlights_made': highlights,
    'highlights.pages': pages.length,
    'highlights.describe_failures': describeFailures,
    'highlights.removed_rejected_rate': rate(
      removed.filter((o) => o.verdict === 'rejected').length,
      removed.length,
    ),
    'highlights.mean_anchor_ms': Number(
      (ours.reduce((sum, o) => sum + o.ms, 0) / ours.length).toFixed(3),
    ),
    'highlights.mean_index_ms': Number(
      (indexMs.reduce((a, b) => a + b, 0) / indexMs.length).toFixed(2),
    ),
  };
  for (const mutation of MUTATION_KINDS) {
    if (mutation === 'removed') continue;
    const some = summary(ours.filter((o) => o.mutation === mutation));
    figures[`highlights.reanchor_rate_${mutation}`] = rate(some.placed, some.trials);
  }
  for (const peer of ['position', 'first_copy']) {
    const theirs = summary(outcomes[peer]!);
    figures[`highlights.peer_${peer}_reanchor_rate`] = rate(theirs.placed, theirs.trials);
    figures[`highlights.peer_${peer}_misplaced`] = theirs.misplaced;
  }
  for (const [key, value] of Object.entries(figures)) console.log(`  ${key}: ${value}`);
  return figures;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) await benchHighlights();
